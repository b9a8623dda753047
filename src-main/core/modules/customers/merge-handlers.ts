import type { customerMethods } from '../../../../src-shared/contract/customers';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { ApiError } from '../../../../src-shared/errors';
import { currentUser, type ModuleHandlers, nowIso } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { moveOpportunities } from '../pipeline';
import { loadCustomer, peopleOf, writePeople } from './customer-repo';
import { changeOwner } from './owner-repo';

/** Most people a customer holds (the contract's limit); a merge keeps the first ones. */
const MAX_PEOPLE = 20;

export const mergeHandlers = {
  'customers.merge': async (input, ctx) => {
    const me = currentUser(ctx);
    const at = nowIso(ctx);
    const moved = await ctx.db.transaction().execute(async (trx) => {
      const both = await trx
        .selectFrom('customers')
        .select(['id', 'code', 'name', 'merged_into', 'owner_id'])
        .where('id', 'in', [input.keepId, input.mergeId])
        .execute();
      const keep = both.find((c) => c.id === input.keepId);
      const merge = both.find((c) => c.id === input.mergeId);
      if (!keep || !merge) throw new ApiError('NOT_FOUND', '找不到要合并的客户,可能已被删除,请刷新后再选。');
      for (const c of [keep, merge]) {
        if (c.merged_into !== null)
          throw new ApiError('INVALID_STATE', `客户“${c.name}”已合并到其他客户,不能再合并,请刷新后再选。`);
      }
      const contacts = await trx
        .updateTable('customer_contacts')
        .set({ customer_id: keep.id })
        .where('customer_id', '=', merge.id)
        .executeTakeFirst();
      const opportunities = await moveOpportunities(trx, merge.id, keep.id);
      // The kept customer's people first; a person both list (same name and phones) once.
      const people = await peopleOf(trx, [keep.id, merge.id]);
      const kept = people.get(keep.id) ?? [];
      const seen = new Set(kept.map((p) => `${p.name}|${p.phones}`));
      const added = (people.get(merge.id) ?? []).filter((p) => !seen.has(`${p.name}|${p.phones}`));
      await writePeople(trx, keep.id, [...kept, ...added].slice(0, MAX_PEOPLE));
      await writePeople(trx, merge.id, []);
      // The merged customer's ownership ends today; its history stays for the days it was owned.
      if (merge.owner_id !== null) {
        await changeOwner(trx, {
          customerId: merge.id,
          ownerId: null,
          fromDay: officeDay(ctx.now()),
          reason: `合并到${keep.name}`,
          actorId: me.id,
          at,
        });
      }
      await trx
        .updateTable('customers')
        .set({
          merged_into: keep.id,
          merged_at: at,
          merged_by: me.id,
          owner_id: null,
          updated_at: at,
          updated_by: me.id,
        })
        .where('id', '=', merge.id)
        .execute();
      await trx
        .updateTable('customers')
        .set({ updated_at: at, updated_by: me.id })
        .where('id', '=', keep.id)
        .execute();
      const movedContacts = Number(contacts.numUpdatedRows);
      await writeAudit(trx, {
        actorId: me.id,
        action: 'merge',
        entity: 'customer',
        entityId: keep.id,
        at,
        detail: {
          mergedId: merge.id,
          mergedCode: merge.code,
          mergedName: merge.name,
          movedContacts,
          movedOpportunities: opportunities,
          addedPeople: added.length,
        },
      });
      return { movedContacts, movedOpportunities: opportunities };
    });
    return { customer: (await loadCustomer(ctx.db, input.keepId))!, ...moved };
  },
} satisfies Partial<ModuleHandlers<typeof customerMethods>>;
