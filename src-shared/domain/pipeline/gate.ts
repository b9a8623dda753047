import type { StageDef } from '../../contract/pipeline';

/** An SOP item as recorded for one opportunity. */
export interface CheckRecord {
  stage: string;
  item: string;
  done: boolean;
  evidenceNumber: string | null;
  attachmentId: number | null;
}

/** Whether a recorded item counts as done: ticked, with the number or file its item asks for. */
export function itemSatisfied(item: StageDef['checklist'][number], check: CheckRecord | undefined): boolean {
  if (!check?.done) return false;
  if (item.evidence === 'number') return (check.evidenceNumber ?? '').trim() !== '';
  if (item.evidence === 'file') return check.attachmentId !== null;
  return true;
}

/** What an item's proof is called: its own label, else 单号 or 附件. */
export function evidenceName(item: StageDef['checklist'][number]): string {
  return item.evidenceLabel || (item.evidence === 'number' ? '单号' : '附件');
}

/**
 * What stands in the way of moving from one stage to another, as the user reads it
 * (合同阶段:合同已签订(缺合同编号)). Forward, every item of each stage being left (from up to the
 * one before the target) must be done with its evidence; backward nothing is needed, since going
 * back undoes no work. Unknown stages are the caller's to refuse; here they block nothing.
 */
export function missingForMove(
  stages: readonly StageDef[],
  checks: readonly CheckRecord[],
  from: string,
  to: string,
): string[] {
  const fromIndex = stages.findIndex((s) => s.key === from);
  const toIndex = stages.findIndex((s) => s.key === to);
  if (fromIndex < 0 || toIndex <= fromIndex) return [];
  const byKey = new Map(checks.map((c) => [`${c.stage}|${c.item}`, c]));
  const missing: string[] = [];
  for (const stage of stages.slice(fromIndex, toIndex)) {
    for (const item of stage.checklist) {
      const check = byKey.get(`${stage.key}|${item.key}`);
      if (itemSatisfied(item, check)) continue;
      // Naming the evidence tells the rep what to bring; a plain item can only be unfinished.
      const lack = item.evidence === 'none' ? '(未完成)' : `(缺${evidenceName(item)})`;
      missing.push(`${stage.name}阶段:${item.label}${lack}`);
    }
  }
  return missing;
}
