import { type FormDef, formTables, headerFields } from './form-def';
import { formatFieldValue } from './form-values';

type Row = Record<string, unknown>;

export interface FieldChange {
  /** Where the change is, as people read it: 销售额完成, or 重点工作 第2行 · 完成情况. */
  label: string;
  before: string;
  after: string;
}

const rowsOf = (data: Row, key: string): Row[] => (Array.isArray(data[key]) ? (data[key] as Row[]) : []);

/** What changed between two versions of a form's data, field by field, in the form's order. */
export function diffFormData(form: FormDef, before: Row, after: Row): FieldChange[] {
  const changes: FieldChange[] = [];
  const push = (label: string, a: string, b: string) => {
    if (a !== b) changes.push({ label, before: a, after: b });
  };
  for (const f of headerFields(form)) {
    push(f.label, formatFieldValue(f, before[f.key], before), formatFieldValue(f, after[f.key], after));
  }
  for (const t of formTables(form)) {
    const a = rowsOf(before, t.key);
    const b = rowsOf(after, t.key);
    if (a.length !== b.length) push(`${t.label}行数`, String(a.length), String(b.length));
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      for (const c of t.columns) {
        const ra = a[i];
        const rb = b[i];
        push(
          `${t.label} 第${i + 1}行 · ${c.label}`,
          ra ? formatFieldValue(c, ra[c.key], ra) : '',
          rb ? formatFieldValue(c, rb[c.key], rb) : '',
        );
      }
    }
  }
  return changes;
}
