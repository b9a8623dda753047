import type { officeMethods } from '../../../../src-shared/contract/office';
import type { OfficeProfile } from '../../../../src-shared/contract';
import { ApiError } from '../../../../src-shared/errors';
import type { Db } from '../../db/database';
import type { Office } from './tables';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { createAccount, hashPassword } from '../auth';

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
  };
}

const profileColumns = (p: OfficeProfile) => ({
  company: p.company,
  region_code: p.regionCode,
  region_name: p.regionName,
  coverage: p.coverage,
  office_name: p.officeName,
  address: p.address,
  phone: p.phone,
  fax: p.fax,
});

/** The office profile, or null before the setup wizard has run. */
export async function loadOffice(db: Db): Promise<Office | null> {
  return (await db.selectFrom('office').selectAll().where('id', '=', 1).executeTakeFirst()) ?? null;
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
    const hash = await hashPassword(input.manager.password);
    const at = nowIso(ctx);
    const manager = await ctx.db.transaction().execute(async (trx) => {
      // Checked inside the transaction so two racing wizards cannot both succeed.
      const existing = await trx.selectFrom('office').select('id').executeTakeFirst();
      if (existing) throw new ApiError('ALREADY_SET_UP', '本机已完成初始设置,请直接登录。');
      await trx
        .insertInto('office')
        .values({
          id: 1,
          ...profileColumns(input.office),
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
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('office')
        .set({ ...profileColumns(input), updated_at: at })
        .where('id', '=', 1)
        .execute();
      await writeAudit(trx, {
        actorId: me.id,
        action: 'update',
        entity: 'office',
        entityId: 1,
        at,
        detail: input,
      });
    });
    return input;
  },
} satisfies Partial<ModuleHandlers<typeof officeMethods>>;
