import { z } from 'zod';
import { CASE_STATUSES, FINE_ROLES, SANCTION_KINDS } from '../domain/channel';
import { id } from './common';
import { method, onlyIn } from './define';

/** The longest span of months the case matrix shows at once. */
export const HQ_CHANNEL_MAX_MONTHS = 36;

const MONTH = /^[1-9]\d{3}-(0[1-9]|1[0-2])$/;

const monthText = (label: string) =>
  z.string({ error: `${label}须为文字` }).regex(MONTH, `${label}格式应为 2026-11`);

/** Months from one to another, both included ('2026-11', '2027-01' → three); none unless both are months. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  // The input schema's refinements call this even when a month failed its own check (zod runs
  // every refinement); counting towards text that no month reaches would never end.
  // A refinement may also hand over whatever the caller sent in place of a text.
  if (typeof from !== 'string' || typeof to !== 'string' || !MONTH.test(from) || !MONTH.test(to)) return out;
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > to) break;
    out.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export const hqChannelInput = z
  .object({
    /** A region's code (the office's 区域编码): cases found there or naming a batch shipped there. */
    region: z
      .string({ error: '区域编码须为文字' })
      .trim()
      .min(1, '请选择区域')
      .max(20, '区域编码不能超过20个字符')
      .regex(/^[A-Za-z0-9-]+$/, '区域编码只能用字母、数字和短横线')
      .optional(),
    from: monthText('开始月份').optional(),
    to: monthText('结束月份').optional(),
  })
  .strict()
  .refine((v) => !v.from || !v.to || v.from <= v.to, {
    message: '开始月份不能晚于结束月份',
    path: ['to'],
  })
  .refine((v) => !v.from || !v.to || monthsBetween(v.from, v.to).length <= HQ_CHANNEL_MAX_MONTHS, {
    message: `一次最多查看 ${HQ_CHANNEL_MAX_MONTHS} 个月`,
    path: ['to'],
  });

const region = z.object({ code: z.string(), name: z.string() });

/** An F11 case as head office sees it: the office that found it and the region its batch came from. */
export const hqChannelCase = z.object({
  /** The office's own case number; with the office code it names the case. */
  caseId: id,
  officeCode: z.string(),
  officeName: z.string(),
  /** The finding office's region (发现区域). */
  regionCode: z.string(),
  regionName: z.string(),
  /** The month of 发现日期, the matrix's column. */
  month: z.string(),
  foundOn: z.string(),
  place: z.string(),
  productCode: z.string(),
  productName: z.string(),
  batchNo: z.string(),
  quantity: z.number().int(),
  salePriceFen: z.number().int(),
  listPriceFen: z.number().int().nullable(),
  /** 疑似来源: the dealer and region the batch was shipped to, when the lookup found one. */
  sourceDealerCode: z.string().nullable(),
  sourceDealerName: z.string(),
  sourceRegionCode: z.string().nullable(),
  sourceRegionName: z.string(),
  /** Found in one region with goods shipped to another: listed and counted under both. */
  crossRegion: z.boolean(),
  status: z.enum(CASE_STATUSES),
  decidedOn: z.string().nullable(),
  fines: z.array(z.object({ userName: z.string(), role: z.enum(FINE_ROLES), amountFen: z.number().int() })),
  fineTotalFen: z.number().int(),
  /** The bundle (month and revision) the case's latest state came in. */
  bundleId: id,
  period: z.string(),
});
export type HqChannelCase = z.infer<typeof hqChannelCase>;

/** A sanction on a dealer not yet ended, as an office decided it. */
export const hqSanction = z.object({
  officeCode: z.string(),
  officeName: z.string(),
  caseId: id.nullable(),
  dealerCode: z.string(),
  dealerName: z.string(),
  /** The region the dealer belongs to in head office's dealer list; null when it is not listed. */
  dealerRegionCode: z.string().nullable(),
  kind: z.enum(SANCTION_KINDS),
  fromDay: z.string(),
  toDay: z.string().nullable(),
  reason: z.string(),
  /** False while its first day is still ahead. */
  started: z.boolean(),
  /** Whether the dealer list already carries it and a reference bundle has taken it to the offices. */
  sentDown: z.boolean(),
});
export type HqSanction = z.infer<typeof hqSanction>;

