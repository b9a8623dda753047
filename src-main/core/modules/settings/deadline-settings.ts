import type { settingsMethods } from '../../../../src-shared/contract/settings';
import {
  DEFAULT_DEADLINES,
  type DeadlineSettings,
  deadlineSettingsSchema,
} from '../../../../src-shared/domain/deadlines/rules';
import type { Db } from '../../db/database';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { readSetting, writeSetting } from './setting-store';

const KEY = 'deadlines';

/** The office's deadline rules: the regulation's values unless the manager changed them. */
export async function loadDeadlines(db: Db): Promise<DeadlineSettings> {
  const stored = await readSetting<Partial<DeadlineSettings>>(db, KEY);
  if (!stored) return DEFAULT_DEADLINES;
  const parsed = deadlineSettingsSchema.safeParse({ ...DEFAULT_DEADLINES, ...stored });
  // A setting stored by an older version that no longer validates falls back to the regulation.
  return parsed.success ? parsed.data : DEFAULT_DEADLINES;
}

export const settingsHandlers = {
  'settings.deadlines': async (_input, ctx) => loadDeadlines(ctx.db),

  'settings.updateDeadlines': async (input, ctx) => {
    const me = currentUser(ctx);
    await ctx.db
      .transaction()
      .execute((trx) => writeSetting(trx, { key: KEY, value: input, actorId: me.id, at: nowIso(ctx) }));
    return input;
  },
} satisfies Partial<ModuleHandlers<typeof settingsMethods>>;
