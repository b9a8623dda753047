import type { InputOf } from '../../../src-shared/contract';
import { channelMethods, type FlowDetail } from '../../../src-shared/contract/channel';

/** A line of the F10 as the grid holds it: every cell as typed. */
export interface GridLine {
  key: number;
  saleDate: string;
  productCode: string;
  batchNo: string;
  quantity: string;
  buyerName: string;
  buyerRegion: string;
}

/** The grid's columns in the order Enter and Tab walk them. */
export const GRID_COLUMNS = [
  { key: 'saleDate', label: '销售日期', width: 130, placeholder: '日,如 12' },
  { key: 'productCode', label: '产品编码', width: 120 },
  { key: 'batchNo', label: '批号', width: 120 },
  { key: 'quantity', label: '数量', width: 90 },
  { key: 'buyerName', label: '购货单位', width: 240 },
  { key: 'buyerRegion', label: '购货单位所在区域', width: 130 },
] as const;
export type GridColumn = (typeof GRID_COLUMNS)[number]['key'];

/** What the entry page edits: the 收到日期, the 备注 and the lines. */
export interface FlowDraft {
  submittedOn: string;
  note: string;
  lines: GridLine[];
}

let counter = 0;
/** An empty line; the sale date and the buyer's region carry over from the line before. */
export function newLine(from?: GridLine): GridLine {
  counter += 1;
  return {
    key: Date.now() * 1000 + counter,
    saleDate: from?.saleDate ?? '',
    productCode: '',
    batchNo: '',
    quantity: '',
    buyerName: '',
    buyerRegion: from?.buyerRegion ?? '',
  };
}

/** A stored F10 as the grid shows it. */
export function draftOf(flow: FlowDetail): FlowDraft {
  return {
    submittedOn: flow.submittedOn,
    note: flow.note,
    lines: flow.lines.map((l) => ({
      ...newLine(),
      saleDate: l.saleDate,
      productCode: l.productCode,
      batchNo: l.batchNo,
      quantity: String(l.quantity),
      buyerName: l.buyerName,
      buyerRegion: l.buyerRegion,
    })),
  };
}

/** A day typed as just its number (12) or as 11-12 means that day of the F10's month. */
export function completeDay(month: string, typed: string): string {
  const t = typed.trim();
  if (/^\d{1,2}$/.test(t)) return `${month}-${t.padStart(2, '0')}`;
  const md = /^(\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  if (md) return `${month.slice(0, 4)}-${md[1]!.padStart(2, '0')}-${md[2]!.padStart(2, '0')}`;
  return t.replace(/\//g, '-');
}

/** Nothing typed beyond what a new line carries over (the date and the buyer's region). */
const blank = (l: GridLine) =>
  !l.productCode.trim() && !l.batchNo.trim() && !l.quantity.trim() && !l.buyerName.trim();

export type SaveFlowInput = InputOf<'channel.saveFlow'>;

/**
 * The draft as channel.saveFlow takes it, held to the contract's own rules first so each message
 * stands at its cell (`lines.3.quantity`); empty lines are left out.
 */
export function toSaveInput(
  dealerCode: string,
  month: string,
  draft: FlowDraft,
): { input: SaveFlowInput; errors: Record<string, string> } {
  const kept = draft.lines.map((l, i) => ({ l, i })).filter(({ l }) => !blank(l));
  const input: SaveFlowInput & { lines: NonNullable<SaveFlowInput['lines']> } = {
    dealerCode,
    month,
    submittedOn: draft.submittedOn,
    note: draft.note,
    lines: kept.map(({ l }) => ({
      saleDate: completeDay(month, l.saleDate),
      productCode: l.productCode.trim(),
      batchNo: l.batchNo.trim(),
      quantity: l.quantity.trim() === '' ? NaN : Number(l.quantity.replace(/[,,\s]/g, '')),
      buyerName: l.buyerName.trim(),
      buyerRegion: l.buyerRegion.trim(),
    })),
  };
  const errors: Record<string, string> = {};
  const parsed = channelMethods['channel.saveFlow'].input.safeParse(input);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const [head, index, field] = issue.path;
      const path =
        head === 'lines' && typeof index === 'number'
          ? `lines.${kept[index]!.i}.${String(field ?? 'saleDate')}`
          : head === 'lines'
            ? 'lines'
            : String(head);
      errors[path] ??= issue.message;
    }
  kept.forEach(({ l, i }) => {
    if (!l.quantity.trim()) errors[`lines.${i}.quantity`] = '请填写数量';
  });
  input.lines.forEach((l, n) => {
    const path = `lines.${kept[n]!.i}.saleDate`;
    if (!errors[path] && !l.saleDate.startsWith(month)) errors[path] = `销售日期不在 ${month} 内,请核对`;
  });
  return { input, errors };
}

/** Maps the API's field paths (lines.N.x, N among the lines sent) back to the grid's rows. */
export function gridErrors(draft: FlowDraft, fields: Record<string, string>): Record<string, string> {
  const kept = draft.lines.map((l, i) => ({ l, i })).filter(({ l }) => !blank(l));
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const m = /^lines\.(\d+)\.(\w+)$/.exec(path);
    out[m ? `lines.${kept[Number(m[1])]?.i ?? m[1]}.${m[2]}` : path] = message;
  }
  return out;
}

const storageKey = (dealerCode: string, month: string) => `regiondesk.f10-draft.${dealerCode}.${month}`;

/** The draft kept on this PC while it is not saved, or null. */
export function loadLocalDraft(dealerCode: string, month: string): FlowDraft | null {
  try {
    const raw = window.localStorage.getItem(storageKey(dealerCode, month));
    if (!raw) return null;
    const d = JSON.parse(raw) as FlowDraft;
    return { ...d, lines: d.lines.map((l) => ({ ...l, key: newLine().key })) };
  } catch {
    return null;
  }
}

export function saveLocalDraft(dealerCode: string, month: string, draft: FlowDraft): void {
  try {
    window.localStorage.setItem(storageKey(dealerCode, month), JSON.stringify(draft));
  } catch {
    // A full or disabled storage only loses the safety copy; the page still warns before leaving.
  }
}

export function dropLocalDraft(dealerCode: string, month: string): void {
  try {
    window.localStorage.removeItem(storageKey(dealerCode, month));
  } catch {
    // Nothing to remove.
  }
}

/** Two drafts say the same (keys aside). */
export function sameDraft(a: FlowDraft, b: FlowDraft): boolean {
  const plain = (d: FlowDraft) =>
    JSON.stringify({
      ...d,
      lines: d.lines.filter((l) => !blank(l)).map(({ key: _key, ...l }) => l),
    });
  return plain(a) === plain(b);
}
