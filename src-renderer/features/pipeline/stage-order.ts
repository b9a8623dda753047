import type { Opportunity, StageDef } from '../../../src-shared/contract';

/** The stage before (-1) or after (+1) a stage in the office's order, or undefined at either end. */
export function neighbourStage(stages: readonly StageDef[], key: string, step: 1 | -1): StageDef | undefined {
  const i = stages.findIndex((s) => s.key === key);
  return i < 0 ? undefined : stages[i + step];
}

/** Count, 预计金额 and 加权金额 (amount × the stage's probability) of some opportunities. */
export function totalsOf(rows: readonly Opportunity[]) {
  return rows.reduce(
    (t, o) => ({
      count: t.count + 1,
      amount: t.amount + o.amount,
      weighted: t.weighted + (o.amount * o.probability) / 100,
    }),
    { count: 0, amount: 0, weighted: 0 },
  );
}

/** How long an opportunity has been in its stage, as its card and the list say it. */
export function daysInStageText(o: Opportunity): string {
  if (o.status !== 'open') return '';
  return o.overLimit && o.limitDays !== null
    ? `已 ${o.daysInStage} 天,超期(限 ${o.limitDays} 天)`
    : `已 ${o.daysInStage} 天`;
}
