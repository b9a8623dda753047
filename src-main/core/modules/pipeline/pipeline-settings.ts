import type { PipelineSettings } from '../../../../src-shared/contract/pipeline';
import { DEFAULT_PIPELINE_SETTINGS } from '../../../../src-shared/domain/pipeline';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { readSetting, writeSetting } from '../settings';

/** The settings key of the stages, their SOP and the attachment cap. */
export const PIPELINE_SETTING = 'pipeline.settings';

/** The stages and cap in force: the manager's, else the regulation's defaults. */
export async function loadPipelineSettings(db: Db): Promise<PipelineSettings> {
  return (await readSetting<PipelineSettings>(db, PIPELINE_SETTING)) ?? DEFAULT_PIPELINE_SETTINGS;
}

/**
 * Stores new stages, in the caller's transaction. A stage that open opportunities are in cannot
 * go: they would stand nowhere on the board. Closed ones keep the key they ended in.
 */
export async function savePipelineSettings(
  trx: Db,
  next: PipelineSettings,
  actor: { id: number; at: string },
): Promise<void> {
  const keep = new Set(next.stages.map((s) => s.key));
  const current = await loadPipelineSettings(trx);
  const inUse = await trx
    .selectFrom('opportunities')
    .select(['stage', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', '=', 'open')
    .groupBy('stage')
    .execute();
  const blocked = inUse.filter((u) => !keep.has(u.stage));
  if (blocked.length > 0) {
    const names = new Map(current.stages.map((s) => [s.key, s.name]));
    const list = blocked.map((b) => `“${names.get(b.stage) ?? b.stage}”还有 ${b.n} 个进行中的商机`).join(',');
    throw new ApiError('INVALID_STATE', `不能删除阶段:${list}。请先把这些商机移到其他阶段,再删除。`);
  }
  await writeSetting(trx, { key: PIPELINE_SETTING, value: next, actorId: actor.id, at: actor.at });
}
