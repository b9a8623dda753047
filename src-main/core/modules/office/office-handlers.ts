import type { officeMethods } from '../../../../src-shared/contract/office';
import type { OfficeProfile } from '../../../../src-shared/contract';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import { dialectOf } from '../../db/dialect';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { addDays, officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { createAccount, hashPassword } from '../auth';
import { assign, saveRegion, updateRegion } from '../regions';

function toProfile(o: Office): OfficeProfile {
  return {
    company: o.company,
    regionCode: o.region_code,
    regionName: o.region_name,
    coverage: o.coverage,
    officeName: o.office_name,
    address: o.address,
    phone: o.phone,
    fax: o.fax,
    startDate: o.start_date,
  };
}

/** How far from today an office's start may lie: back a year (paper forms entered late), ahead a month. */
const START_BACK_DAYS = 366;
const START_AHEAD_DAYS = 31;

/** The office's start date as given, or today; refused with a reason at its field when out of range. */
function startDateOf(given: string | undefined, now: Date, field: string): string {
  const today = officeDay(now);
  if (given === undefined) return today;
  if (given < addDays(today, -START_BACK_DAYS)) {
    throw new ApiError('BAD_INPUT', '启用日期不能早于一年前', { [field]: '启用日期不能早于一年前' });
  }
  if (given > addDays(today, START_AHEAD_DAYS)) {
    throw new ApiError('BAD_INPUT', '启用日期最多可设在今天之后 31 天', {
      [field]: '启用日期最多可设在今天之后 31 天',
    });
  }
  return given;
}

const profileColumns = (p: OfficeProfile) => ({
  company: p.company,
  office_name: p.officeName,
  address: p.address,
  phone: p.phone,
  fax: p.fax,
});

const regionOf = (p: OfficeProfile) => ({ code: p.regionCode, name: p.regionName, coverage: p.coverage });

/** The office row with its region's code, name and coverage, as letterheads and bundles use them. */
function officeQuery(db: Db) {
  return db
    .selectFrom('office')
    .leftJoin('regions', 'regions.id', 'office.region_id')
    .selectAll('office')
    .select((eb) => [
      eb.fn.coalesce('regions.code', eb.val('')).as('region_code'),
      eb.fn.coalesce('regions.name', eb.val('')).as('region_name'),
      eb.fn.coalesce('regions.coverage', eb.val('')).as('coverage'),
    ])
    .where('office.id', '=', 1);
}

export type Office = NonNullable<Awaited<ReturnType<ReturnType<typeof officeQuery>['executeTakeFirst']>>>;

/** The office profile, or null before the setup wizard has run. */
export async function loadOffice(db: Db): Promise<Office | null> {
  return (await officeQuery(db).executeTakeFirst()) ?? null;
}

/** The office profile; SETUP_REQUIRED before the setup wizard has run. */
export async function requireOffice(db: Db): Promise<Office> {
  const office = await loadOffice(db);
  if (!office) throw new ApiError('SETUP_REQUIRED', '请先完成初始设置。');
  return office;
}

export const officeHandlers = {
  'setup.status': async (_input, ctx) => {
    const office = await loadOffice(ctx.db);
    return {
      configured: office !== null,
      mode: office ? office.mode : null,
      office: office ? toProfile(office) : null,
    };
  },

  'setup.initialize': async (input, ctx) => {
    // PostgreSQL is for a head office that outgrows one PC; an office's data stays in its own SQLite file.
    if (input.mode === 'office' && dialectOf(ctx.db) === 'postgres') {
      throw new ApiError(
        'INVALID_STATE',
        '本机配置的是 PostgreSQL 数据库,只有销售部(总部)可以使用。办事处请删除数据目录中的 database.json(或去掉 --database 参数)后重新启动,使用本机数据库。',
      );
    }
    const startDate = startDateOf(input.office.startDate, ctx.now(), 'office.startDate');
    // Refused before the costly hash, so nobody can make a set-up PC run scrypt on demand;
    // the check inside the transaction below still settles a race between two wizards.
    if (await ctx.db.selectFrom('office').select('id').executeTakeFirst()) {
      throw new ApiError('ALREADY_SET_UP', '本机已完成初始设置,请直接登录。');
    }
    const hash = await hashPassword(input.manager.password);
    const at = nowIso(ctx);
    const manager = await ctx.db.transaction().execute(async (trx) => {
      // Checked inside the transaction so two racing wizards cannot both succeed.
      const existing = await trx.selectFrom('office').select('id').executeTakeFirst();
      if (existing) throw new ApiError('ALREADY_SET_UP', '本机已完成初始设置,请直接登录。');
      const regionId = await saveRegion(trx, regionOf(input.office), at);
      await trx
        .insertInto('office')
        .values({
          id: 1,
          ...profileColumns(input.office),
          region_id: regionId,
          start_date: startDate,
          mode: input.mode,
          created_at: at,
          updated_at: at,
        })
        .execute();
      const manager = await createAccount(
        trx,
        {
          username: input.manager.username,
          displayName: input.manager.displayName,
          role: 'manager',
          passwordHash: hash,
          phone: input.manager.phone,
        },
        null,
        at,
      );
      // An office's manager leads its region from the office's first day; head office has no region work.
      if (input.mode === 'office') {
        await assign(trx, {
          regionId,
          userId: manager.id,
          role: 'manager',
          fromDay: startDate,
          actorId: manager.id,
          at,
        });
      }
      await writeAudit(trx, {
        actorId: manager.id,
        action: 'setup',
        entity: 'office',
        entityId: 1,
        at,
        detail: { mode: input.mode },
      });
      return manager;
    });
    // Modules prepare what a new installation needs (an office's signing key, for one).
    await ctx.hooks.afterSetup(ctx, { mode: input.mode, managerId: manager.id });
    return manager;
  },

  'office.update': async (input, ctx) => {
    const me = currentUser(ctx);
    const at = nowIso(ctx);
    const startDate =
      input.startDate === undefined ? undefined : startDateOf(input.startDate, ctx.now(), 'startDate');
    await ctx.db.transaction().execute(async (trx) => {
      const office = await trx
        .updateTable('office')
        .set({ ...profileColumns(input), ...(startDate ? { start_date: startDate } : {}), updated_at: at })
        .where('id', '=', 1)
        .returning('region_id')
        .executeTakeFirstOrThrow();
      if (office.region_id !== null) await updateRegion(trx, office.region_id, regionOf(input), at);
      else {
        const regionId = await saveRegion(trx, regionOf(input), at);
        await trx.updateTable('office').set({ region_id: regionId }).where('id', '=', 1).execute();
      }
      await writeAudit(trx, {
        actorId: me.id,
        action: 'update',
        entity: 'office',
        entityId: 1,
        at,
        detail: input,
      });
    });
    return toProfile((await loadOffice(ctx.db))!);
  },
} satisfies Partial<ModuleHandlers<typeof officeMethods>>;
