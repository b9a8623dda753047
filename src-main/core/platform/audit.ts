import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';

export interface AuditEntry {
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string | number;
  detail?: Record<string, unknown>;
  at: string;
}

/** Records who did what to which record; called inside the same transaction as the change. */
export async function writeAudit(db: Kysely<DB> | Transaction<DB>, e: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: e.at,
      actor_id: e.actorId,
      action: e.action,
      entity: e.entity,
      entity_id: String(e.entityId),
      detail: JSON.stringify(e.detail ?? {}),
    })
    .execute();
}
