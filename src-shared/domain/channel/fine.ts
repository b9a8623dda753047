/** The regulation's floor (第2篇 第3条): 销售差价5倍以上. A setting may raise it, never lower it. */
export const MIN_FINE_MULTIPLE = 5;

/** Who pays a fine: the person who sold below the list, and their direct supervisor on the sale date. */
export const FINE_ROLES = ['party', 'supervisor'] as const;
export type FineRole = (typeof FINE_ROLES)[number];
export const FINE_ROLE_LABELS: Record<FineRole, string> = { party: '当事人', supervisor: '直接主管' };

export interface FineInput {
  /** 规定价 per unit, 分. */
  listPriceFen: number;
  /** 售价 per unit, 分. */
  salePriceFen: number;
  quantity: number;
  multiple: number;
}

/** Why a multiple is refused, or null when it may be used. */
export function fineMultipleProblem(multiple: number): string | null {
  if (!Number.isInteger(multiple)) return '罚款倍数须为整数';
  if (multiple < MIN_FINE_MULTIPLE) return `罚款倍数不能低于制度规定的${MIN_FINE_MULTIPLE}倍`;
  if (multiple > 100) return '罚款倍数不能超过100倍';
  return null;
}

/**
 * The fine one person pays (分): (规定价 − 售价) × 数量 × 倍数; 0 when sold at or above the list.
 * Integer inputs only, so the amount is exact; anything else is a caller's bug and throws.
 */
export function fineFen(input: FineInput): number {
  const { listPriceFen, salePriceFen, quantity, multiple } = input;
  for (const [name, v] of Object.entries({ listPriceFen, salePriceFen, quantity, multiple })) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be a non-negative integer`);
  }
  const problem = fineMultipleProblem(multiple);
  if (problem) throw new RangeError(problem);
  if (salePriceFen >= listPriceFen) return 0;
  const amount = (listPriceFen - salePriceFen) * quantity * multiple;
  if (!Number.isSafeInteger(amount)) throw new RangeError('fine exceeds the safe integer range');
  return amount;
}

export interface FineLine {
  userId: number;
  role: FineRole;
  amountFen: number;
}

/**
 * The fines of a confirmed case: the same amount charged separately to the 当事人 and to the
 * direct supervisor. No supervisor (the 当事人 is the regional manager, or nobody held the post)
 * means one line; a supervisor who is the 当事人 is not charged twice.
 */
export function fineLines(input: FineInput & { partyId: number; supervisorId: number | null }): FineLine[] {
  const amountFen = fineFen(input);
  if (amountFen === 0) return [];
  const lines: FineLine[] = [{ userId: input.partyId, role: 'party', amountFen }];
  if (input.supervisorId !== null && input.supervisorId !== input.partyId)
    lines.push({ userId: input.supervisorId, role: 'supervisor', amountFen });
  return lines;
}

/** 分 as 元 with two decimals and thousands separators, for documents (e.g. 1,234.50). */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}
