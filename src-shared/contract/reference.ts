import { z } from 'zod';
import { empty, isoDate, text, uploadId } from './common';
import { type MethodDef, method, onlyIn } from './define';
import { generatedFile } from './documents';

export const AGREEMENT_STATUSES = ['active', 'suspended', 'terminated'] as const;
export const AGREEMENT_STATUS_LABELS = { active: '正常', suspended: '暂停', terminated: '已终止' } as const;

/** A code as stamped, scanned or typed: full-width characters (a Chinese IME) read as ASCII. */
const codeText = (label: string, max = 40) =>
  z
    .string({ error: `${label}须为文字` })
    .transform((s) => s.normalize('NFKC').trim())
    .pipe(
      z
        .string()
        .min(1, `请填写${label}`)
        .max(max, `${label}不能超过${max}个字符`)
        .regex(/^[A-Za-z0-9_./-]+$/, `${label}只能用字母、数字和 _ . / -`),
    );

export const refProduct = z
  .object({
    code: codeText('产品编码'),
    name: text('产品名称', 100, 1),
    spec: text('规格', 100).default(''),
    unit: text('单位', 10).default(''),
  })
  .strict();
export type RefProduct = z.infer<typeof refProduct>;

/** A 规定价 from a date on, in 分. */
export const refPrice = z
  .object({
    productCode: codeText('产品编码'),
    effectiveFrom: isoDate,
    priceFen: z
      .number({ error: '规定价须为数字' })
      .int('规定价以分为单位,须为整数')
      .positive('规定价须大于0')
      .max(100_000_000, '规定价过大,请核对单位是否为分'),
  })
  .strict();
export type RefPrice = z.infer<typeof refPrice>;

const shipmentStop = z
  .object({ from: isoDate, reason: text('停止发货原因', 200, 2) })
  .strict()
  .nullable();

export const refDealer = z
  .object({
    code: codeText('经销商编码'),
    name: text('经销商名称', 100, 1),
    regionCode: codeText('区域编码', 20),
    agreementNo: text('协议编号', 50).default(''),
    agreementStatus: z.enum(AGREEMENT_STATUSES, { error: '协议状态须为 正常、暂停 或 已终止' }),
    /** Its normal trade radiates beyond its area: it owes a monthly 商品流向单 (F10). */
    radiates: z.boolean({ error: '请选择是否辐射经营' }).default(false),
    /** 停止发货 from a date, with the reason; null while shipments go on. */
    shipmentStop: shipmentStop.default(null),
  })
  .strict();
export type RefDealer = z.infer<typeof refDealer>;

const withSeq = { seq: z.number().int() };

/** The columns of a shipment sheet (发货明细) an import reads. */
export const SHIPMENT_FIELDS = [
  'docNo',
  'lineNo',
  'shipDate',
  'dealerCode',
  'regionCode',
  'productCode',
  'batchNo',
  'cartonFrom',
  'cartonTo',
  'quantity',
  'unitPrice',
] as const;
export type ShipmentField = (typeof SHIPMENT_FIELDS)[number];
export const SHIPMENT_FIELD_LABELS: Record<ShipmentField, string> = {
  docNo: '发货单号',
  lineNo: '行号',
  shipDate: '发货日期',
  dealerCode: '经销商编码',
  regionCode: '区域编码',
  productCode: '产品编码',
  batchNo: '批号',
  cartonFrom: '起始箱码',
  cartonTo: '结束箱码',
  quantity: '数量',
  unitPrice: '单价(元)',
};

/** A shipment line typed in at head office; the checks are the import's, so fields stay loose here. */
export const shipmentEntry = z
  .object({
    docNo: z.string().max(64, '发货单号不能超过64个字符'),
    lineNo: z.number().int('行号须为整数').positive('行号须大于0').max(9999, '行号过大').optional(),
    shipDate: z.string().max(20),
    dealerCode: z.string().max(64),
    regionCode: z.string().max(64).default(''),
    productCode: z.string().max(64),
    batchNo: z.string().max(64),
    cartonFrom: z.string().max(64),
    cartonTo: z.string().max(64),
    quantity: z.number({ error: '数量须为数字' }),
    /** 元, as on the 发货单. */
    unitPrice: z.number({ error: '单价须为数字' }),
  })
  .strict();
