import type { Db } from '../../db/database';

/**
 * Hands every opportunity of one customer to another, for a merge of duplicate customers; runs
 * in the caller's transaction so the merge moves all of a customer's references or none.
 */
export async function moveOpportunities(
  trx: Db,
  fromCustomerId: number,
  toCustomerId: number,
): Promise<number> {
  const result = await trx
    .updateTable('opportunities')
    .set({ customer_id: toCustomerId })
    .where('customer_id', '=', fromCustomerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
