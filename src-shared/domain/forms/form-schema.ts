import { z } from 'zod';
import type { FieldDef, FormDef } from './form-def';
import { decisionFields, formTables, headerFields } from './form-def';
import { DEFAULT_DECIMALS } from './form-values';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d$/;
/** Longest name stored beside a person's id. */
const PERSON_NAME_MAX = 50;

/** Whether a number has at most `decimals` places, allowing for binary floating point. */
function hasDecimals(n: number, decimals: number): boolean {
  const scaled = n * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled));
}

function optionalString(s: z.ZodString | z.ZodEnum, required: boolean | undefined): z.ZodType {
  return required ? s : z.union([s, z.literal('')]).optional();
}

function fieldSchema(field: FieldDef): z.ZodType {
  const label = field.label;
  // Derived values are recomputed wherever they are read, so a stale or missing one is no error.
  if (field.compute)
    return z
      .union([z.number(), z.string().max(40)])
      .nullable()
      .optional();
  switch (field.type) {
    case 'integer': {
      let s = z.number({ error: `${label}须为整数` }).int(`${label}须为整数`);
      if (field.min !== undefined) s = s.min(field.min, `${label}不能小于${field.min}`);
      if (field.max !== undefined) s = s.max(field.max, `${label}不能大于${field.max}`);
      return field.required ? s : s.nullable().optional();
    }
    case 'score': {
      const min = field.min ?? 1;
      const max = field.max ?? 5;
      const message = `${label}须为${min}到${max}的整数分`;
      const s = z.number({ error: message }).int(message).min(min, message).max(max, message);
      return field.required ? s : s.nullable().optional();
    }
    case 'number': {
      const decimals = field.decimals ?? DEFAULT_DECIMALS;
      let s = z.number({ error: `${label}须为数字` }).finite(`${label}须为数字`);
      if (field.min !== undefined) s = s.min(field.min, `${label}不能小于${field.min}`);
      if (field.max !== undefined) s = s.max(field.max, `${label}不能大于${field.max}`);
      const checked = s.refine(
        (n) => hasDecimals(n, decimals),
        decimals === 0 ? `${label}须为整数` : `${label}最多保留${decimals}位小数`,
      );
      return field.required ? checked : checked.nullable().optional();
    }
    case 'person': {
      const s = z
        .number({ error: `请选择${label}` })
        .int(`请选择${label}`)
        .positive(`请选择${label}`);
      return field.required ? s : s.nullable().optional();
    }
    case 'date':
      return optionalString(
        z.string({ error: `请填写${label}` }).regex(DATE_RE, `${label}须为日期(年-月-日)`),
        field.required,
      );
    case 'time':
      return optionalString(
        z.string({ error: `请填写${label}` }).regex(TIME_RE, `${label}须为时间(时:分)`),
        field.required,
      );
    case 'datetime':
      return optionalString(
        z.string({ error: `请填写${label}` }).regex(DATETIME_RE, `${label}须为日期和时间(年-月-日 时:分)`),
        field.required,
      );
    case 'select':
    case 'choice': {
      const options = (field.options ?? []) as [string, ...string[]];
      const verb = field.type === 'choice' ? '请勾选' : '请从列表中选择';
      return optionalString(z.enum(options, { error: `${verb}${label}` }), field.required);
    }
    default: {
      const max = field.max ?? 200;
      const s = z.string({ error: `${label}须为文字` }).max(max, `${label}不能超过${max}个字`);
      return field.required ? s.trim().min(1, `请填写${label}`) : s.optional();
    }
  }
}

/** The shape of one record (the form's own fields, or a table row), with the keys stored beside some fields. */
function recordShape(fields: readonly FieldDef[], opportunityKey?: string): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  // A row that may link to an opportunity (商机) keeps its id beside it, like a picked customer's.
  if (opportunityKey) shape[opportunityKey] = z.number().int().positive().nullable().optional();
  for (const f of fields) {
    shape[f.key] = fieldSchema(f);
    if (f.type === 'customer') shape.customerId = z.number().int().positive().nullable().optional();
    if (f.type === 'person' && f.nameKey) {
      shape[f.nameKey] = z
        .string()
        .max(PERSON_NAME_MAX, `${f.label}姓名不能超过${PERSON_NAME_MAX}个字`)
        .nullable()
        .optional();
    }
  }
  return shape;
}

/**
 * The zod schema of a form's stored data, derived from its declaration. Decision fields are never
 * required here: the author submits without them (see formDecisionSchema).
 */
export function formDataSchema(form: FormDef) {
  return once(dataSchemas, form, buildDataSchema);
}

function buildDataSchema(form: FormDef) {
  const fields = headerFields(form).map((f) => (f.decision ? { ...f, required: false } : f));
  const shape = recordShape(fields);
  for (const t of formTables(form)) {
    const rows = z
      .array(strictObject(recordShape(t.columns, opportunityKeyOf(form, t.key))), {
        error: `${t.label}至少${t.minRows}行`,
      })
      .min(t.minRows, `${t.label}至少${t.minRows}行`)
      .max(t.maxRows, `${t.label}最多${t.maxRows}行`);
    // A table that may be empty may also be absent, as in a draft saved before its first row.
    shape[t.key] = t.minRows === 0 ? rows.optional() : rows;
  }
  return strictObject(shape);
}

/** The row key of a table's opportunity link, when the form's contacts come from that table. */
function opportunityKeyOf(form: FormDef, table: string): string | undefined {
  return form.contacts?.table === table ? form.contacts.opportunity : undefined;
}

/** An object that refuses keys its form does not declare, saying so in the users' language. */
function strictObject(shape: Record<string, z.ZodType>) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `表单中有未定义的栏目:${issue.keys.join('、')}` : undefined,
  });
}

/**
 * A lenient schema for drafts: same shapes and limits, but required fields may be empty,
 * so an unfinished form can be saved at any moment.
 */
export function formDraftSchema(form: FormDef) {
  return once(draftSchemas, form, buildDraftSchema);
}

function buildDraftSchema(form: FormDef) {
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
  return buildDataSchema(relaxed);
}

type DataSchema = ReturnType<typeof buildDataSchema>;

// A form's declaration never changes while the program runs, so its schemas are built once: building
// one took longer than a save's database work (npm run bench -- host).
const dataSchemas = new WeakMap<FormDef, DataSchema>();
const draftSchemas = new WeakMap<FormDef, DataSchema>();

function once(cache: WeakMap<FormDef, DataSchema>, form: FormDef, build: (form: FormDef) => DataSchema) {
  let schema = cache.get(form);
  if (!schema) cache.set(form, (schema = build(form)));
  return schema;
}

/** The schema of a reviewer's decision on a form (only its decision fields, required ones enforced). */
export function formDecisionSchema(form: FormDef) {
  return strictObject(recordShape(decisionFields(form)));
}

export type FormData = Record<string, unknown>;