/** A stored shipment line as the screens show it. */
const shipmentLineShape = {
  docNo: z.string(),
  lineNo: z.number().int(),
  shipDate: z.string(),
  dealerCode: z.string(),
  regionCode: z.string(),
  productCode: z.string(),
  batchNo: z.string(),
  cartonFrom: z.string(),
  cartonTo: z.string(),
  quantity: z.number().int(),
  unitPriceFen: z.number().int(),
};
export const shipmentLine = z.object({ ...shipmentLineShape, seq: z.number().int() });

/** Which header of the sheet holds each column; the headers are guessed from when absent. */
export const shipmentMapping = z
  .partialRecord(z.enum(SHIPMENT_FIELDS), z.string().max(100))
  .refine((m) => Object.keys(m).length > 0, '请至少为发货单号选择一列');

const problem = z.object({ row: z.number().int().nullable(), message: z.string() });
const action = z.enum(['new', 'update', 'same']);

/** What a sheet of reference data holds and what importing it would do; a preview stores nothing. */
const importPreview = <R extends z.ZodRawShape>(row: R) =>
  z.object({
    fileName: z.string(),
    headers: z.array(z.string()),
    /** The columns used; null when a needed column was not found. */
    mapping: z.record(z.string(), z.string()).nullable(),
    rowCount: z.number().int(),
    /** The first rows as they would be stored (at most 50). */
    rows: z.array(z.object({ row: z.number().int(), ...row, action })),
    /** Every problem with its Excel row (null: the whole file), at most 500. */
    problems: z.array(problem),
    problemCount: z.number().int(),
    newCount: z.number().int(),
    updateCount: z.number().int(),
    /** Rows already on file exactly as the sheet has them: left as they are. */
    sameCount: z.number().int(),
    /** Set by the import: how many rows were written, and the change number they carry. */
    imported: z.number().int().nullable(),
    seq: z.number().int().nullable(),
  });

export const shipmentImportPreview = importPreview(shipmentLineShape);
export type ShipmentImportPreview = z.infer<typeof shipmentImportPreview>;

/** The columns of a product list (产品目录) and of a dealer list (经销商名录) an import reads. */
export const PRODUCT_FIELD_LABELS = {
  code: '产品编码',
  name: '产品名称',
  spec: '规格',
  unit: '单位',
} as const;
export const DEALER_FIELD_LABELS = {
  code: '经销商编码',
  name: '经销商名称',
  regionCode: '区域编码',
  agreementNo: '协议编号',
  agreementStatus: '协议状态',
  radiates: '辐射经营',
  stopFrom: '停止发货日期',
  stopReason: '停止发货原因',
} as const;
export type ProductField = keyof typeof PRODUCT_FIELD_LABELS;
export type DealerField = keyof typeof DEALER_FIELD_LABELS;
const mappingOf = <K extends string>(labels: Record<K, string>) =>
  z
    .partialRecord(z.enum(Object.keys(labels) as [K, ...K[]]), z.string().max(100))
    .refine((m) => Object.keys(m).length > 0, '请至少为编码选择一列');
export const productMapping = mappingOf(PRODUCT_FIELD_LABELS);
export const dealerMapping = mappingOf(DEALER_FIELD_LABELS);

export const productImportPreview = importPreview(refProduct.shape);
export type ProductImportPreview = z.infer<typeof productImportPreview>;
export const dealerImportPreview = importPreview({
  ...refDealer.shape,
  radiates: z.boolean(),
  shipmentStop: z.object({ from: z.string(), reason: z.string() }).nullable(),
});
export type DealerImportPreview = z.infer<typeof dealerImportPreview>;

/** One shipment line a 批号 or 箱码 leads to, with what channel control needs to judge it. */
export const lookupMatch = z.object({
  matchedBy: z.enum(['batch', 'carton']),
  docNo: z.string(),
  lineNo: z.number().int(),
  shipDate: z.string(),
  batchNo: z.string(),
  cartonFrom: z.string(),
  cartonTo: z.string(),
  quantity: z.number().int(),
  unitPriceFen: z.number().int(),
  regionCode: z.string(),
  /** Shipped to another region than this office's: a sign of 窜货. Never set at head office. */
  otherRegion: z.boolean(),
  product: z.object({ code: z.string(), name: z.string(), spec: z.string() }),
  dealer: z.object({
    code: z.string(),
    name: z.string(),
    agreementStatus: z.enum([...AGREEMENT_STATUSES, 'unknown']),
    shipmentStop: z.object({ from: z.string(), reason: z.string() }).nullable(),
  }),
  /** The 规定价 on the ship date (分); null when the price list has none. */
  listPriceFen: z.number().int().nullable(),
});
export const lookupResult = z.object({
  code: z.string(),
  unknown: z.boolean(),
  matches: z.array(lookupMatch),
  /** More lines carry the 批号 than are shown. */
  more: z.boolean(),
});
export type LookupResult = z.infer<typeof lookupResult>;

