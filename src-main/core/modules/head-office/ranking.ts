import type { Kysely } from 'kysely';
import { type BundleKpiRow, performanceSection } from '../../../../src-shared/bundle/bundle-data';
import {
  type Ranking,
  type RankingPeriod,
  type RankingRegion,
  type RankingRep,
  rankingLabel,
  rankingMonths,
} from '../../../../src-shared/contract';
import { officeDay } from '../../../../src-shared/domain/deadlines/calendar';
import { type KpiMonth, periodKpis, rank } from '../../../../src-shared/domain/performance';
import type { DB } from '../../db/database';

/** One rep's month as head office adds it up. */
function kpiMonth(row: BundleKpiRow): KpiMonth {
  const f = row.figures;
  const b = row.basis;
  return {
    kpis: row.kpis,
    salesTarget: f.salesTarget,
    salesActual: f.salesActual,
    collectionTarget: f.collectionTarget,
    collectionActual: f.collectionActual,
    previousCustomers: b.previousCustomers,
    keptCustomers: b.keptCustomers,
    dueReports: b.dueReports,
    onTimeReports: b.onTimeReports,
    jointVisits: b.jointVisits,
  };
}

/** The KPI rows of each office's current bundle of each month of the range: office -> month -> rows (null: no KPIs). */
async function currentKpis(db: Kysely<DB>, months: string[]) {
  const rows = await db
    .selectFrom('ho_bundles as b')
    .leftJoin('ho_bundle_sections as s', (join) =>
      join.onRef('s.bundle_id', '=', 'b.id').on('s.name', '=', performanceSection.name),
    )
    .select(['b.office_code', 'b.period', 's.version', 's.data'])
    // The office's latest accepted revision of the month; replaced revisions are history.
    .where('b.superseded_by', 'is', null)
    .where('b.period', '>=', months[0]!)
    .where('b.period', '<=', months.at(-1)!)
    .execute();
  const out = new Map<string, Map<string, BundleKpiRow[] | null>>();
  for (const r of rows) {
    const byMonth = out.get(r.office_code) ?? new Map<string, BundleKpiRow[] | null>();
    byMonth.set(
      r.period,
      r.data === null || r.version === null
        ? null
        : performanceSection.upgrade(r.version, JSON.parse(r.data) as unknown).kpis,
    );
    out.set(r.office_code, byMonth);
  }
  return out;
}

/**
 * 全国排名 of a period: each rep's months added up by periodKpis (the offices' own formulas, scores
 * recomputed from the KPI values, so every region is measured alike), ranked across regions; each
 * region's reps' months added up the same way, ranked by 销售额达成率. Past months without a current bundle, or
 * with one that carries no KPIs (an older version of the app), are listed as missing.
 */
export async function buildRanking(
  db: Kysely<DB>,
  input: { period: RankingPeriod; key: string },
  now: Date,
): Promise<Ranking> {
  const months = rankingMonths(input.period, input.key);
  const thisMonth = officeDay(now).slice(0, 7);
  const offices = await db
    .selectFrom('ho_offices')
    .select(['code', 'name', 'region'])
    .orderBy('code')
    .execute();
  const kpis = await currentKpis(db, months);

  const reps: Omit<RankingRep, 'rank'>[] = [];
  const regions: Omit<RankingRegion, 'rank'>[] = offices.map((o) => {
    const byMonth = kpis.get(o.code);
    const counted = months.filter((m) => byMonth?.get(m));
    const missing = months.flatMap((month) => {
      if (counted.includes(month) || month >= thisMonth) return [];
      return [{ month, reason: byMonth?.has(month) ? ('noKpis' as const) : ('noBundle' as const) }];
    });
    const byRep = new Map<number, { name: string; months: KpiMonth[] }>();
    for (const month of counted) {
      for (const row of byMonth!.get(month)!) {
        const rep = byRep.get(row.userId) ?? { name: row.name, months: [] };
        rep.name = row.name;
        rep.months.push(kpiMonth(row));
        byRep.set(row.userId, rep);
      }
    }
    const mine = [...byRep].map(([userId, rep]) => {
      const p = periodKpis(rep.months);
      return {
        officeCode: o.code,
        region: o.region,
        userId,
        name: rep.name,
        score: p.score,
        kpis: p.kpis,
        salesTarget: p.salesTarget,
        salesActual: p.salesActual,
        collectionTarget: p.collectionTarget,
        collectionActual: p.collectionActual,
        months: p.months,
      };
    });
    reps.push(...mine);
    const scores = mine.flatMap((r) => (r.score === null ? [] : [r.score]));
    // The region's rates pool all its reps' months as a rep's pool his own: only months with a
    // target count, so a rep without one neither lifts nor lowers the region.
    const pooled = periodKpis([...byRep.values()].flatMap((r) => r.months));
    return {
      code: o.code,
      name: o.name,
      region: o.region,
      salesTarget: pooled.salesTarget,
      salesActual: pooled.salesActual,
      salesRate: pooled.kpis.salesRate,
      collectionTarget: pooled.collectionTarget,
      collectionActual: pooled.collectionActual,
      collectionRate: pooled.kpis.collectionRate,
      averageScore: scores.length
        ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10
        : null,
      reps: mine.length,
      months: counted,
      missing,
    };
  });

  return {
    period: input.period,
    key: input.key,
    label: rankingLabel(input.period, input.key),
    months,
    regions: rank(regions, (r) => r.salesRate).map(({ item, rank: place }) => ({ ...item, rank: place })),
    reps: rank(reps, (r) => r.score).map(({ item, rank: place }) => ({ ...item, rank: place })),
  };
}
