import { sql } from 'kysely';
import type { customerMethods } from '../../../../src-shared/contract/customers';
import { normalizeCustomerName, normalizePhone } from '../../../../src-shared/domain/customers';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type HandlerContext, type ModuleHandlers, nowIso } from '../../handler-types';
import { loadContactSettings } from './contact-settings';
import { customerDetail } from './customer-detail';
import { customerQuery, findDuplicates, loadCustomer, toCustomers } from './customer-repo';
import { type CustomerInput, insertCustomer, updateCustomer } from './customer-save';

/** The shortest run of digits a search also looks for inside normalised phone numbers. */
const PHONE_SEARCH_DIGITS = 4;

async function saveContext(ctx: HandlerContext, actorId: number, reason: string, allowDuplicate: boolean) {
  return {
    actorId,
    at: nowIso(ctx),
    now: ctx.now(),
    settings: await loadContactSettings(ctx.db),
    ownerReason: reason,
    allowDuplicate,
  };
}

export const customerHandlers = {
  'customers.search': async (input, ctx) => {
    currentUser(ctx);
    const q = input.query.trim();
    let query = customerQuery(ctx.db).orderBy('customers.name').limit(input.limit);
    if (input.status) query = query.where('customers.status', '=', input.status);
    if (input.grade !== undefined) query = query.where('customers.grade', '=', input.grade);
    if (input.ownerId !== undefined) query = query.where('customers.owner_id', '=', input.ownerId);
    if (q) {
      // instr() instead of LIKE: a user's % or _ must match itself, not act as a wildcard.
      const needle = q.toLowerCase();
      const key = normalizeCustomerName(q);
      const digits = normalizePhone(q) || q.replace(/\D/g, '');
      const byDigits =
        digits.length >= PHONE_SEARCH_DIGITS && /^[\d\s+()-]+$/.test(q)
          ? sql`or exists (select 1 from customer_phones ph where ph.customer_id = customers.id
                           and instr(ph.phone_key, ${digits}) > 0)`
          : sql``;
      query = query.where(
        sql<boolean>`(instr(lower(customers.name), ${needle}) > 0 or instr(customers.name_key, ${key}) > 0
          or instr(lower(customers.code), ${needle}) > 0 or instr(lower(customers.city), ${needle}) > 0
          or instr(lower(customers.address), ${needle}) > 0
          or exists (select 1 from customer_people p where p.customer_id = customers.id
                     and (instr(lower(p.name), ${needle}) > 0 or instr(p.phones, ${needle}) > 0))
          ${byDigits})`,
      );
    }
    return toCustomers(ctx.db, await query.execute());
  },

  'customers.get': async (input, ctx) => {
    currentUser(ctx);
    return (await customerDetail(ctx.db, input.id, officeDay(ctx.now()))).detail;
  },

  'customers.create': async (input, ctx) => {
    const me = currentUser(ctx);
    const sc = await saveContext(ctx, me.id, '新建客户', input.allowDuplicate);
    const { allowDuplicate: _a, ...fields } = input;
    const id = await ctx.db.transaction().execute((trx) => insertCustomer(trx, fields as CustomerInput, sc));
    return (await loadCustomer(ctx.db, id))!;
  },

  'customers.update': async (input, ctx) => {
    const me = currentUser(ctx);
    const existing = await ctx.db
      .selectFrom('customers')
      .select('owner_id')
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!existing) throw new ApiError('NOT_FOUND', '找不到此客户,可能已被删除。');
    if (me.role === 'rep' && existing.owner_id !== null && existing.owner_id !== me.id) {
      throw new ApiError('FORBIDDEN', '只能修改自己负责的客户;如需调整请联系区域经理。');
    }
    if (me.role === 'rep' && input.ownerId !== existing.owner_id && input.ownerId !== me.id) {
      throw new ApiError('FORBIDDEN', '营销代表不能把客户转给他人,请联系区域经理。');
    }
    const sc = {
      ...(await saveContext(ctx, me.id, '在客户档案中更改负责人', input.allowDuplicate)),
      expectedUpdatedAt: input.expectedUpdatedAt,
    };
    const { id, allowDuplicate: _a, expectedUpdatedAt: _e, ...fields } = input;
    // Read again inside the transaction: a transfer may have moved the customer meanwhile.
    await ctx.db.transaction().execute((trx) => updateCustomer(trx, id, fields as CustomerInput, sc));
    return (await loadCustomer(ctx.db, id))!;
  },

  'customers.duplicates': async (input, ctx) => {
    currentUser(ctx);
    return findDuplicates(ctx.db, input);
  },
} satisfies Partial<ModuleHandlers<typeof customerMethods>>;
