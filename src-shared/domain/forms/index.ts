import type { FormDef } from './form-def';
import { F01 } from './f01-visit';

export * from './form-def';
export * from './form-schema';
export { F01, VISIT_METHODS, VISIT_PURPOSES } from './f01-visit';

/** Every form RegionDesk knows, by code. */
export const FORMS: Readonly<Record<string, FormDef>> = { F01 };

/** Form codes accepted by the API. */
export const FORM_CODES = ['F01'] as const;
export type FormCode = (typeof FORM_CODES)[number];

/** The form declared under a code. */
export function getForm(code: FormCode): FormDef {
  return FORMS[code] as FormDef;
}