/** Head office keeps the reference data; offices receive it in reference bundles. */
const editingMethods = onlyIn('headOffice', {
  'reference.products': method({
    input: empty,
    output: z.array(refProduct.extend(withSeq)),
    access: ['manager'],
  }),
  /** Adds a product, or updates the one with the same code. */
  'reference.saveProduct': method({
    input: refProduct,
    output: refProduct.extend(withSeq),
    access: ['manager'],
  }),
  /** The price list: every 规定价 of one product, or of all, newest first. */
  'reference.prices': method({
    input: z.object({ productCode: codeText('产品编码').optional() }).strict(),
    output: z.array(refPrice.extend(withSeq)),
    access: ['manager'],
  }),
  /** Sets a product's 规定价 from a date on (the same date again replaces it). */
  'reference.savePrice': method({
    input: refPrice,
    output: refPrice.extend(withSeq),
    access: ['manager'],
  }),
  'reference.dealers': method({
    input: z
      .object({
        regionCode: codeText('区域编码', 20).optional(),
        query: z.string().trim().max(100, '搜索词不能超过100个字').default(''),
      })
      .strict(),
    output: z.array(refDealer.extend(withSeq)),
    access: ['manager'],
  }),
  /** Adds a dealer, or updates the one with the same code. */
  'reference.saveDealer': method({
    input: refDealer,
    output: refDealer.extend(withSeq),
    access: ['manager'],
  }),
  /** Reads an uploaded 产品目录 and says what importing it would do; stores nothing. */
  'reference.previewProducts': method({
    input: z.object({ uploadId, mapping: productMapping.optional() }).strict(),
    output: productImportPreview,
    access: ['manager'],
  }),
  /** Imports the product list only when every row is valid, under one change number. */
  'reference.importProducts': method({
    input: z.object({ uploadId, mapping: productMapping.optional() }).strict(),
    output: productImportPreview,
    access: ['manager'],
  }),
  'reference.previewDealers': method({
    input: z.object({ uploadId, mapping: dealerMapping.optional() }).strict(),
    output: dealerImportPreview,
    access: ['manager'],
  }),
  /** Imports the dealer list only when every row is valid, under one change number. */
  'reference.importDealers': method({
    input: z.object({ uploadId, mapping: dealerMapping.optional() }).strict(),
    output: dealerImportPreview,
    access: ['manager'],
  }),
  /** Reads an uploaded 发货明细 sheet and says what importing it would do; stores nothing. */
  'reference.previewShipments': method({
    input: z.object({ uploadId, mapping: shipmentMapping.optional() }).strict(),
    output: shipmentImportPreview,
    access: ['manager'],
  }),
  /** Imports the sheet only when every row is valid, in one transaction under one change number. */
  'reference.importShipments': method({
    input: z.object({ uploadId, mapping: shipmentMapping.optional() }).strict(),
    output: shipmentImportPreview,
    access: ['manager'],
  }),
  /**
   * One shipment line entered by hand (a late 发货单 not yet in the ERP export), checked exactly as
   * an imported row; the same document and line number again corrects it.
   */
  'reference.saveShipment': method({
    input: shipmentEntry,
    output: shipmentLine,
    access: ['manager'],
  }),
  /** 产品目录 or 经销商名录 as Excel, with the import's own column names so it reads back in. */
  'reference.exportCatalog': method({
    input: z
      .object({ list: z.enum(['products', 'dealers'], { error: '请选择导出产品目录或经销商名录' }) })
      .strict(),
    output: generatedFile,
    access: ['manager'],
  }),
});

/** 参考数据 (channel control's reference data): products, price list, dealers, shipments, lookup. */
export const referenceMethods = {
  ...editingMethods,
  /** 批号/箱码查询: the shipment a code on a carton comes from, from any office or head office. */
  'reference.lookup': method({
    input: z
      .object({
        code: z
          .string({ error: '请输入批号或箱码' })
          .transform((s) => s.normalize('NFKC').trim())
          .pipe(z.string().min(1, '请输入批号或箱码').max(64, '批号或箱码不能超过64个字符')),
      })
      .strict(),
    output: lookupResult,
    access: 'signedIn',
    mode: 'any',
  }),
} satisfies Record<string, MethodDef>;
