import { z } from 'zod';
import { CASE_STATUSES, FINE_ROLES, MIN_FINE_MULTIPLE, SANCTION_KINDS } from '../domain/channel';
import { empty, id, isoDate, text, uploadId } from './common';
import { docModel, generatedFile } from './documents';
import { method, onlyIn } from './define';
import { attachment } from './pipeline';

const month = z.string({ error: '请填写月份' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11');
const code = (label: string) =>
  text(label, 40, 1).regex(/^[A-Za-z0-9_.\-/]+$/, `${label}只能用字母、数字和 - _ . /`);
const fen = (label: string) =>
  z
    .number({ error: `${label}须为数字(单位:分)` })
    .int(`${label}须为整数分`)
    .min(0, `${label}不能为负数`)
    .max(100_000_000_00, `${label}过大,请核对`);
const quantity = z
  .number({ error: '数量须为数字' })
  .int('数量须为整数')
  .min(1, '数量至少为1')
  .max(10_000_000, '数量过大,请核对');

export const channelSettings = z
  .object({
    /** 罚款倍数: the regulation's 5倍以上. */
    fineMultiple: z
      .number({ error: '罚款倍数须为数字' })
      .int('罚款倍数须为整数')
      .min(MIN_FINE_MULTIPLE, `罚款倍数不能低于制度规定的${MIN_FINE_MULTIPLE}倍`)
      .max(100, '罚款倍数不能超过100倍'),
    /** 商品流向单 due by this day of the next month. */
    f10DueDay: z
      .number({ error: '流向单截止日须为数字' })
      .int('流向单截止日须为整数')
      .min(1, '流向单截止日须在1日到28日之间')
      .max(28, '流向单截止日须在1日到28日之间'),
  })
  .strict();
export type ChannelSettings = z.infer<typeof channelSettings>;

/** What a reporter fills in on an F11; the 规定价 and 疑似来源 are looked up, never typed. */
export const caseFields = z
  .object({
    foundOn: isoDate,
    /** The day sold at 售价; the 发现日期 when left out. */
    saleDate: isoDate.optional(),
    place: text('地点', 100, 1),
    productCode: code('产品编码'),
    batchNo: code('批号'),
    cartonCode: code('箱码').optional(),
    quantity,
    salePriceFen: fen('售价'),
    description: text('情况说明', 1000).default(''),
    /** 当事人, when known. */
    partyId: id.optional(),
    /** 举报人: the caller when left out (a clerk enters a rep's report). */
    reporterId: id.optional(),
  })
  .strict();

const logEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  byName: z.string(),
  kind: z.string(),
  data: z.unknown(),
  hash: z.string(),
});

export const fine = z.object({
  id,
  caseId: id,
  userId: id,
  userName: z.string(),
  role: z.enum(FINE_ROLES),
  amountFen: z.number().int(),
  month: z.string(),
});
export type Fine = z.infer<typeof fine>;

export const sanction = z.object({
  id,
  caseId: id.nullable(),
  dealerCode: z.string(),
  dealerName: z.string(),
  kind: z.enum(SANCTION_KINDS),
  fromDay: z.string(),
  toDay: z.string().nullable(),
  reason: z.string(),
});
export type Sanction = z.infer<typeof sanction>;

export const channelCase = z.object({
  id,
  foundOn: z.string(),
  saleDate: z.string(),
  place: z.string(),
  productCode: z.string(),
  productName: z.string(),
  batchNo: z.string(),
  cartonCode: z.string().nullable(),
  quantity: z.number().int(),
  salePriceFen: z.number().int(),
  listPriceFen: z.number().int().nullable(),
  belowList: z.boolean(),
  sourceDealerCode: z.string().nullable(),
  sourceDealerName: z.string().nullable(),
  sourceRegionCode: z.string().nullable(),
  sourceNote: z.string(),
  description: z.string(),
  reporterId: id,
  reporterName: z.string(),
  partyId: id.nullable(),
  partyName: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  verification: z.string().nullable(),
  decision: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedOn: z.string().nullable(),
  fineMultiple: z.number().int().nullable(),
});
export type ChannelCase = z.infer<typeof channelCase>;

