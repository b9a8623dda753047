import type { KpiRow } from '../../../../src-shared/contract/performance';
import {
  achievementRate,
  type CustomerContact,
  jointVisitScore,
  newCustomers,
  rank,
  retentionRate,
  TIMELINESS_FORMS,
  timelinessRate,
  totalScore,
} from '../../../../src-shared/domain/performance';
import { parsePeriod, shiftPeriod } from '../../../../src-shared/domain/periods';
import type { HandlerContext, SessionUser } from '../../handler-types';
import { buildBoard } from '../board';
import { officialFigures } from '../sales';
import { loadPerformanceSettings } from './performance-settings';
import { repMonthTargets } from '../targets';
import { trainingHoursOf } from '../training';

const HANDED_IN = ['submitted', 'approved', 'sent'] as const;

/**
 * A month's KPIs of every rep who owed reports in it (see KPI_DEFINITIONS): sales and collections
 * against targets (销售目标 first, else the rep's own 月报), new and kept customers from the contacts
 * the 走访表 and 协访表 record, timeliness from the board's due reports, and the 协访 scores.
 */
export async function monthKpis(
  ctx: Pick<HandlerContext, 'db' | 'now'>,
  me: SessionUser,
  month: string,
): Promise<KpiRow[]> {
  const previous = shiftPeriod('month', month, -1);
  const { first: from, last: to } = parsePeriod('month', month)!;
  const board = await buildBoard(ctx, me, { from, to });
  const reps = board.people.filter((p) => p.role === 'rep');
  const now = ctx.now().getTime();

  const [settings, figures, targets, contactRows, jointVisits, trainingHours] = await Promise.all([
    loadPerformanceSettings(ctx.db),
    officialFigures(ctx.db, [month], { roles: ['rep'] }),
    repMonthTargets(ctx.db, month),
    ctx.db
      .selectFrom('customer_contacts as c')
      .innerJoin('reports as r', 'r.id', 'c.report_id')
      .select(['c.customer_id', 'c.author_id', 'c.day', 'c.purpose', 'r.status'])
      .where('c.customer_id', 'is not', null)
      .where('c.day', '<=', to)
      .where('r.status', 'in', [...HANDED_IN])
      .execute(),
    ctx.db
      .selectFrom('reports')
      .select(['id', 'data', 'author_id', 'period_key'])
      .where('form_code', '=', 'F02')
      .where('period_key', '>=', from)
      .where('period_key', '<=', `${to}\uffff`)
      .where('status', 'in', [...HANDED_IN])
      .execute(),
    trainingHoursOf(ctx.db, { from, to }),
  ]);
  const contacts: CustomerContact[] = contactRows.map((c) => ({
    customerId: c.customer_id!,
    repId: c.author_id,
    day: c.day,
    purpose: c.purpose,
    approved: c.status === 'approved' || c.status === 'sent',
  }));
  const activeIn = (m: string, repId?: number) =>
    new Set(
      contacts
        .filter((c) => c.day.startsWith(`${m}-`) && (repId === undefined || c.repId === repId))
        .map((c) => c.customerId),
    );
  const activeNow = activeIn(month);
  const scores = jointVisits.flatMap((r) => {
    const d = JSON.parse(r.data) as { repId?: unknown; totalScore?: unknown };
    return typeof d.repId === 'number' && typeof d.totalScore === 'number'
      ? [
          {
            reportId: r.id,
            repId: d.repId,
            total: d.totalScore,
            authorId: r.author_id,
            periodKey: r.period_key,
          },
        ]
      : [];
  });

  const rows = reps.map((rep): Omit<KpiRow, 'rank'> => {
    const official = figures.find((f) => f.userId === rep.id);
    const target = targets.get(rep.id);
    const salesTarget = target?.sales ?? official?.salesTarget ?? null;
    const collectionTarget = target?.collection ?? official?.collectionTarget ?? null;
    const due = board.cells
      .filter(
        (c) =>
          c.authorId === rep.id &&
          (TIMELINESS_FORMS as readonly string[]).includes(c.formCode) &&
          c.dueAt !== null &&
          Date.parse(c.dueAt) <= now,
      )
      .map((c) => ({ formCode: c.formCode, periodKey: c.periodKey, onTime: c.onTime === true }));
    const before = activeIn(previous, rep.id);
    const kept = [...before].filter((c) => activeNow.has(c)).length;
    const fresh = newCustomers(rep.id, month, contacts, new Set());
    const mine = scores.filter((s) => s.repId === rep.id);
    const kpis = {
      salesRate: achievementRate(official?.salesActual ?? null, salesTarget),
      collectionRate: achievementRate(official?.collectionActual ?? null, collectionTarget),
      newCustomers: fresh.length,
      retentionRate: retentionRate(before, activeNow),
      timelinessRate: timelinessRate(due),
      jointVisitScore: jointVisitScore(mine.map((s) => s.total)),
      trainingHours: trainingHours.get(rep.id) ?? null,
    };
    return {
      userId: rep.id,
      name: rep.name,
      kpis,
      score: totalScore(kpis, settings.score),
      figures: {
        salesTarget,
        salesActual: official?.salesActual ?? null,
        collectionTarget,
        collectionActual: official?.collectionActual ?? null,
        actualSource: official?.source ?? null,
        targetSource: target ? 'targets' : official?.salesTarget != null ? 'report' : null,
      },
      basis: {
        newCustomerIds: fresh,
        previousCustomers: before.size,
        keptCustomers: kept,
        dueReports: due.length,
        onTimeReports: due.filter((d) => d.onTime).length,
        jointVisitReportIds: mine.map((s) => s.reportId),
        jointVisitReports: mine.map((s) => ({
          reportId: s.reportId,
          authorId: s.authorId,
          periodKey: s.periodKey,
        })),
        newCustomerNames: [] as string[],
      },
    };
  });
  // The new customers by name, so the count drills down to whom it counts.
  const freshIds = [...new Set(rows.flatMap((r) => r.basis.newCustomerIds))];
  const names = new Map(
    freshIds.length === 0
      ? []
      : (
          await ctx.db.selectFrom('customers').select(['id', 'name']).where('id', 'in', freshIds).execute()
        ).map((c) => [c.id, c.name]),
  );
  for (const r of rows)
    r.basis.newCustomerNames = r.basis.newCustomerIds.map((id) => names.get(id) ?? `#${id}`);
  return rank(rows, (r) => r.score).map(({ item, rank: place }) => ({ ...item, rank: place }));
}
