import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { PrefillScope } from './prefill-sources';

/** The quarter's monthly sales targets and results the region reported in its 月工作总结. */
export async function quarterMonthlySales(_db: Kysely<DB>, _s: PrefillScope): Promise<unknown> {
  return undefined;
}
