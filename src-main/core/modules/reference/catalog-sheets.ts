import type { z } from 'zod';
import {
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  DEALER_FIELD_LABELS,
  type DealerField,
  PRODUCT_FIELD_LABELS,
  type ProductField,
  type RefDealer,
  refDealer,
  type RefProduct,
  refProduct,
} from '../../../../src-shared/contract/reference';
import type { Cell, ReadSheet, SheetProblem, SheetSpec } from './sheet-reader';
import { readDay } from './shipment-sheet';

/** The most rows a product or dealer list takes at once; a company has a few thousand of either. */
const MAX_CATALOG_ROWS = 10_000;

export const PRODUCT_SHEET: SheetSpec<ProductField> = {
  fields: Object.keys(PRODUCT_FIELD_LABELS) as ProductField[],
  labels: PRODUCT_FIELD_LABELS,
  synonyms: {
    code: ['物料编码', '商品编码', '产品代码', '存货编码'],
    name: ['品名', '商品名称', '物料名称', '存货名称'],
    spec: ['规格型号', '包装规格'],
    unit: ['计量单位', '单位名称'],
  },
  required: ['code', 'name'],
  maxRows: MAX_CATALOG_ROWS,
  noun: '产品目录',
};

export const DEALER_SHEET: SheetSpec<DealerField> = {
  fields: Object.keys(DEALER_FIELD_LABELS) as DealerField[],
  labels: DEALER_FIELD_LABELS,
  synonyms: {
    code: ['客户编码', '经销商代码', '客户代码'],
    name: ['客户名称', '经销商', '单位名称'],
    regionCode: ['区域', '区域代码', '销售区域'],
    agreementNo: ['协议号', '合同编号'],
    agreementStatus: ['状态', '协议状况'],
    radiates: ['是否辐射', '辐射'],
    stopFrom: ['停止发货', '停货日期'],
    stopReason: ['停货原因'],
  },
  required: ['code', 'name', 'regionCode'],
  maxRows: MAX_CATALOG_ROWS,
  noun: '经销商名录',
};

const text = (c: Cell | undefined) =>
  c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c);

/** Each row through the API's own schema, so a row is refused for what a typed entry would be. */
function checkRows<F extends string, T extends { code: string }>(
  read: ReadSheet<F>,
  toInput: (cells: Partial<Record<F, Cell>>, say: (m: string) => void) => unknown,
  schema: z.ZodType<T>,
): { items: (T & { row: number })[]; problems: SheetProblem[] } {
  const problems: SheetProblem[] = [...read.problems];
  const items: (T & { row: number })[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of read.rows) {
    const before = problems.length;
    const say = (message: string) => problems.push({ row, message: `第 ${row} 行:${message}` });
    const parsed = schema.safeParse(toInput(cells, say));
    if (!parsed.success) for (const issue of parsed.error.issues) say(`${issue.message}。`);
    if (problems.length > before || !parsed.success) continue;
    const first = seen.get(parsed.data.code);
    if (first !== undefined) {
      say(`编码 ${parsed.data.code} 与第 ${first} 行重复。`);
      continue;
    }
    seen.set(parsed.data.code, row);
    items.push({ ...parsed.data, row });
  }
  return { items, problems };
}

export function checkProductRows(read: ReadSheet<ProductField>) {
  return checkRows<ProductField, RefProduct>(
    read,
    (c) => ({ code: text(c.code), name: text(c.name), spec: text(c.spec), unit: text(c.unit) }),
    refProduct,
  );
}

const STATUS_WORDS: Record<string, (typeof AGREEMENT_STATUSES)[number]> = Object.fromEntries(
  AGREEMENT_STATUSES.flatMap((s) => [
    [s, s],
    [AGREEMENT_STATUS_LABELS[s], s],
  ]),
);
const YES = ['是', 'Y', 'y', '1', '√'];
const NO = ['否', 'N', 'n', '0', ''];

export function checkDealerRows(read: ReadSheet<DealerField>) {
  return checkRows<DealerField, RefDealer>(
    read,
    (c, say) => {
      const status = text(c.agreementStatus);
      const radiates = text(c.radiates);
      if (!YES.includes(radiates) && !NO.includes(radiates)) say(`辐射经营“${radiates}”应为 是 或 否。`);
      const stopFrom = text(c.stopFrom);
      const stopDay = stopFrom ? readDay(c.stopFrom ?? null) : null;
      if (stopFrom && !stopDay) say(`停止发货日期“${stopFrom}”无法识别,请写成 2026-11-03。`);
      const stopReason = text(c.stopReason);
      if (!stopFrom && stopReason) say('填写了停止发货原因,请同时填写停止发货日期。');
      return {
        code: text(c.code),
        name: text(c.name),
        regionCode: text(c.regionCode),
        agreementNo: text(c.agreementNo),
        agreementStatus: status ? (STATUS_WORDS[status] ?? status) : 'active',
        radiates: YES.includes(radiates),
        shipmentStop: stopDay ? { from: stopDay, reason: stopReason } : null,
      };
    },
    refDealer,
  );
}
