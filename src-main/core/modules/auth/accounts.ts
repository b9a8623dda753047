import type { UserSummary } from '../../../../src-shared/contract';
import type { Role } from '../../../../src-shared/domain/roles';
import type { Db } from '../../db/database';
import { writeAudit } from '../../platform/audit';
import { toUserSummary } from './user-repo';

export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  /** Already hashed (hashPassword), so the slow hash runs outside the transaction. */
  passwordHash: string;
  phone: string;
}

/** Creates a person's account with its audit entry, in the caller's transaction. */
export async function createAccount(
  trx: Db,
  account: NewAccount,
  actorId: number | null,
  at: string,
): Promise<UserSummary> {
  const user = await trx
    .insertInto('users')
    .values({
      username: account.username,
      display_name: account.displayName,
      role: account.role,
      password_hash: account.passwordHash,
      phone: account.phone,
      created_at: at,
      updated_at: at,
      created_by: actorId,
      updated_by: actorId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(trx, {
    // The first manager creates himself at setup.
    actorId: actorId ?? user.id,
    action: 'create',
    entity: 'user',
    entityId: user.id,
    at,
    detail: { username: user.username, role: user.role },
  });
  return toUserSummary(user);
}
