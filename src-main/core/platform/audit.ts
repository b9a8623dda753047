import type { Generated } from 'kysely';
import type { Db, Timestamp } from '../db/database';

/** Who did what to which record, written in the same transaction as the change. */
export interface AuditTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: number | null;
  action: string;
  entity: string;
  entity_id: string;
  detail: string;
}

declare module '../db/database' {
  interface DB {
    audit_log: AuditTable;
  }
}

export interface AuditEntry {
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string | number;
  detail?: Record<string, unknown>;
  at: string;
}

/** Records who did what to which record; called inside the same transaction as the change. */
export async function writeAudit(db: Db, e: AuditEntry): Promise<void> {
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
