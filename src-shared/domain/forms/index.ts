import type { FormDef } from './form-def';
import { F01 } from './f01-visit';
import { F02 } from './f02-joint-visit';
import { F03 } from './f03-weekly';
import { F04 } from './f04-monthly-summary';
import { F05 } from './f05-monthly-plan';
import { F06 } from './f06-important-matter';
import { F07 } from './f07-important-info';
import { F08 } from './f08-quarterly-analysis';
import { F09 } from './f09-debrief';

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

/** Form codes accepted by the API, in the regulation's order. */
export const FORM_CODES = ['F01', 'F02', 'F03', 'F04', 'F05', 'F06', 'F07', 'F08', 'F09'] as const;
export type FormCode = (typeof FORM_CODES)[number];

/** Every form RegionDesk knows, by code. */
export const FORMS: Readonly<Record<FormCode, FormDef>> = { F01, F02, F03, F04, F05, F06, F07, F08, F09 };

/** The form declared under a code. */
export function getForm(code: FormCode): FormDef {
  return FORMS[code];
}
