import type { Kysely } from 'kysely';
import type { OfficeProfile } from '../../../../src-shared/contract';
import { ApiError } from '../../../../src-shared/errors';
import type { DB, Office } from '../../db/schema';
import { currentUser, type Handlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { hashPassword } from '../auth/passwords';
import { ensureOfficeKey } from '../keys/office-keys';
import { toUserSummary } from '../people/user-repo';

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
export async function loadOffice(db: Kysely<DB>): Promise<Office | null> {
  return (await db.selectFrom('office').selectAll().where('id', '=', 1).executeTakeFirst()) ?? null;
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
      const user = await trx
        .insertInto('users')
        .values({
          username: input.manager.username,
          display_name: input.manager.displayName,
          role: 'manager',
          password_hash: hash,
          phone: input.manager.phone,
          created_at: at,
          updated_at: at,
          created_by: null,
          updated_by: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await writeAudit(trx, {
        actorId: user.id,
        action: 'setup',
        entity: 'office',
        entityId: 1,
        at,
        detail: { mode: input.mode },
      });
      await writeAudit(trx, { actorId: user.id, action: 'create', entity: 'user', entityId: user.id, at });
      return toUserSummary(user);
    });
    // Each office signs its monthly bundles with a key of its own, made once at setup; head
    // office signs nothing, it checks the offices' keys.
    if (input.mode === 'office') await ensureOfficeKey(ctx, manager.id);
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
} satisfies Pick<Handlers, 'setup.status' | 'setup.initialize' | 'office.update'>;
