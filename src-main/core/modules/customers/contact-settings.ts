import type { ContactSettings, customerMethods } from '../../../../src-shared/contract/customers';
import { DEFAULT_CONTACT_SETTINGS } from '../../../../src-shared/domain/customers';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { readSetting, writeSetting } from '../settings';

/** The settings key of the grades' contact intervals (定期联系). */
export const CONTACT_SETTING = 'customers.contact';

/** The contact settings in force: the manager's, else the defaults. */
export async function loadContactSettings(db: Db): Promise<ContactSettings> {
  return (await readSetting<ContactSettings>(db, CONTACT_SETTING)) ?? DEFAULT_CONTACT_SETTINGS;
}

/** Whether a grade is one of the office's (or '' for not graded yet). */
export function gradeAllowed(settings: ContactSettings, grade: string): boolean {
  return grade === '' || settings.grades.some((g) => g.grade === grade);
}

/** The refusal of a grade the settings do not have, naming the ones they do. */
export function unknownGrade(settings: ContactSettings, grade: string): ApiError {
  const names = settings.grades.map((g) => g.grade).join('、');
  return new ApiError('BAD_INPUT', `客户等级“${grade}”不在设置的等级(${names})中,请重新选择。`, {
    grade: `等级须为 ${names} 之一`,
  });
}

export const contactSettingHandlers = {
  'customers.contactSettings': async (_input, ctx) => {
    currentUser(ctx);
    return loadContactSettings(ctx.db);
  },

  'customers.updateContactSettings': async (input, ctx) => {
    const me = currentUser(ctx);
    const at = nowIso(ctx);
    await ctx.db.transaction().execute(async (trx) => {
      const kept = input.grades.map((g) => g.grade);
      // A grade still on customers cannot go: they would silently drop out of the reminders.
      const orphaned = await trx
        .selectFrom('customers')
        .select(['grade', (eb) => eb.fn.countAll<number>().as('n')])
        .where('merged_into', 'is', null)
        .where('grade', '!=', '')
        .where('grade', 'not in', kept)
        .groupBy('grade')
        .orderBy('grade')
        .execute();
      if (orphaned.length) {
        const list = orphaned.map((o) => `${o.grade} 级 ${o.n} 个`).join('、');
        throw new ApiError(
          'CONFLICT',
          `仍有客户使用要删除的等级(${list}),请先在客户档案中把这些客户改为其他等级,再删除该等级。`,
          { grades: '有客户仍在使用要删除的等级' },
        );
      }
      await writeSetting(trx, { key: CONTACT_SETTING, value: input, actorId: me.id, at });
    });
    return loadContactSettings(ctx.db);
  },
} satisfies Partial<ModuleHandlers<typeof customerMethods>>;
