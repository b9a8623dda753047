import type { StageDef } from '../../contract/pipeline';
import { DAY_MS, parseDay } from '../deadlines/calendar';

/**
 * Calendar days from the office day an opportunity entered its stage to the office day today;
 * holidays count, as a customer waits through them too. 0 on the day it entered.
 */
export function daysInStage(stageSince: string, today: string): number {
  const from = parseDay(stageSince);
  const to = parseDay(today);
  if (!from || !to) return 0;
  return Math.max(0, Math.round((to.getTime() - from.getTime()) / DAY_MS));
}

/** Whether an open opportunity has stayed longer than its stage allows; a stage without a limit never flags. */
export function isOverLimit(stage: StageDef | undefined, days: number): boolean {
  return stage?.limitDays != null && days > stage.limitDays;
}