export const caseDetail = z.object({
  case: channelCase,
  log: z.array(logEntry),
  /** Problems the hash chain shows (an edited, deleted or reordered entry); empty when intact. */
  logProblems: z.array(z.string()),
  attachments: z.array(attachment),
  fines: z.array(fine),
  sanctions: z.array(sanction),
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const productPrice = z.object({
  product: z.object({ code: z.string(), name: z.string(), spec: z.string(), unit: z.string() }).nullable(),
  /** 分; null when the price list has no 规定价 for that day. */
  listPriceFen: z.number().int().nullable(),
});
export type ProductPrice = z.infer<typeof productPrice>;

export const finePreview = z.object({
  multiple: z.number().int(),
  listPriceFen: z.number().int().nullable(),
  belowList: z.boolean(),
  /** Empty when nothing would be fined (at or above the list, or no 当事人 yet). */
  lines: z.array(
    z.object({ role: z.enum(FINE_ROLES), userId: id, userName: z.string(), amountFen: z.number().int() }),
  ),
  /** Why a line is missing, e.g. no supervisor held the post on the sale date; empty when none. */
  note: z.string(),
});
export type FinePreview = z.infer<typeof finePreview>;

const flowLineIn = z
  .object({
    saleDate: isoDate,
    productCode: code('产品编码'),
    batchNo: code('批号'),
    quantity,
    buyerName: text('购货单位', 100, 1),
    buyerRegion: code('购货单位所在区域'),
  })
  .strict();

export const flowDetail = z.object({
  id,
  dealerCode: z.string(),
  dealerName: z.string(),
  dealerRegion: z.string(),
  month: z.string(),
  submittedOn: z.string(),
  due: z.string(),
  onTime: z.boolean(),
  note: z.string(),
  lines: z.array(flowLineIn.extend({ lineNo: z.number().int(), outOfRegion: z.boolean() })),
  batches: z.array(
    z.object({
      productCode: z.string(),
      batchNo: z.string(),
      shipped: z.number().int(),
      flowed: z.number().int(),
      over: z.boolean(),
      unknown: z.boolean(),
    }),
  ),
  ok: z.boolean(),
});
export type FlowDetail = z.infer<typeof flowDetail>;

export const flowMonth = z.object({
  month: z.string(),
  due: z.string(),
  dealers: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      radiates: z.boolean(),
      submittedOn: z.string().nullable(),
      state: z.enum(['on_time', 'late', 'missing', 'not_due']),
      ok: z.boolean().nullable(),
    }),
  ),
  /** 建议停止发货: radiating dealers whose F10 is missing after the due day, or came late. */
  stopAdvice: z.array(
    z.object({ code: z.string(), name: z.string(), state: z.enum(['late', 'missing']), reason: z.string() }),
  ),
});

const sanctionIn = z
  .object({
    dealerCode: code('经销商编码'),
    kind: z.enum(SANCTION_KINDS, { error: '处罚方式须为 停止发货、终止协议 或 取消经销资格' }),
    fromDay: isoDate,
    toDay: isoDate.optional(),
  })
  .strict()
  .refine((s) => s.toDay === undefined || s.toDay >= s.fromDay, {
    error: '处罚结束日期不能早于开始日期',
    path: ['toDay'],
  });

