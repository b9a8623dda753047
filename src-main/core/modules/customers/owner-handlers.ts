import type { customerMethods, OwnerCustomers } from '../../../../src-shared/contract/customers';
import { addDays, officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { changeOwner, latestOwnership, ownerSpans } from './owner-repo';

/** At most this many names in a refusal; the rest are counted. */
const NAMED = 3;

const nameList = (names: readonly string[]) =>
  names
    .slice(0, NAMED)
    .map((n) => `“${n}”`)
    .join('、') + (names.length > NAMED ? `等${names.length}个客户` : '');

export const ownerHandlers = {
  'customers.transfer': async (input, ctx) => {
    const me = currentUser(ctx);
    const at = nowIso(ctx);
    const today = officeDay(ctx.now());
    if (input.fromDay > today) {
      throw new ApiError('BAD_INPUT', '移交日期不能晚于今天;请在移交当天再办理。', {
        fromDay: '移交日期不能晚于今天',
      });
    }
    const ids = [...new Set(input.customerIds)];
    // Every check reads inside the transaction, so what is checked is what is moved.
    return ctx.db.transaction().execute(async (trx) => {
      const to = await trx
        .selectFrom('users')
        .select(['display_name', 'role', 'active'])
        .where('id', '=', input.toUserId)
        .executeTakeFirst();
      if (!to || to.role !== 'rep' || !to.active) {
        throw new ApiError('BAD_INPUT', '客户只能移交给在职的营销代表。', {
          toUserId: '请选择在职的营销代表',
        });
      }
      const found = await trx
        .selectFrom('customers')
        .select(['id', 'name', 'owner_id'])
        .where('id', 'in', ids)
        .execute();
      if (found.length !== ids.length) {
        const missing = ids.filter((id) => !found.some((c) => c.id === id));
        throw new ApiError(
          'NOT_FOUND',
          `找不到编号为 ${missing.join('、')} 的客户,可能已被删除,请刷新后再选。`,
          {
            customerIds: '有客户不存在',
          },
        );
      }
      const already = found.filter((c) => c.owner_id === input.toUserId).map((c) => c.name);
      if (already.length) {
        throw new ApiError('BAD_INPUT', `${nameList(already)}已由${to.display_name}负责,无需移交。`, {
          customerIds: `已由${to.display_name}负责`,
        });
      }
      const latest = await latestOwnership(trx, ids);
      // An open ownership may be replaced from its first day on; an ended one leaves its days alone.
      const tooEarly = found.filter((c) => {
        const span = latest.get(c.id);
        if (!span) return false;
        return span.toDay === null ? input.fromDay < span.fromDay : input.fromDay <= span.toDay;
      });
      if (tooEarly.length) {
        const first = latest.get(tooEarly[0]!.id)!;
        const earliest = first.toDay === null ? first.fromDay : addDays(first.toDay, 1);
        throw new ApiError(
          'BAD_INPUT',
          `${nameList(tooEarly.map((c) => c.name))}的现归属从 ${earliest} 起算,移交日期不能早于该日。`,
          { fromDay: `不能早于 ${earliest}` },
        );
      }
      for (const c of found) {
        await changeOwner(trx, {
          customerId: c.id,
          ownerId: input.toUserId,
          fromDay: input.fromDay,
          reason: input.reason,
          actorId: me.id,
          at,
        });
        await writeAudit(trx, {
          actorId: me.id,
          action: 'transfer',
          entity: 'customer',
          entityId: c.id,
          at,
          detail: {
            fromOwnerId: c.owner_id,
            toUserId: input.toUserId,
            fromDay: input.fromDay,
            reason: input.reason,
          },
        });
      }
      await trx
        .updateTable('customers')
        .set({ owner_id: input.toUserId, updated_at: at, updated_by: me.id })
        .where('id', 'in', ids)
        .execute();
      return { moved: ids.length };
    });
  },

  'customers.ownerHistory': async (input, ctx) => {
    currentUser(ctx);
    const customer = await ctx.db
      .selectFrom('customers')
      .select(['id', 'name'])
      .where('id', '=', input.customerId)
      .executeTakeFirst();
    if (!customer) throw new ApiError('NOT_FOUND', '找不到此客户,可能已被删除。');
    return { customerId: customer.id, name: customer.name, owners: await ownerSpans(ctx.db, customer.id) };
  },

  'customers.byOwner': async (_input, ctx) => {
    currentUser(ctx);
    const [users, customers] = await Promise.all([
      ctx.db.selectFrom('users').select(['id', 'display_name', 'role', 'active']).orderBy('id').execute(),
      ctx.db
        .selectFrom('customers')
        .select(['id', 'name', 'grade', 'type', 'owner_id'])
        .where('merged_into', 'is', null)
        .orderBy('name')
        .execute(),
    ]);
    const groups: OwnerCustomers[] = [];
    const of = (ownerId: number | null) =>
      customers
        .filter((c) => c.owner_id === ownerId)
        .map((c) => ({ id: c.id, name: c.name, grade: c.grade, type: c.type }));
    // Every rep at work, even without customers (someone to hand customers to), then anyone else
    // still holding customers: a rep who left, a manager or clerk.
    const atWork = (u: (typeof users)[number]) => u.role === 'rep' && u.active === 1;
    for (const u of [...users.filter(atWork), ...users.filter((u) => !atWork(u))]) {
      const own = of(u.id);
      if (!atWork(u) && own.length === 0) continue;
      groups.push({
        userId: u.id,
        name: u.display_name,
        role: u.role,
        active: u.active === 1,
        count: own.length,
        customers: own,
      });
    }
    const nobody = of(null);
    if (nobody.length) {
      groups.push({
        userId: null,
        name: '未分配',
        role: null,
        active: false,
        count: nobody.length,
        customers: nobody,
      });
    }
    return groups;
  },
} satisfies Partial<ModuleHandlers<typeof customerMethods>>;
