import type { z } from 'zod';
import {
  HQ_CHANNEL_MAX_MONTHS,
  type HqChannelCase,
  type HqChannelOutput,
  type hqChannelInput,
  type HqSanction,
  type HqStopAdvice,
  monthsBetween,
} from '../../../../src-shared/contract/head-office-channel';
import type { Db } from '../../db/database';
import { dealerSanctionStates, sanctionedDealer } from './channel-sanctions';
import { type ChannelRecords, currentChannelRecords, notEnded } from './channel-sections';

type Input = z.output<typeof hqChannelInput>;

/** Region names: the offices' as their bundles give them, else the region profiles held here. */
async function regionNames(db: Db): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const r of await db.selectFrom('regions').select(['code', 'name']).execute())
    names.set(r.code, r.name);
  for (const o of await db.selectFrom('ho_offices').select(['code', 'region']).execute())
    if (o.region) names.set(o.code, o.region);
  return names;
}

async function namesOf(db: Db, table: 'ref_products' | 'ref_dealers', codes: string[]) {
  if (codes.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom(table).select(['code', 'name']).where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** The months shown: those asked for, else from the first case's month to the last (at most 36). */
function monthsOf(input: Input, caseMonths: string[]): string[] {
  const sorted = [...new Set(caseMonths)].sort();
  const from = input.from ?? sorted[0];
  const to = input.to ?? sorted.at(-1);
  if (!from && !to) return [];
  const all = monthsBetween(from ?? to!, to ?? from!);
  return all.slice(-HQ_CHANNEL_MAX_MONTHS);
}

/** The regions a case is listed under: where it was found, and where its batch was shipped. */
export const caseRegions = (c: { regionCode: string; sourceRegionCode: string | null }) =>
  c.sourceRegionCode && c.sourceRegionCode !== c.regionCode
    ? [c.regionCode, c.sourceRegionCode]
    : [c.regionCode];

async function casesOf(db: Db, records: ChannelRecords, regions: Map<string, string>) {
  const products = await namesOf(db, 'ref_products', [...new Set(records.cases.map((c) => c.productCode))]);
  const dealers = await namesOf(db, 'ref_dealers', [
    ...new Set(records.cases.flatMap((c) => (c.sourceDealerCode ? [c.sourceDealerCode] : []))),
  ]);
  return records.cases.map((c): HqChannelCase => {
    const fines = records.fines
      .filter((f) => f.officeCode === c.officeCode && f.caseId === c.id)
      .map((f) => ({ userName: f.userName, role: f.role, amountFen: f.amountFen }));
    return {
      caseId: c.id,
      officeCode: c.officeCode,
      officeName: c.officeName,
      regionCode: c.officeCode,
      regionName: regions.get(c.officeCode) ?? c.officeCode,
      month: c.foundOn.slice(0, 7),
      foundOn: c.foundOn,
      place: c.place,
      productCode: c.productCode,
      productName: products.get(c.productCode) ?? '',
      batchNo: c.batchNo,
      quantity: c.quantity,
      salePriceFen: c.salePriceFen,
      listPriceFen: c.listPriceFen,
      sourceDealerCode: c.sourceDealerCode,
      sourceDealerName: c.sourceDealerCode ? (dealers.get(c.sourceDealerCode) ?? '') : '',
      sourceRegionCode: c.sourceRegionCode,
      sourceRegionName: c.sourceRegionCode ? (regions.get(c.sourceRegionCode) ?? c.sourceRegionCode) : '',
      crossRegion: c.sourceRegionCode !== null && c.sourceRegionCode !== c.officeCode,
      status: c.status,
      decidedOn: c.decidedOn,
      fines,
      fineTotalFen: fines.reduce((n, f) => n + f.amountFen, 0),
      bundleId: c.bundleId,
      period: c.period,
    };
  });
}

async function sanctionsOf(db: Db, records: ChannelRecords, today: string): Promise<HqSanction[]> {
  const live = notEnded(records.sanctions, today);
  const codes = [...new Set(live.map((s) => s.dealerCode))];
  const dealers = new Map(
    codes.length === 0
      ? []
      : (await db.selectFrom('ref_dealers').selectAll().where('code', 'in', codes).execute()).map((d) => [
          d.code,
          d,
        ]),
  );
  const state = await db
    .selectFrom('ref_state')
    .select('published_seq')
    .where('id', '=', 1)
    .executeTakeFirst();
  const published = state?.published_seq ?? 0;
  const wanted = dealerSanctionStates(live);
  return live
    .map((s) => {
      const d = dealers.get(s.dealerCode);
      const applied = d ? sanctionedDealer(d, wanted.get(s.dealerCode)) : null;
      const inList =
        !!d &&
        !!applied &&
        applied.shipment_stop_from === d.shipment_stop_from &&
        applied.shipment_stop_reason === d.shipment_stop_reason &&
        applied.agreement_status === d.agreement_status;
      return {
        officeCode: s.officeCode,
        officeName: s.officeName,
        caseId: s.caseId,
        dealerCode: s.dealerCode,
        dealerName: d?.name ?? '',
        dealerRegionCode: d?.region_code ?? null,
        kind: s.kind,
        fromDay: s.fromDay,
        toDay: s.toDay,
        reason: s.reason,
        started: s.fromDay <= today,
        sentDown: inList && d.seq <= published,
      };
    })
    .sort((a, b) => b.fromDay.localeCompare(a.fromDay) || a.dealerCode.localeCompare(b.dealerCode));
}

/** 建议停止发货 of the months, with the dealer's region from head office's dealer list. */
async function stopAdviceOf(
  db: Db,
  records: ChannelRecords,
  regions: Map<string, string>,
  months: string[],
): Promise<HqStopAdvice[]> {
  const shown = records.stopAdvice.filter((a) => months.includes(a.month));
  const codes = [...new Set(shown.map((a) => a.dealerCode))];
  const dealerRegion = new Map(
    codes.length === 0
      ? []
      : (
          await db
            .selectFrom('ref_dealers')
            .select(['code', 'region_code'])
            .where('code', 'in', codes)
            .execute()
        ).map((d) => [d.code, d.region_code]),
  );
  return shown
    .map((a) => ({
      officeCode: a.officeCode,
      officeName: a.officeName,
      regionCode: a.officeCode,
      regionName: regions.get(a.officeCode) ?? a.officeCode,
      month: a.month,
      dealerCode: a.dealerCode,
      dealerName: a.dealerName,
      dealerRegionCode: dealerRegion.get(a.dealerCode) ?? null,
      reason: a.reason,
      submittedOn: a.submittedOn,
      dueOn: a.dueOn,
      bundleId: a.bundleId,
    }))
    .sort(
      (a, b) =>
        b.month.localeCompare(a.month) ||
        a.officeCode.localeCompare(b.officeCode) ||
        a.dealerCode.localeCompare(b.dealerCode),
    );
}

/**
 * 窜货低价案件 at head office from the current bundles: the matrix counts every region for the
 * months shown; the list, its fines and the sanctions are the chosen region's when one is chosen.
 */
export async function buildChannelView(db: Db, input: Input, today: string): Promise<HqChannelOutput> {
  const records = await currentChannelRecords(db);
  const names = await regionNames(db);
  const all = await casesOf(db, records, names);
  const months = monthsOf(input, [...all.map((c) => c.month), ...records.stopAdvice.map((a) => a.month)]);
  const inMonths = all.filter((c) => months.includes(c.month));

  const regionCodes = new Set<string>([
    ...(await db.selectFrom('ho_offices').select('code').execute()).map((o) => o.code),
    ...all.flatMap(caseRegions),
  ]);
  const regions = [...regionCodes].sort().map((code) => ({ code, name: names.get(code) ?? code }));
  const matrix = regions.map((r) => {
    const mine = inMonths.filter((c) => caseRegions(c).includes(r.code));
    return {
      ...r,
      cells: months.map((month) => {
        const here = mine.filter((c) => c.month === month);
        return { month, count: here.length, crossRegion: here.filter((c) => c.crossRegion).length };
      }),
      total: mine.length,
    };
  });

  const cases = inMonths
    .filter((c) => !input.region || caseRegions(c).includes(input.region))
    .sort(
      (a, b) =>
        b.foundOn.localeCompare(a.foundOn) || a.officeCode.localeCompare(b.officeCode) || b.caseId - a.caseId,
    );
  const fines = cases.flatMap((c) => c.fines);
  const byRole = (role: string) => fines.filter((f) => f.role === role).reduce((n, f) => n + f.amountFen, 0);
  const sanctions = (await sanctionsOf(db, records, today)).filter(
    (s) => !input.region || s.officeCode === input.region || s.dealerRegionCode === input.region,
  );
  const stopAdvice = (await stopAdviceOf(db, records, names, months)).filter(
    (a) => !input.region || a.regionCode === input.region || a.dealerRegionCode === input.region,
  );
  return {
    today,
    months,
    regions,
    matrix,
    monthTotals: months.map((month) => ({
      month,
      count: inMonths.filter((c) => c.month === month).length,
    })),
    cases,
    fines: {
      count: fines.length,
      totalFen: fines.reduce((n, f) => n + f.amountFen, 0),
      partyFen: byRole('party'),
      supervisorFen: byRole('supervisor'),
    },
    sanctions,
    stopAdvice,
  };
}
