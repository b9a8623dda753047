import {
  type BundlePipeline,
  customersSection,
  pipelineSection,
  type SectionDef,
} from '../../../../src-shared/bundle/bundle-data';
import { CUSTOMER_STATUSES } from '../../../../src-shared/contract/customers';
import type { HqCustomersSummary, HqPipelineSummary } from '../../../../src-shared/contract/head-office';
import type { Db } from '../../db/database';

/** A section of an imported bundle as it arrived, with its version; undefined when the bundle has none. */
export async function readSection(db: Db, bundleId: number, def: SectionDef) {
  const row = await db
    .selectFrom('ho_bundle_sections')
    .select(['version', 'data'])
    .where('bundle_id', '=', bundleId)
    .where('name', '=', def.name)
    .executeTakeFirst();
  return row && { version: row.version, data: JSON.parse(row.data) as unknown };
}

const tally = <K extends string>(keys: string[], order: readonly string[], name: K) => {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return [...counts]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([k, count]) => ({ [name]: k, count }) as Record<K, string> & { count: number });
};

/**
 * The customer file in figures. Version 1 carried only the customers the month's reports named, not
 * the file, so it gives no summary (counting it would understate the office's customers).
 */
export function customersSummary(section: { version: number; data: unknown } | undefined) {
  if (!section || section.version < 2) return null;
  const c = customersSection.upgrade(section.version, section.data);
  return {
    asOf: c.asOf,
    phonesIncluded: c.phonesIncluded,
    count: c.customers.length,
    byStatus: tally(
      c.customers.map((x) => x.status),
      CUSTOMER_STATUSES,
      'status',
    ),
    byGrade: tally(
      c.customers.map((x) => x.grade || '未分级'),
      [],
      'grade',
    ).sort((a, b) => Number(a.grade === '未分级') - Number(b.grade === '未分级')),
    contactStats: c.contactStats,
  } satisfies HqCustomersSummary;
}

const sum = (rows: BundlePipeline['opportunities']) => ({
  count: rows.length,
  amount: rows.reduce((n, o) => n + o.amount, 0),
});

/** The pipeline per stage (open opportunities, 加权金额 by the stage's probability), closes and overrides. */
export function pipelineSummary(section: { version: number; data: unknown } | undefined) {
  if (!section) return null;
  const p = pipelineSection.upgrade(section.version, section.data);
  const open = p.opportunities.filter((o) => o.status === 'open');
  // A stage removed after its opportunities moved on may still name one of last month's overrides.
  const stageName = (key: string) => p.stages.find((s) => s.key === key)?.name ?? key;
  const stages = p.stages.map((s) => {
    const here = open.filter((o) => o.stage === s.key);
    const amount = sum(here).amount;
    return {
      key: s.key,
      name: s.name,
      probability: s.probability,
      count: here.length,
      amount,
      weighted: (amount * s.probability) / 100,
      overLimit: here.filter((o) => o.overLimit).length,
    };
  });
  return {
    asOf: p.asOf,
    stages,
    open: {
      count: open.length,
      amount: sum(open).amount,
      weighted: stages.reduce((n, s) => n + s.weighted, 0),
    },
    won: sum(p.opportunities.filter((o) => o.status === 'won')),
    lost: sum(p.opportunities.filter((o) => o.status === 'lost')),
    overrides: p.opportunities
      .flatMap((o) =>
        o.overrides.map((v) => ({
          at: v.at,
          customerName: o.customerName,
          title: o.title,
          ownerName: o.ownerName,
          fromStage: stageName(v.fromStage),
          toStage: stageName(v.toStage),
          reason: v.reason,
        })),
      )
      .sort((a, b) => a.at.localeCompare(b.at)),
  } satisfies HqPipelineSummary;
}
