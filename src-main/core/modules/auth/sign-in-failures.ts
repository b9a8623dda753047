import { sql } from 'kysely';
import type { FailedSignInGroup } from '../../../../src-shared/contract/auth';
import type { Db } from '../../db/database';
import { jsonText } from '../../db/dialect';
import { writeAudit } from '../../platform/audit';

// Failed sign-ins go to the audit log, which survives a restart and needs no schema step. They
// are the one kind of entry there that is pruned: a guesser must not grow the database at will.
const ENTITY = 'signIn';
const ACTION = 'signInFailed';

/** How long failed sign-ins are kept, and how many at most. */
export const FAILURE_RETENTION_DAYS = 30;
export const MAX_FAILURE_ENTRIES = 2000;
/** Groups (login name × client) the manager's list shows at most. */
export const MAX_FAILURE_GROUPS = 200;

const DAY_MS = 24 * 3_600_000;

const cutoffOf = (now: Date) => new Date(now.getTime() - FAILURE_RETENTION_DAYS * DAY_MS).toISOString();

/** Records one failed sign-in (the login name as typed and the client) and drops what is past retention. */
export async function recordFailedSignIn(
  db: Db,
  failure: { username: string; clientKey: string; userId: number | null; now: Date },
): Promise<void> {
  await writeAudit(db, {
    actorId: null,
    action: ACTION,
    entity: ENTITY,
    entityId: failure.clientKey,
    at: failure.now.toISOString(),
    detail: { username: failure.username, userId: failure.userId },
  });
  await db
    .deleteFrom('audit_log')
    .where('entity', '=', ENTITY)
    .where('action', '=', ACTION)
    .where((eb) =>
      eb.or([
        eb('at', '<', cutoffOf(failure.now)),
        eb(
          'id',
          'not in',
          eb
            .selectFrom('audit_log')
            .select('id')
            .where('entity', '=', ENTITY)
            .where('action', '=', ACTION)
            .orderBy('id', 'desc')
            .limit(MAX_FAILURE_ENTRIES),
        ),
      ]),
    )
    .execute();
}

/**
 * Failed sign-ins within retention, one row per login name and client with how many and when
 * (first and last), the most recent first; the person is named when the login name is theirs.
 */
export async function listFailedSignIns(db: Db, now: Date): Promise<FailedSignInGroup[]> {
  const username = jsonText(db, 'audit_log.detail', 'username');
  const rows = await db
    .selectFrom('audit_log')
    .leftJoin('users', (j) => j.on(sql`users.username`, '=', username))
    .select([
      username.as('username'),
      'audit_log.entity_id as client',
      sql<number>`count(*)`.as('count'),
      sql<string>`min(audit_log.at)`.as('firstAt'),
      sql<string>`max(audit_log.at)`.as('lastAt'),
      sql<string | null>`max(users.display_name)`.as('displayName'),
    ])
    .where('audit_log.entity', '=', ENTITY)
    .where('audit_log.action', '=', ACTION)
    .where('audit_log.at', '>=', cutoffOf(now))
    .groupBy([username, 'audit_log.entity_id'])
    .orderBy('lastAt', 'desc')
    .limit(MAX_FAILURE_GROUPS)
    .execute();
  return rows.map((r) => ({ ...r, count: Number(r.count) }));
}