/** A dealer an office advised stopping shipments to (建议停止发货) in a month's bundle. */
export const hqStopAdvice = z.object({
  officeCode: z.string(),
  officeName: z.string(),
  /** The office's region. */
  regionCode: z.string(),
  regionName: z.string(),
  /** The month the F10 was owed for. */
  month: z.string(),
  dealerCode: z.string(),
  dealerName: z.string(),
  /** The dealer's region in head office's dealer list; null when it is not listed. */
  dealerRegionCode: z.string().nullable(),
  reason: z.enum(['missing', 'late']),
  /** The day a late F10 came in; null when missing. */
  submittedOn: z.string().nullable(),
  dueOn: z.string(),
  bundleId: id,
});
export type HqStopAdvice = z.infer<typeof hqStopAdvice>;

export const hqChannelOutput = z.object({
  today: z.string(),
  months: z.array(z.string()),
  /** Every region an office sent from or a case names as 疑似来源, by code. */
  regions: z.array(region),
  /**
   * Cases per region and month of 发现日期. A case found in one region with a batch shipped to
   * another counts under both, so a column's regions add up to more than its cases.
   */
  matrix: z.array(
    region.extend({
      cells: z.array(z.object({ month: z.string(), count: z.number().int(), crossRegion: z.number().int() })),
      total: z.number().int(),
    }),
  ),
  /** Distinct cases per month, each counted once. */
  monthTotals: z.array(z.object({ month: z.string(), count: z.number().int() })),
  /** The cases of the months, of the region when one is chosen; newest found first. */
  cases: z.array(hqChannelCase),
  /** The listed cases' fines. */
  fines: z.object({
    count: z.number().int(),
    totalFen: z.number().int(),
    partyFen: z.number().int(),
    supervisorFen: z.number().int(),
  }),
  /** Sanctions not ended today, of the region (the dealer's or the deciding office's) when one is chosen. */
  sanctions: z.array(hqSanction),
  /**
   * 建议停止发货 of the months, from each office's current bundle of the month; of the region (the
   * office's or the dealer's) when one is chosen. Newest month first.
   */
  stopAdvice: z.array(hqStopAdvice),
});
export type HqChannelOutput = z.infer<typeof hqChannelOutput>;

/** What one imported bundle's channel section holds, for the bundle's page. */
export const hqBundleChannel = z.object({
  month: z.string(),
  cases: z.number().int(),
  /** Of them, found with a batch shipped to another region. */
  crossRegion: z.number().int(),
  byStatus: z.array(z.object({ status: z.enum(CASE_STATUSES), count: z.number().int() })),
  fines: z.object({ count: z.number().int(), totalFen: z.number().int() }),
  sanctions: z.array(
    z.object({
      dealerCode: z.string(),
      kind: z.enum(SANCTION_KINDS),
      fromDay: z.string(),
      toDay: z.string().nullable(),
      caseId: id.nullable(),
    }),
  ),
  flows: z.object({ count: z.number().int(), late: z.number().int(), notOk: z.number().int() }),
  /** Dealers under 建议停止发货 as the office saw it at export. */
  stopAdvice: z.number().int(),
});
export type HqBundleChannel = z.infer<typeof hqBundleChannel>;

/** Head office's view of channel control (渠道管控) across the offices' monthly bundles. */
export const headOfficeChannelMethods = onlyIn('headOffice', {
  /**
   * 窜货低价案件: the cases of the current bundles by region and month, a case found in one region
   * with another region's batch under both, their fines, and the sanctions in force.
   */
  'hq.channel': method({ input: hqChannelInput, output: hqChannelOutput, access: ['manager'] }),
  /** 渠道管控 of one imported bundle in figures; null for a bundle without the section. */
  'hq.channel.bundle': method({
    input: z.object({ bundleId: id }).strict(),
    output: hqBundleChannel.nullable(),
    access: ['manager'],
  }),
});
