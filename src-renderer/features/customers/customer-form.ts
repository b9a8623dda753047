import {
  type Customer,
  type CustomerFields,
  customerFields,
  type CustomerStatus,
} from '../../../src-shared/contract';

/** One 联系人 row of the editor; `key` keeps React's rows apart while they are added and removed. */
export interface PersonRow {
  key: string;
  id?: number;
  name: string;
  title: string;
  phones: string;
  birthday: string;
}

export interface CustomerFormValues {
  code: string;
  name: string;
  type: string;
  grade: string;
  industry: string;
  address: string;
  city: string;
  source: string;
  status: CustomerStatus;
  notes: string;
  /** A Select's value: the owner's id as text, or null for nobody. */
  ownerId: string | null;
  people: PersonRow[];
}

let nextKey = 0;
/** An empty 联系人 row. */
export function newPerson(): PersonRow {
  nextKey += 1;
  return { key: `p${nextKey}`, name: '', title: '', phones: '', birthday: '' };
}

/** The editor's starting values: the customer on file, or a new one (with a name typed elsewhere). */
export function formValuesOf(
  customer: Customer | null,
  start: { name?: string; ownerId?: number | null } = {},
): CustomerFormValues {
  if (!customer) {
    return {
      code: '',
      name: start.name ?? '',
      type: '',
      grade: '',
      industry: '',
      address: '',
      city: '',
      source: '',
      status: '合作',
      notes: '',
      ownerId: start.ownerId ? String(start.ownerId) : null,
      people: [newPerson()],
    };
  }
  return {
    code: customer.code,
    name: customer.name,
    type: customer.type,
    grade: customer.grade,
    industry: customer.industry,
    address: customer.address,
    city: customer.city,
    source: customer.source,
    status: customer.status,
    notes: customer.notes,
    ownerId: customer.ownerId === null ? null : String(customer.ownerId),
    people: customer.people.length ? customer.people.map((p) => ({ ...newPerson(), ...p })) : [newPerson()],
  };
}

const isBlankPerson = (p: PersonRow) => !p.name.trim() && !p.title.trim() && !p.phones.trim() && !p.birthday;

/**
 * What the API takes. A 联系人 row left entirely empty is dropped rather than refused: the editor
 * always offers one. `rowOf` maps each sent person back to its row of the editor.
 */
export function toCustomerInput(v: CustomerFormValues): { input: CustomerFields; rowOf: number[] } {
  const rowOf: number[] = [];
  const people = v.people.flatMap((p, i) => {
    if (isBlankPerson(p)) return [];
    rowOf.push(i);
    return [
      { ...(p.id ? { id: p.id } : {}), name: p.name, title: p.title, phones: p.phones, birthday: p.birthday },
    ];
  });
  const { ownerId, people: _rows, ...rest } = v;
  return { input: { ...rest, people, ownerId: ownerId ? Number(ownerId) : null }, rowOf };
}

/** The phones typed for the people, for the duplicate check. */
export function phonesOf(v: CustomerFormValues): string[] {
  return v.people.map((p) => p.phones.trim()).filter(Boolean);
}

/**
 * Checks the values with the contract's own schema, so each field shows the message the API would
 * give, at the field (people.0.name is the first row's 联系人姓名).
 */
export function validateCustomer(v: CustomerFormValues): Record<string, string> {
  const { input, rowOf } = toCustomerInput(v);
  const parsed = customerFields.safeParse(input);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = [...issue.path];
    if (path[0] === 'people' && typeof path[1] === 'number') path[1] = rowOf[path[1]] ?? path[1];
    const key = path.join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Maps the API's field paths (people.1.phones) to the editor's rows. */
export function editorPathOf(path: string, rowOf: number[]): string {
  const m = /^people\.(\d+)(\..*)?$/.exec(path);
  if (!m) return path;
  return `people.${rowOf[Number(m[1])] ?? m[1]}${m[2] ?? ''}`;
}
