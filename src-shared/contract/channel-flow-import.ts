import { z } from 'zod';
import { isoDate, text, uploadId } from './common';
import { method, onlyIn } from './define';
import { generatedFile } from './documents';
import { flowDetail } from './channel';

/** The columns of a dealer's 商品流向单 sheet an import reads: one line of the F10 per row. */
export const FLOW_IMPORT_FIELDS = [
  'saleDate',
  'productCode',
  'batchNo',
  'quantity',
  'buyerName',
  'buyerRegion',
] as const;
export type FlowImportField = (typeof FLOW_IMPORT_FIELDS)[number];
export const FLOW_IMPORT_LABELS: Record<FlowImportField, string> = {
  saleDate: '销售日期',
  productCode: '产品编码',
  batchNo: '批号',
  quantity: '数量',
  buyerName: '购货单位',
  buyerRegion: '购货单位所在区域',
};

/** Which header of the sheet holds each column; guessed from the headers when absent. */
export const flowImportMapping = z
  .partialRecord(z.enum(FLOW_IMPORT_FIELDS), z.string().max(100))
  .refine((m) => Object.keys(m).length > 0, '请至少为销售日期选择一列');
export type FlowImportMapping = z.infer<typeof flowImportMapping>;

const month = z.string({ error: '请选择月份' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11');
const dealerCode = text('经销商编码', 40, 1);

/** Whose sheet, for which month, received when, and which column is which. */
export const flowImportInput = z
  .object({
    uploadId,
    dealerCode,
    month,
    submittedOn: isoDate,
    note: text('备注', 500).default(''),
    mapping: flowImportMapping.optional(),
  })
  .strict();

/** What a dealer's sheet holds as F10 lines; a preview stores nothing. */
export const flowImportPreview = z.object({
  fileName: z.string(),
  headers: z.array(z.string()),
  /** The columns used; null when a needed column was not found. */
  mapping: z.record(z.string(), z.string()).nullable(),
  rowCount: z.number().int(),
  /** The first lines as they would be stored (at most 50). */
  rows: z.array(
    z.object({
      row: z.number().int(),
      saleDate: z.string(),
      productCode: z.string(),
      batchNo: z.string(),
      quantity: z.number().int(),
      buyerName: z.string(),
      buyerRegion: z.string(),
    }),
  ),
  /** Every problem with its Excel row (null: the whole file or the form), at most 500. */
  problems: z.array(z.object({ row: z.number().int().nullable(), message: z.string() })),
  problemCount: z.number().int(),
  /** Whether the dealer already has an F10 of the month, which an import replaces. */
  replaces: z.boolean(),
});
export type FlowImportPreview = z.infer<typeof flowImportPreview>;

/** 商品流向单 from the dealer's own Excel, and the month's reconciliation as a workbook. */
export const channelFlowImportMethods = onlyIn('office', {
  /** Reads an uploaded flow sheet and checks every row as channel.saveFlow would; stores nothing. */
  'channel.previewFlowImport': method({
    input: flowImportInput,
    output: flowImportPreview,
    access: ['manager', 'clerk'],
  }),
  /** Saves the sheet as the dealer's F10 of the month only when every row is valid. */
  'channel.importFlow': method({
    input: flowImportInput,
    output: flowDetail,
    access: ['manager', 'clerk'],
  }),
  /** 流向对账: the month's dealers, each F10's batches and lines, and 建议停止发货, as .xlsx. */
  'channel.flowMonthXlsx': method({
    input: z.object({ month }).strict(),
    output: generatedFile,
    access: 'signedIn',
  }),
});
