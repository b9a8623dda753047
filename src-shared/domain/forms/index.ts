import type { FormDef } from './form-def';
import { FORM_LIST } from './registry';

export * from './form-contacts';
export * from './form-def';
export * from './form-schema';
export * from './form-values';
export * from './version-diff';
export { F01, VISIT_METHODS, VISIT_PURPOSES } from './f01-visit';
export { F02, JOINT_VISIT_SCORES, JOINT_VISIT_TYPES } from './f02-joint-visit';
export { F03, TASK_PLANNED } from './f03-weekly';
export { F04 } from './f04-monthly-summary';
export { F05 } from './f05-monthly-plan';
export { F06, MATTER_URGENCIES } from './f06-important-matter';
export { F07, INFO_CATEGORIES, INFO_CREDIBILITY } from './f07-important-info';
export { F08 } from './f08-quarterly-analysis';
export { F09 } from './f09-debrief';

export type FormCode = (typeof FORM_LIST)[number]['code'];

/** Form codes accepted by the API, in the regulation's order. */
export const FORM_CODES = FORM_LIST.map((f) => f.code) as unknown as readonly [FormCode, ...FormCode[]];

/** Every form RegionDesk knows, by code. */
export const FORMS: Readonly<Record<FormCode, FormDef>> = Object.fromEntries(
  FORM_LIST.map((f) => [f.code, f]),
) as Record<FormCode, FormDef>;

/** The form declared under a code. */
export function getForm(code: FormCode): FormDef {
  return FORMS[code];
}

/** Whether a string is the code of a declared form. */
export function isFormCode(code: string): code is FormCode {
  return Object.prototype.hasOwnProperty.call(FORMS, code);
}

/** The forms expected on a calendar (a missing one is 缺报), in the regulation's order. */
export function calendarForms(): FormCode[] {
  return FORM_CODES.filter((c) => FORMS[c].expectedFrom !== undefined);
}
