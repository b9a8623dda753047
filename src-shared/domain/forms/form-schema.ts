import { z } from 'zod';
import type { FieldDef, FormDef } from './form-def';
import { formTables, headerFields } from './form-def';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

function fieldSchema(field: FieldDef): z.ZodType {
  const label = field.label;
  switch (field.type) {
    case 'integer': {
      let s = z.number({ error: `${label}须为整数` }).int(`${label}须为整数`);
      if (field.min !== undefined) s = s.min(field.min, `${label}不能小于${field.min}`);
      if (field.max !== undefined) s = s.max(field.max, `${label}不能大于${field.max}`);
      return field.required ? s : s.nullable().optional();
    }
    case 'date': {
      const s = z.string({ error: `请填写${label}` }).regex(DATE_RE, `${label}须为日期(年-月-日)`);
      return field.required ? s : z.union([s, z.literal('')]).optional();
    }
    case 'time': {
      const s = z.string({ error: `请填写${label}` }).regex(TIME_RE, `${label}须为时间(时:分)`);
      return field.required ? s : z.union([s, z.literal('')]).optional();
    }
    case 'select': {
      const options = (field.options ?? []) as [string, ...string[]];
      const s = z.enum(options, { error: `请从列表中选择${label}` });
      return field.required ? s : z.union([s, z.literal('')]).optional();
    }
    default: {
      const max = field.max ?? 200;
      const s = z.string({ error: `${label}须为文字` }).max(max, `${label}不能超过${max}个字`);
      return field.required ? s.trim().min(1, `请填写${label}`) : s.optional();
    }
  }
}

/** The zod schema of a form's stored data, derived from its declaration. */
export function formDataSchema(form: FormDef) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of headerFields(form)) shape[f.key] = fieldSchema(f);
  for (const t of formTables(form)) {
    const row: Record<string, z.ZodType> = {};
    for (const c of t.columns) row[c.key] = fieldSchema(c);
    if (t.columns.some((c) => c.type === 'customer')) {
      row.customerId = z.number().int().positive().nullable().optional();
    }
    shape[t.key] = z
      .array(z.object(row).strict())
      .min(t.minRows, `${t.label}至少${t.minRows}行`)
      .max(t.maxRows, `${t.label}最多${t.maxRows}行`);
  }
  return z.object(shape).strict();
}

/**
 * A lenient schema for drafts: same shapes and limits, but required fields may be empty,
 * so an unfinished form can be saved at any moment.
 */
export function formDraftSchema(form: FormDef) {
  const relaxed: FormDef = {
    ...form,
    sections: form.sections.map((s) =>
      s.kind === 'fields'
        ? { ...s, fields: s.fields.map((f) => ({ ...f, required: false })) }
        : {
            ...s,
            table: {
              ...s.table,
              minRows: 0,
              columns: s.table.columns.map((c) => ({ ...c, required: false })),
            },
          },
    ),
  };
  return formDataSchema(relaxed);
}

export type FormData = Record<string, unknown>;
