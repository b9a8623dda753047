import { AGREEMENT_STATUS_LABELS } from '../../../src-shared/contract/reference';
import { CASE_STATUS_LABELS, type CaseStatus, formatFen } from '../../../src-shared/domain/channel';

export { CASE_STATUS_LABELS };

/** The badge colour of each status: open cases stand out, finished ones recede. */
export const CASE_STATUS_COLORS: Record<CaseStatus, string> = {
  registered: 'blue',
  verifying: 'orange',
  confirmed: 'red',
  rejected: 'gray',
  closed: 'teal',
};

/** 分 as 元 for the screens, e.g. 1,234.50 元. */
export const yuanText = (fen: number | null | undefined): string =>
  fen === null || fen === undefined ? '—' : `${formatFen(fen)} 元`;

/** A dealer's agreement as head office lists it; null when it is in force. */
export function agreementProblem(status: string): string | null {
  if (status === 'active') return null;
  if (status === 'unknown') return '协议状态未知';
  return `协议${AGREEMENT_STATUS_LABELS[status as keyof typeof AGREEMENT_STATUS_LABELS] ?? status}`;
}

/** What a log entry's kind means to a reader of the case. */
export const LOG_KIND_LABELS: Record<string, string> = {
  created: '登记',
  edited: '修改登记内容',
  moved: '状态变更',
  decided: '核实结论',
  evidence: '上传证据',
};
