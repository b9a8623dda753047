import type { BundleTargets } from '../../../../src-shared/bundle/sections';
import { toFen, toYuan } from '../../../../src-shared/domain/performance';
import type { BundleSectionHandler } from '../../handler-types';
import { targetsOfYear, views } from './target-handlers';

const fen = (v: number) => toYuan(toFen(v));

/**
 * The year's targets as 销售目标 shows them (the region's and each rep's, with their months) and
 * every version: head office sees what each office is measured against and every change made to it.
 */
export const targetsSection: BundleSectionHandler = {
  name: 'targets',
  write: async ({ db, month }): Promise<BundleTargets> => {
    const year = Number(month.slice(0, 4));
    const targets = await views(db, await targetsOfYear(db, year));
    return {
      year,
      targets: targets.map((t) => ({
        scope: t.scope,
        userId: t.userId,
        name: t.name,
        metric: t.metric,
        method: t.method,
        annual: fen(t.annual),
        months: t.months.map(fen),
        version: t.version,
        history: t.history.map((h) => ({
          version: h.version,
          quarter: h.quarter,
          oldAmount: h.oldAmount === null ? null : fen(h.oldAmount),
          newAmount: fen(h.newAmount),
          reason: h.reason,
          requestedBy: h.requestedBy,
          approvedBy: h.approvedBy,
          at: h.at,
        })),
      })),
    };
  },
};
