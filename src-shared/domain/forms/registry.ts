import { F01 } from './f01-visit';
import { F02 } from './f02-joint-visit';
import { F03 } from './f03-weekly';
import { F04 } from './f04-monthly-summary';
import { F05 } from './f05-monthly-plan';
import { F06 } from './f06-important-matter';
import { F07 } from './f07-important-info';
import { F08 } from './f08-quarterly-analysis';
import { F09 } from './f09-debrief';

/**
 * Every form RegionDesk knows, in the regulation's order. A form is one declaration file; this
 * list is where it joins the application (codes, API validation, screens, paper, deadlines,
 * board and bundle all read the declarations from here).
 */
export const FORM_LIST = [F01, F02, F03, F04, F05, F06, F07, F08, F09] as const;
