import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/database';
import type { SessionUser } from '../../handler-types';

/** A session ends after this long without a request. */
export const IDLE_LIMIT_MS = 12 * 3_600_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a session; only the token's hash is stored, so a copied database grants nothing. */
export async function createSession(db: Kysely<DB>, userId: number, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), user_id: userId, created_at: at, last_seen_at: at })
    .execute();
  return token;
}

/** The active user behind a token, refreshing its idle timer; null if unknown or expired. */
export async function resolveSession(
  db: Kysely<DB>,
  token: string | null,
  now: Date,
): Promise<SessionUser | null> {
  if (!token || token.length > 200) return null;
  const hash = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id',
      'users.username',
      'users.display_name',
      'users.role',
      'users.active',
      'last_seen_at',
    ])
    .where('token_hash', '=', hash)
    .executeTakeFirst();
  if (!row) return null;
  if (!row.active || now.getTime() - Date.parse(row.last_seen_at) > IDLE_LIMIT_MS) {
    await db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
    return null;
  }
  // Writing on every request would make reads cost a synced write; once a minute is enough.
  if (now.getTime() - Date.parse(row.last_seen_at) > 60_000) {
    await db
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('token_hash', '=', hash)
      .execute();
  }
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
}

/** Ends a session. */
export async function deleteSession(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}

/** Ends every session of a user (password reset, deactivation). */
export async function deleteUserSessions(db: Kysely<DB> | Transaction<DB>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
