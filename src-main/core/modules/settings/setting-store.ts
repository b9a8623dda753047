import type { Db } from '../../db/database';
import { writeAudit } from '../../platform/audit';

/** A stored setting's JSON value, or null when it was never set. */
export async function readSetting<T>(db: Db, key: string): Promise<T | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value) as T) : null;
}

/** Stores a setting (insert or replace) with its audit entry, in the caller's transaction. */
export async function writeSetting(
  trx: Db,
  change: { key: string; value: unknown; actorId: number; at: string; action?: string; audit?: object },
): Promise<void> {
  const value = JSON.stringify(change.value);
  await trx
    .insertInto('settings')
    .values({ key: change.key, value, updated_at: change.at, updated_by: change.actorId })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ value, updated_at: change.at, updated_by: change.actorId }),
    )
    .execute();
  await writeAudit(trx, {
    actorId: change.actorId,
    action: change.action ?? 'update',
    entity: 'settings',
    entityId: change.key,
    at: change.at,
    detail: { ...(change.audit ?? (change.value as object)) },
  });
}
