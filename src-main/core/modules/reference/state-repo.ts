import type { Db } from '../../db/database';

/**
 * Takes the next reference change number: every row written in the same transaction carries it,
 * so a bundle can hand on exactly the changes after a number. Call it inside the write's
 * transaction, once per write, so a rolled-back write hands out no number.
 */
export async function nextSeq(trx: Db, at: string): Promise<number> {
  const row = await trx
    .updateTable('ref_state')
    .set((eb) => ({ seq: eb('seq', '+', 1), updated_at: at }))
    .where('id', '=', 1)
    .returning('seq')
    .executeTakeFirstOrThrow();
  return row.seq;
}

/** The last change number handed out (head office) or imported (office). */
export async function currentSeq(db: Db): Promise<number> {
  const row = await db.selectFrom('ref_state').select('seq').where('id', '=', 1).executeTakeFirst();
  return row?.seq ?? 0;
}
