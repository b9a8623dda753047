import type { Role } from '../roles';

/** Kinds of field a form can declare; each drives an input, a validator and a paper cell. */
export type FieldType =
  'text' | 'textarea' | 'integer' | 'date' | 'time' | 'select' | 'customer' | 'signature';

export interface FieldDef {
  key: string;
  label: string;
  type: FieldType;
  required?: boolean;
  /** Max characters (text) or max value (integer). */
  max?: number;
  /** Min value (integer). */
  min?: number;
  options?: readonly string[];
  /** Relative width on screen (grid span of 12) for header fields. */
  span?: number;
  placeholder?: string;
  /** For 'customer': the row keys that picking a customer fills in. */
  fills?: Partial<Record<'customerType' | 'contact' | 'phone', string>>;
}

/** How a table prints: each paper column stacks one or more field values. */
export interface PaperColumn {
  label: string;
  keys: readonly string[];
  /** Share of the table width, in percent; a table's widths add up to 100. */
  width: number;
}

export interface TableDef {
  key: string;
  label: string;
  columns: readonly FieldDef[];
  minRows: number;
  maxRows: number;
  /** The label of the row the keyboard's Enter key adds. */
  rowNoun: string;
  paper: readonly PaperColumn[];
}

export type FormSection =
  { kind: 'fields'; title?: string; fields: readonly FieldDef[] } | { kind: 'table'; table: TableDef };

/** Where a form sits in the regulation's calendar. */
export type FormPeriod = 'day' | 'week' | 'month' | 'quarter' | 'event';

export interface FormDef {
  code: string;
  title: string;
  period: FormPeriod;
  /** Roles that write this form as its author. */
  authors: readonly Role[];
  /** The deadline printed on paper. */
  deadlineText: string;
  orientation: 'portrait' | 'landscape';
  sections: readonly FormSection[];
  /** The label of the reviewer's comment box on paper. */
  reviewLabel: string;
  /** Signature lines on paper, left to right. */
  signatures: readonly string[];
}

/** All fields of a form's field sections (tables excluded). */
export function headerFields(form: FormDef): FieldDef[] {
  return form.sections.flatMap((s) => (s.kind === 'fields' ? [...s.fields] : []));
}

/** All tables of a form. */
export function formTables(form: FormDef): TableDef[] {
  return form.sections.flatMap((s) => (s.kind === 'table' ? [s.table] : []));
}
