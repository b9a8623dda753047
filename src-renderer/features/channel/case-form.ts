import type { InputOf } from '../../../src-shared/contract';
import type { ChannelCase } from '../../../src-shared/contract/channel';
import { toFen } from '../../../src-shared/domain/performance/money';

/** What the lookup knew when 登记窜货/低价 was pressed: the registration starts from it. */
export interface CasePrefill {
  productCode: string;
  batchNo: string;
  cartonCode?: string;
  /** 疑似来源 as the lookup found it, shown for reference (the API looks it up again). */
  sourceText?: string;
}

export interface CaseFormValues {
  foundOn: string | null;
  saleDate: string | null;
  place: string;
  productCode: string;
  batchNo: string;
  cartonCode: string;
  quantity: number | string;
  /** 元, as the reporter reads it off the receipt. */
  salePrice: number | string;
  partyId: string | null;
  reporterId: string | null;
  description: string;
}

const CODE = /^[A-Za-z0-9_.\-/]+$/;

export function initialCaseValues(opts: {
  today: string;
  me: number;
  prefill?: CasePrefill | null;
  existing?: ChannelCase | null;
}): CaseFormValues {
  const c = opts.existing;
  if (c)
    return {
      foundOn: c.foundOn,
      saleDate: c.saleDate,
      place: c.place,
      productCode: c.productCode,
      batchNo: c.batchNo,
      cartonCode: c.cartonCode ?? '',
      quantity: c.quantity,
      salePrice: c.salePriceFen / 100,
      partyId: c.partyId === null ? null : String(c.partyId),
      reporterId: String(c.reporterId),
      description: c.description,
    };
  const p = opts.prefill;
  return {
    foundOn: opts.today,
    saleDate: null,
    place: '',
    productCode: p?.productCode ?? '',
    batchNo: p?.batchNo ?? '',
    cartonCode: p?.cartonCode ?? '',
    quantity: '',
    salePrice: '',
    partyId: null,
    reporterId: String(opts.me),
    description: '',
  };
}

const code = (label: string, required: boolean) => (v: string) => {
  const s = v.trim();
  if (!s) return required ? `请填写${label}` : null;
  if (s.length > 40) return `${label}不能超过40个字符`;
  return CODE.test(s) ? null : `${label}只能用字母、数字和 - _ . /`;
};

/** The checks the screen makes at each field before the API checks them again. */
export const validateCase = (today: string) => ({
  foundOn: (v: string | null) => {
    if (!v) return '请填写发现日期';
    return v > today ? '发现日期不能晚于今天' : null;
  },
  saleDate: (v: string | null, all: CaseFormValues) =>
    v && all.foundOn && v > all.foundOn ? '销售日期不能晚于发现日期' : null,
  place: (v: string) =>
    v.trim() ? (v.trim().length > 100 ? '地点不能超过100个字' : null) : '请填写发现地点',
  productCode: code('产品编码', true),
  batchNo: code('批号', true),
  cartonCode: code('箱码', false),
  quantity: (v: number | string) => {
    if (v === '' || v === null) return '请填写数量';
    const n = Number(v);
    if (!Number.isInteger(n)) return '数量须为整数';
    return n < 1 ? '数量至少为1' : null;
  },
  salePrice: (v: number | string) => {
    if (v === '' || v === null) return '请填写售价(元)';
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) return '售价不能为负数';
    return Math.abs(n * 100 - Math.round(n * 100)) > 1e-6 ? '售价最多两位小数(到分)' : null;
  },
  description: (v: string) => (v.length > 1000 ? '情况说明不能超过1000个字' : null),
});

/** The API's input: 元 to 分, empty optional fields left out. */
export function toCaseInput(v: CaseFormValues): InputOf<'channel.register'> {
  return {
    foundOn: v.foundOn!,
    ...(v.saleDate ? { saleDate: v.saleDate } : {}),
    place: v.place.trim(),
    productCode: v.productCode.trim(),
    batchNo: v.batchNo.trim(),
    ...(v.cartonCode.trim() ? { cartonCode: v.cartonCode.trim() } : {}),
    quantity: Number(v.quantity),
    salePriceFen: toFen(Number(v.salePrice)),
    description: v.description.trim(),
    ...(v.partyId ? { partyId: Number(v.partyId) } : {}),
    ...(v.reporterId ? { reporterId: Number(v.reporterId) } : {}),
  };
}

/** The API names fields as the contract does; the form calls 售价 by its 元 field. */
export function formPathOf(apiPath: string): string {
  return apiPath === 'salePriceFen' ? 'salePrice' : apiPath;
}
