import type { Attachment } from '../contract/pipeline';
import type { CaseDetail } from '../contract/channel';
import { CASE_STATUS_LABELS, FINE_ROLE_LABELS, formatFen, SANCTION_LABELS } from '../domain/channel';
import { formatDateTime } from '../domain/deadlines/format-time';
import { channelHeader } from './channel-letterhead';
import type { Letterhead } from './doc-meta';
import type { DocBlock, DocModel } from './doc-model';

/** The case file's title as printed. */
export const CASE_FILE_TITLE = '窜货/低价举报案件档案';

const LOG_KIND_LABELS: Record<string, string> = {
  created: '登记',
  edited: '修改登记内容',
  moved: '状态变更',
  decided: '核实结论',
  evidence: '上传证据',
};

const yuan = (fen: number | null) => (fen === null ? '无规定价' : `${formatFen(fen)} 元`);

function logSummary(kind: string, data: unknown): string {
  const d = (data ?? {}) as Record<string, unknown>;
  const status = (s: unknown) => CASE_STATUS_LABELS[s as keyof typeof CASE_STATUS_LABELS] ?? String(s);
  if (kind === 'moved') return `${status(d.from)} → ${status(d.to)}${d.note ? `:${String(d.note)}` : ''}`;
  if (kind === 'decided') return `${status(d.outcome)}:${String(d.verification ?? '')}`;
  if (kind === 'evidence') return String(d.fileName ?? '');
  if (kind === 'edited') return `修改:${Object.keys(d).join('、')}`;
  return '';
}

const evidenceRow = (a: Attachment) => [[a.fileName], [a.mime], [a.sha256.slice(0, 16)], [a.byName]];

/**
 * The F11 case file (案件档案): the report as registered, the looked-up 规定价 and 疑似来源, the
 * finding, fines and sanctions, the evidence list with each file's hash, and the log with its
 * chain check, so a printed file shows whether the record was tampered with. Portrait A4, 黑体.
 */
export function buildCaseFile(input: {
  letterhead: Letterhead;
  detail: CaseDetail;
  printedAt: string;
}): DocModel {
  const { case: c, fines, sanctions, attachments, log, logProblems } = input.detail;
  const diff = c.listPriceFen !== null && c.belowList ? c.listPriceFen - c.salePriceFen : 0;
  const source = c.sourceDealerCode
    ? `${c.sourceDealerName ?? ''}(${c.sourceDealerCode},${c.sourceRegionCode ?? ''})`
    : c.sourceNote || '未查到';
  const blocks: DocBlock[] = [
    {
      kind: 'fieldGrid',
      columns: 2,
      cells: [
        { label: '案件编号', value: String(c.id) },
        { label: '状态', value: CASE_STATUS_LABELS[c.status] },
        { label: '发现日期', value: c.foundOn },
        { label: '销售日期', value: c.saleDate },
        { label: '地点', value: c.place, span: 3 },
        { label: '产品', value: `${c.productName}(${c.productCode})` },
        { label: '批号', value: c.batchNo },
        { label: '箱码', value: c.cartonCode ?? '' },
        { label: '数量', value: String(c.quantity) },
        { label: '售价', value: yuan(c.salePriceFen) },
        { label: '规定价', value: yuan(c.listPriceFen) },
        { label: '单价差', value: diff > 0 ? `${formatFen(diff)} 元` : '无(未低于规定价)' },
        { label: '疑似来源', value: source },
        { label: '举报人', value: c.reporterName },
        { label: '当事人', value: c.partyName ?? '待查明' },
      ],
    },
    { kind: 'text', label: '情况说明', value: c.description },
    { kind: 'text', label: '核实结果', value: c.verification ?? '' },
    { kind: 'text', label: '处理决定', value: c.decision ?? '' },
    {
      kind: 'table',
      title: c.fineMultiple ? `罚款(单价差 × 数量 × ${c.fineMultiple} 倍)` : '罚款',
      columns: [
        { label: '姓名', width: 2 },
        { label: '身份', width: 2 },
        { label: '计算', width: 4.4 },
        { label: '金额(元)', width: 2.6, numeric: true },
      ],
      rows:
        fines.length === 0
          ? [[['无罚款'], [''], [''], ['']]]
          : fines.map((f) => [
              [f.userName],
              [FINE_ROLE_LABELS[f.role]],
              [`${formatFen(diff)} × ${c.quantity} × ${c.fineMultiple ?? ''}`],
              [formatFen(f.amountFen)],
            ]),
    },
    {
      kind: 'table',
      title: '对经销商的处罚',
      columns: [
        { label: '经销商', width: 4.4 },
        { label: '处罚', width: 2.6 },
        { label: '起止日期', width: 4 },
      ],
      rows:
        sanctions.length === 0
          ? [[['无'], [''], ['']]]
          : sanctions.map((s) => [
              [`${s.dealerName}(${s.dealerCode})`],
              [SANCTION_LABELS[s.kind]],
              [`${s.fromDay} 起${s.toDay ? ` 至 ${s.toDay}` : ''}`],
            ]),
    },
    {
      kind: 'table',
      title: '证据',
      columns: [
        { label: '文件名', width: 4.4 },
        { label: '类型', width: 2.6 },
        { label: 'SHA-256(前16位)', width: 2.6 },
        { label: '上传人', width: 1.4 },
      ],
      rows: attachments.length === 0 ? [[['无'], [''], [''], ['']]] : attachments.map(evidenceRow),
    },
    {
      kind: 'table',
      title: '案件日志',
      columns: [
        { label: '序号', width: 1 },
        { label: '时间', width: 2.6 },
        { label: '经办人', width: 1.4 },
        { label: '事项', width: 4.2 },
        { label: '校验码', width: 1.8 },
      ],
      rows: log.map((e) => [
        [String(e.seq)],
        [formatDateTime(e.at)],
        [e.byName],
        [[LOG_KIND_LABELS[e.kind] ?? e.kind, logSummary(e.kind, e.data)].filter(Boolean).join(':')],
        [e.hash.slice(0, 8)],
      ]),
    },
    {
      kind: 'text',
      label: '日志校验',
      plain: true,
      value:
        logProblems.length === 0
          ? `共 ${log.length} 条记录,逐条校验一致,未发现改动。`
          : `发现问题:${logProblems.join(';')}`,
    },
    {
      kind: 'signatures',
      items: [
        { label: '经办人', value: '' },
        { label: '日期', value: '' },
        { label: '区域经理', value: '' },
        { label: '日期', value: '' },
      ],
    },
  ];
  return {
    orientation: 'portrait',
    header: channelHeader(input.letterhead, CASE_FILE_TITLE),
    title: CASE_FILE_TITLE,
    code: 'F11',
    deadlineText: '',
    blocks,
    footerNote: [`${input.letterhead.officeName} 案件第 ${c.id} 号`, `打印 ${input.printedAt}`].join(' · '),
  };
}
