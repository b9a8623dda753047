import { sql } from 'kysely';
import type { Opportunity, PipelineSettings } from '../../../../src-shared/contract/pipeline';
import type { SessionUser } from '../../handler-types';
import type { Db } from '../../db/database';
import { opportunityQuery, toOpportunity } from './opportunity-repo';

/** The list's filters, as the contract parses them. */
export interface ListFilter {
  status: 'open' | 'won' | 'lost' | 'all';
  stage?: string | undefined;
  ownerId?: number | undefined;
  customerId?: number | undefined;
  overLimit?: boolean | undefined;
  expectedMonth?: string | undefined;
  query: string;
}

/** LIKE's own characters taken literally, so a search for 100% finds 100%. */
const likeLiteral = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Opportunities by filter as of an office day: a rep's own only, the manager's and clerk's all.
 * Over-limit depends on the stage settings and the day, so it is filtered after the query.
 */
export async function listOpportunities(
  db: Db,
  user: SessionUser,
  filter: ListFilter,
  settings: PipelineSettings,
  today: string,
): Promise<Opportunity[]> {
  let q = opportunityQuery(db);
  if (user.role === 'rep') q = q.where('opportunities.owner_id', '=', user.id);
  else if (filter.ownerId !== undefined) q = q.where('opportunities.owner_id', '=', filter.ownerId);
  if (filter.status !== 'all') q = q.where('opportunities.status', '=', filter.status);
  if (filter.stage !== undefined) q = q.where('opportunities.stage', '=', filter.stage);
  if (filter.customerId !== undefined) q = q.where('opportunities.customer_id', '=', filter.customerId);
  if (filter.expectedMonth !== undefined)
    q = q
      .where('opportunities.expected_close', '>=', `${filter.expectedMonth}-01`)
      .where('opportunities.expected_close', '<=', `${filter.expectedMonth}-31`);
  const text = filter.query.trim();
  if (text !== '') {
    const like = likeLiteral(text);
    q = q.where(
      sql<boolean>`(opportunities.title like ${like} escape '\\' or opportunities.product_line like ${like} escape '\\' or customers.name like ${like} escape '\\')`,
    );
  }
  const rows = await q.orderBy('opportunities.expected_close').orderBy('opportunities.id').execute();
  const out = rows.map((r) => toOpportunity(r, settings, today));
  return filter.overLimit === undefined ? out : out.filter((o) => o.overLimit === filter.overLimit);
}
