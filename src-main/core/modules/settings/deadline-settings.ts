import type { Kysely, Transaction } from 'kysely';
import {
  DEFAULT_DEADLINES,
  type DeadlineSettings,
  deadlineSettingsSchema,
} from '../../../../src-shared/domain/deadlines/rules';
import type { DB } from '../../db/schema';
import { currentUser, type Handlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';

const KEY = 'deadlines';

/** The office's deadline rules: the regulation's values unless the manager changed them. */
export async function loadDeadlines(db: Kysely<DB> | Transaction<DB>): Promise<DeadlineSettings> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return DEFAULT_DEADLINES;
  const parsed = deadlineSettingsSchema.safeParse({ ...DEFAULT_DEADLINES, ...JSON.parse(row.value) });
  // A setting stored by an older version that no longer validates falls back to the regulation.
  return parsed.success ? parsed.data : DEFAULT_DEADLINES;
}

export const settingsHandlers = {
  'settings.deadlines': async (_input, ctx) => loadDeadlines(ctx.db),

  'settings.updateDeadlines': async (input, ctx) => {
    const me = currentUser(ctx);
    const at = nowIso(ctx);
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('settings')
        .values({ key: KEY, value: JSON.stringify(input), updated_at: at, updated_by: me.id })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({ value: JSON.stringify(input), updated_at: at, updated_by: me.id }),
        )
        .execute();
      await writeAudit(trx, {
        actorId: me.id,
        action: 'update',
        entity: 'settings',
        entityId: KEY,
        at,
        detail: { ...input },
      });
    });
    return input;
  },
} satisfies Pick<Handlers, 'settings.deadlines' | 'settings.updateDeadlines'>;
