import type { Kysely, Transaction } from 'kysely';
import type { UserSummary } from '../../../../src-shared/contract';
import type { DB } from '../../db/database';
import type { User } from './tables';

/** The public view of a user row; never carries the password hash. */
export function toUserSummary(u: User): UserSummary {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    active: u.active === 1,
    phone: u.phone,
  };
}

export async function findUserByName(db: Kysely<DB> | Transaction<DB>, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findUser(db: Kysely<DB> | Transaction<DB>, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}
