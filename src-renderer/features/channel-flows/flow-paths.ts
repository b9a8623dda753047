import { officeToday } from '../../app/format';

/** Where the pages of 商品流向单 live. */
export const FLOW_PATHS = {
  month: (month?: string) => (month ? `/channel/flows?month=${month}` : '/channel/flows'),
  entry: (dealerCode: string, month: string) => `/channel/flows/${encodeURIComponent(dealerCode)}/${month}`,
  import: (month: string, dealerCode?: string) =>
    `/channel/flows/import?${new URLSearchParams({ month, ...(dealerCode ? { dealer: dealerCode } : {}) }).toString()}`,
  settings: '/channel/settings',
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month a clerk is usually working on: last month, whose F10s come in now. */
export function defaultFlowMonth(today = officeToday()): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** A month from the address, or last month when it is missing or malformed. */
export function monthParam(value: string | null | undefined): string {
  return value && MONTH.test(value) ? value : defaultFlowMonth();
}

/** 2026-11 → 2026年11月. */
export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}
