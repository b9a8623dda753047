import type { Db } from '../../db/database';

/** A confirmed fine to take from a person's bonus. */
export interface FineDeduction {
  userId: number;
  /** The month the fine was decided in (YYYY-MM). */
  month: string;
  amountFen: number;
  reason: string;
  createdBy: number;
  at: string;
}

const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/**
 * Writes a confirmed channel fine as a deduction line of the person's bonus, in the caller's
 * transaction. A month whose bonus is already approved is closed, so the line goes to the first
 * open month after it, as a manager's manual deduction would. Only reps have bonus statements:
 * for anyone else nothing is written and null is returned (the 罚款通知单 still charges them).
 */
export async function deductFine(db: Db, fine: FineDeduction): Promise<string | null> {
  const person = await db.selectFrom('users').select('role').where('id', '=', fine.userId).executeTakeFirst();
  if (person?.role !== 'rep') return null;
  const locked = new Set(
    (
      await db
        .selectFrom('bonus_statements')
        .select('month')
        .distinct()
        .where('month', '>=', fine.month)
        .execute()
    ).map((r) => r.month),
  );
  let month = fine.month;
  while (locked.has(month)) month = nextMonth(month);
  await db
    .insertInto('bonus_deductions')
    .values({
      user_id: fine.userId,
      month,
      // Deductions are kept in 元 like the bonus; fines are exact in 分.
      amount: fine.amountFen / 100,
      reason: fine.reason,
      kind: 'channel_fine',
      created_at: fine.at,
      created_by: fine.createdBy,
    })
    .execute();
  return month;
}
