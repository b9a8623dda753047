import type { ComputeDef, FieldDef, FormDef } from './form-def';

type Row = Record<string, unknown>;

/** Decimal places a number field keeps when none are declared (money: 分). */
export const DEFAULT_DECIMALS = 2;

/** A stored value as a finite number, or null when it is empty or not a number. */
export function numberOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

function sumOf(values: unknown[], decimals: number): number | null {
  const numbers = values.map(numberOf).filter((n): n is number => n !== null);
  return numbers.length === 0
    ? null
    : round(
        numbers.reduce((a, b) => a + b, 0),
        decimals,
      );
}

/** The value of a computed field from the record it belongs to (for columnSum: the form's data). */
export function computeValue(compute: ComputeDef, record: Row, decimals = DEFAULT_DECIMALS): number | null {
  switch (compute.kind) {
    case 'sum':
      return sumOf(
        compute.of.map((k) => record[k]),
        decimals,
      );
    case 'ratio': {
      const num = numberOf(record[compute.num]);
      const den = numberOf(record[compute.den]);
      if (num === null || den === null || den === 0) return null;
      return round((num / den) * 100, 1);
    }
    case 'columnSum': {
      const rows = Array.isArray(record[compute.table]) ? (record[compute.table] as unknown[]) : [];
      return sumOf(
        rows.map((r) => (typeof r === 'object' && r !== null ? (r as Row)[compute.column] : null)),
        decimals,
      );
    }
  }
}

/** A record with its computed fields filled in, in declaration order (a later one may use an earlier one). */
export function withComputedFields(fields: readonly FieldDef[], record: Row): Row {
  if (!fields.some((f) => f.compute)) return record;
  const out: Row = { ...record };
  for (const f of fields) if (f.compute) out[f.key] = computeValue(f.compute, out, f.decimals);
  return out;
}

/** A form's data with every computed value derived afresh: table rows first, then the form's own fields. */
export function withComputed(form: FormDef, data: Row): Row {
  const out: Row = { ...data };
  for (const s of form.sections) {
    if (s.kind !== 'table' || !s.table.columns.some((c) => c.compute)) continue;
    const rows = out[s.table.key];
    if (Array.isArray(rows)) {
      out[s.table.key] = rows.map((r) =>
        typeof r === 'object' && r !== null ? withComputedFields(s.table.columns, r as Row) : r,
      );
    }
  }
  const fields = form.sections.flatMap((s) => (s.kind === 'fields' ? [...s.fields] : []));
  return withComputedFields(fields, out);
}

/** A number as printed: thousands grouped, decimals only when the value has a fraction. */
export function formatNumber(value: number, decimals = DEFAULT_DECIMALS): string {
  const whole = Number.isInteger(value);
  return value.toLocaleString('en-US', {
    minimumFractionDigits: whole ? 0 : decimals,
    maximumFractionDigits: decimals,
  });
}

/** A choice as a paper checkbox line: ☑观察 □示范 □辅导 (every box empty when nothing is chosen). */
export function choiceLine(options: readonly string[], value: unknown): string {
  return options.map((o) => `${o === value ? '☑' : '□'}${o}`).join(' ');
}

/** The decimals a number-like field is printed with: ratios one place, sums of scores none. */
export function decimalsOf(field: FieldDef): number {
  if (field.compute?.kind === 'ratio') return 1;
  return field.decimals ?? DEFAULT_DECIMALS;
}

/**
 * A field's value as a person reads it on paper and in read-only screens: numbers grouped with their
 * unit, choices as checkbox lines, a person by the stored name. `record` is the row or form data the
 * field belongs to; a computed field is derived from it when given.
 */
export function formatFieldValue(field: FieldDef, value: unknown, record?: Row): string {
  if (field.compute && record) value = computeValue(field.compute, record, field.decimals);
  switch (field.type) {
    case 'choice':
      return choiceLine(field.options ?? [], value);
    case 'person': {
      const name = field.nameKey && record ? record[field.nameKey] : undefined;
      return typeof name === 'string' ? name : '';
    }
    case 'number': {
      const n = numberOf(value);
      return n === null ? '' : `${formatNumber(n, decimalsOf(field))}${field.unit ?? ''}`;
    }
  }
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
  if (typeof value === 'boolean') return value ? '☑' : '□';
  return '';
}

/**
 * A typed date and time in the stored shape YYYY-MM-DD HH:mm when it can be read as one
 * (2026/11/26 9:05, 2026-11-26T09:05, 2026年11月26日 9时05分); anything else is returned unchanged.
 */
export function normalizeDateTime(text: string): string {
  const m =
    /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日\s*|\s*T\s*|\s+)(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*分?\s*$/.exec(
      text,
    );
  if (!m) return text;
  const pad = (s: string) => s.padStart(2, '0');
  return `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)} ${pad(m[4]!)}:${pad(m[5]!)}`;
}
