import type { Kysely } from 'kysely';
import type { DB } from '../../db/database';
import { writeAudit } from '../../platform/audit';
import { hashPassword } from './passwords';
import { deleteUserSessions } from './sessions';

export interface PasswordChange {
  userId: number;
  actorId: number;
  password: string;
  at: string;
  action: 'changePassword' | 'resetPassword';
  /** A reset by the manager signs the person out everywhere; a change of one's own keeps the session. */
  endSessions: boolean;
}

/** Stores a new password hash with its audit entry in one transaction. */
export async function replacePassword(db: Kysely<DB>, c: PasswordChange): Promise<void> {
  const hash = await hashPassword(c.password);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash, updated_at: c.at, updated_by: c.actorId })
      .where('id', '=', c.userId)
      .execute();
    if (c.endSessions) await deleteUserSessions(trx, c.userId);
    await writeAudit(trx, {
      actorId: c.actorId,
      action: c.action,
      entity: 'user',
      entityId: c.userId,
      at: c.at,
    });
  });
}