/** 渠道管控: 商品流向单 (F10), 窜货/低价举报 (F11) and their case file, fines and sanctions. */
export const channelMethods = onlyIn('office', {
  'channel.settings': method({ input: empty, output: channelSettings, access: 'signedIn' }),
  'channel.updateSettings': method({ input: channelSettings, output: channelSettings, access: ['manager'] }),
  'channel.cases': method({
    input: z
      .object({ status: z.enum([...CASE_STATUSES, 'all']).default('all'), month: month.optional() })
      .strict(),
    output: z.array(channelCase),
    access: 'signedIn',
  }),
  'channel.case': method({ input: z.object({ id }).strict(), output: caseDetail, access: 'signedIn' }),
  /** Registers an F11: the 规定价 of the sale date and the 疑似来源 of the batch are looked up. */
  'channel.register': method({ input: caseFields, output: caseDetail, access: ['rep', 'manager', 'clerk'] }),
  /** Corrects the facts while the case is 登记 or 核实中; the reporter or the manager. */
  'channel.edit': method({
    input: caseFields.extend({ id }).strict(),
    output: caseDetail,
    access: ['rep', 'manager', 'clerk'],
  }),
  /** 登记 → 核实中, and 成立/不成立 → 已处理; the manager. */
  'channel.move': method({
    input: z
      .object({ id, to: z.enum(['verifying', 'closed']), note: text('说明', 500).default('') })
      .strict(),
    output: caseDetail,
    access: ['manager'],
  }),
  /** The manager's finding: 成立 (with fines computed and sanctions) or 不成立. */
  'channel.decide': method({
    input: z
      .object({
        id,
        outcome: z.enum(['confirmed', 'rejected'], { error: '核实结果须为 成立 或 不成立' }),
        verification: text('核实结果', 1000, 2),
        decision: text('处理决定', 1000).default(''),
        partyId: id.optional(),
        sanctions: z.array(sanctionIn).max(10, '处罚最多10项').default([]),
      })
      .strict(),
    output: caseDetail,
    access: ['manager'],
  }),
  /** 规定价 of a product on a day, and the product as listed, while an F11 is being filled in. */
  'channel.priceOn': method({
    input: z.object({ productCode: code('产品编码'), day: isoDate }).strict(),
    output: productPrice,
    access: 'signedIn',
  }),
  /** The fines a 成立 finding would charge now: 当事人 and the supervisor on the sale date. */
  'channel.finePreview': method({
    input: z.object({ id, partyId: id.optional() }).strict(),
    output: finePreview,
    access: ['manager'],
  }),
  'channel.attach': method({
    input: z.object({ id, uploadId }).strict(),
    output: attachment,
    access: ['rep', 'manager', 'clerk'],
  }),
  'channel.attachment': method({
    input: z.object({ attachmentId: id }).strict(),
    output: generatedFile,
    access: 'signedIn',
  }),
  /** Enters (or replaces) a dealer's 商品流向单 of a month and reconciles it with the shipments. */
  'channel.saveFlow': method({
    input: z
      .object({
        dealerCode: code('经销商编码'),
        month,
        submittedOn: isoDate,
        note: text('备注', 500).default(''),
        lines: z.array(flowLineIn).min(1, '流向单至少一行').max(500, '流向单最多500行'),
      })
      .strict(),
    output: flowDetail,
    access: ['manager', 'clerk'],
  }),
  'channel.flow': method({
    input: z.object({ dealerCode: code('经销商编码'), month }).strict(),
    output: flowDetail,
    access: 'signedIn',
  }),
  /** The month's F10s per dealer of the region, and the 建议停止发货 list. */
  'channel.flowMonth': method({ input: z.object({ month }).strict(), output: flowMonth, access: 'signedIn' }),
  'channel.caseFile': method({ input: z.object({ id }).strict(), output: docModel, access: 'signedIn' }),
  'channel.caseFileDocx': method({
    input: z.object({ id }).strict(),
    output: generatedFile,
    access: 'signedIn',
  }),
  /** The 罚款通知单 of one fine. */
  'channel.fineNoticeDocx': method({
    input: z.object({ fineId: id }).strict(),
    output: generatedFile,
    access: ['manager'],
  }),
  /** The 商品流向单 (F10) of a dealer and month as printed, for the print preview. */
  'channel.flowSheet': method({
    input: z.object({ dealerCode: code('经销商编码'), month }).strict(),
    output: docModel,
    access: 'signedIn',
  }),
  'channel.flowSheetDocx': method({
    input: z.object({ dealerCode: code('经销商编码'), month }).strict(),
    output: generatedFile,
    access: 'signedIn',
  }),
});
