import type { customerMethods } from '../../../../src-shared/contract/customers';
import { type Kysely, sql } from 'kysely';
import type { Customer, CustomerFields } from '../../../../src-shared/contract';
import { ApiError } from '../../../../src-shared/errors';
import type { DB } from '../../db/database';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { changeOwner } from './owner-repo';

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('customers')
    .leftJoin('users', 'users.id', 'customers.owner_id')
    .selectAll('customers')
    .select('users.display_name as owner_name');
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toCustomer(r: Row): Customer {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    grade: r.grade as Customer['grade'],
    address: r.address,
    contact: r.contact,
    contactTitle: r.contact_title,
    phone: r.phone,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    updatedAt: r.updated_at,
  };
}

const columns = (c: CustomerFields) => ({
  name: c.name,
  type: c.type,
  grade: c.grade,
  address: c.address,
  contact: c.contact,
  contact_title: c.contactTitle,
  phone: c.phone,
  owner_id: c.ownerId,
});

async function ensureUniqueName(db: Kysely<DB>, name: string, exceptId?: number) {
  let q = db.selectFrom('customers').select('id').where('name', '=', name);
  if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) {
    throw new ApiError('CONFLICT', `客户“${name}”已在客户档案中,请直接选用。`, { name: '客户名称已存在' });
  }
}

async function ensureOwner(db: Kysely<DB>, ownerId: number | null) {
  if (ownerId === null) return;
  const owner = await db.selectFrom('users').select('id').where('id', '=', ownerId).executeTakeFirst();
  if (!owner) throw new ApiError('BAD_INPUT', '负责人不存在。', { ownerId: '负责人不存在' });
}

export const customerHandlers = {
  'customers.search': async (input, ctx) => {
    currentUser(ctx);
    const q = input.query.trim();
    let query = baseQuery(ctx.db).orderBy('customers.name').limit(input.limit);
    if (q) {
      // instr() instead of LIKE: a user's % or _ must match itself, not act as a wildcard.
      const needle = q.toLowerCase();
      query = query.where(
        sql<boolean>`(instr(lower(customers.name), ${needle}) > 0 or instr(lower(customers.contact), ${needle}) > 0
          or instr(customers.phone, ${needle}) > 0 or instr(lower(customers.address), ${needle}) > 0)`,
      );
    }
    return (await query.execute()).map(toCustomer);
  },

  'customers.create': async (input, ctx) => {
    const me = currentUser(ctx);
    await ensureUniqueName(ctx.db, input.name);
    await ensureOwner(ctx.db, input.ownerId);
    const at = nowIso(ctx);
    const newId = await ctx.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('customers')
        .values({ ...columns(input), created_at: at, updated_at: at, created_by: me.id, updated_by: me.id })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (input.ownerId !== null) {
        await changeOwner(trx, {
          customerId: row.id,
          ownerId: input.ownerId,
          fromDay: officeDay(ctx.now()),
          reason: '新建客户',
          actorId: me.id,
          at,
        });
      }
      await writeAudit(trx, {
        actorId: me.id,
        action: 'create',
        entity: 'customer',
        entityId: row.id,
        at,
        detail: input,
      });
      return row.id;
    });
    return toCustomer(await baseQuery(ctx.db).where('customers.id', '=', newId).executeTakeFirstOrThrow());
  },

  'customers.update': async (input, ctx) => {
    const me = currentUser(ctx);
    const existing = await ctx.db
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!existing) throw new ApiError('NOT_FOUND', '找不到此客户,可能已被删除。');
    if (me.role === 'rep' && existing.owner_id !== null && existing.owner_id !== me.id) {
      throw new ApiError('FORBIDDEN', '只能修改自己负责的客户;如需调整请联系区域经理。');
    }
    if (me.role === 'rep' && input.ownerId !== existing.owner_id && input.ownerId !== me.id) {
      throw new ApiError('FORBIDDEN', '营销代表不能把客户转给他人,请联系区域经理。');
    }
    await ensureUniqueName(ctx.db, input.name, input.id);
    await ensureOwner(ctx.db, input.ownerId);
    const at = nowIso(ctx);
    await ctx.db.transaction().execute(async (trx) => {
      // Read again inside the transaction: a transfer may have moved the customer meanwhile.
      const before = await trx
        .selectFrom('customers')
        .select('owner_id')
        .where('id', '=', input.id)
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('customers')
        .set({ ...columns(input), updated_at: at, updated_by: me.id })
        .where('id', '=', input.id)
        .execute();
      if (before.owner_id !== input.ownerId) {
        await changeOwner(trx, {
          customerId: input.id,
          ownerId: input.ownerId,
          fromDay: officeDay(ctx.now()),
          reason: '在客户档案中更改负责人',
          actorId: me.id,
          at,
        });
      }
      await writeAudit(trx, {
        actorId: me.id,
        action: 'update',
        entity: 'customer',
        entityId: input.id,
        at,
        detail: input,
      });
    });
    return toCustomer(await baseQuery(ctx.db).where('customers.id', '=', input.id).executeTakeFirstOrThrow());
  },
} satisfies Partial<ModuleHandlers<typeof customerMethods>>;
