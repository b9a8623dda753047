import type { Kysely } from 'kysely';

// Frozen: a migration describes the database as it was on the day it shipped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // The KPI figures a statement was approved on (targets, actuals and their sources, rates), so its
  // printed 奖金核算单 shows what the manager saw, not figures changed since. Statements approved
  // before this step have none (null) and print without them.
  await db.schema.alterTable('bonus_statements').addColumn('figures', 'text').execute();
}
