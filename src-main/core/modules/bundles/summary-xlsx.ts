import { loadExcel } from '../../platform/xlsx-sheet';
import { BUNDLE_GAP_LABELS, type BundleData } from '../../../../src-shared/bundle/bundle-data';
import { FORM_CODES, getForm, headerFields } from '../../../../src-shared/domain/forms';
import { STATUS_LABELS } from '../../../../src-shared/domain/report-status';
import { ROLE_LABELS } from '../../../../src-shared/domain/roles';
import { formatDateTime } from '../../../../src-shared/domain/deadlines/format-time';
import { sheet } from '../../platform/xlsx-sheet';

/** The sheet names head office finds in summary.xlsx. */
export const SUMMARY_SHEETS = {
  punctuality: '报送情况',
  figures: '关键数据',
  reports: '报表清单',
  gaps: '缺报与逾期',
} as const;

const time = (iso: string | null) => (iso ? formatDateTime(iso) : '');
const punctual = (onTime: boolean | null) => (onTime === null ? '' : onTime ? '按时' : '逾期');

/**
 * summary.xlsx for people at head office, read from the bundle's own data so the two always agree:
 * who handed in what and whether on time, each 月工作总结's figures, every report, and the gaps.
 */
export async function buildSummaryXlsx(data: BundleData): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'RegionDesk';
  wb.created = new Date(data.exportedAt);
  wb.modified = new Date(data.exportedAt);
  wb.title = `${data.office.name} ${data.period} 月度报送汇总(第${data.revision}版)`;

  const { people: persons } = data.sections;
  const { reports, gaps: allGaps } = data.sections.reports;
  // 报送情况: one row per person and form that has a report or a gap.
  const rows: (string | number)[][] = [];
  for (const p of persons) {
    for (const code of FORM_CODES) {
      const mine = reports.filter((r) => r.author.id === p.id && r.formCode === code);
      const gaps = allGaps.filter((g) => g.authorId === p.id && g.formCode === code);
      if (mine.length === 0 && gaps.length === 0) continue;
      rows.push([
        p.name,
        ROLE_LABELS[p.role],
        code,
        getForm(code).title,
        mine.length,
        mine.filter((r) => r.onTime === true).length,
        mine.filter((r) => r.onTime === false).length,
        gaps.filter((g) => g.state === 'missing').length,
        gaps.filter((g) => g.state === 'notApproved').length,
      ]);
    }
  }
  sheet(
    wb,
    SUMMARY_SHEETS.punctuality,
    [
      { header: '姓名', width: 10 },
      { header: '角色', width: 10 },
      { header: '表单编号', width: 9 },
      { header: '表单', width: 16 },
      { header: '报送份数', width: 9 },
      { header: '按时', width: 7 },
      { header: '逾期', width: 7 },
      { header: '缺报', width: 7 },
      { header: '待审核', width: 8 },
    ],
    rows,
  );

  // 关键数据: the figures of each report whose form carries the month's sales figures (月工作总结).
  const people = new Map(persons.map((p) => [p.id, p]));
  const figureForms = FORM_CODES.filter((c) => getForm(c).figures);
  for (const code of figureForms) {
    const figures = headerFields(getForm(code)).filter((f) => f.type === 'number' || f.type === 'integer');
    sheet(
      wb,
      figureForms.length === 1 ? SUMMARY_SHEETS.figures : `${SUMMARY_SHEETS.figures}-${code}`,
      [
        { header: '姓名', width: 10 },
        { header: '角色', width: 10 },
        { header: '月份', width: 10 },
        ...figures.map((f) => ({ header: f.unit ? `${f.label}(${f.unit})` : f.label, width: 14 })),
        { header: '按时', width: 7 },
      ],
      reports
        .filter((r) => r.formCode === code)
        .map((r) => {
          const role = people.get(r.author.id)?.role;
          return [
            r.author.name,
            role ? ROLE_LABELS[role] : '',
            r.periodLabel,
            ...figures.map((f) => (typeof r.data[f.key] === 'number' ? (r.data[f.key] as number) : null)),
            punctual(r.onTime),
          ];
        }),
    );
  }

  const fileOf = new Map<number, string>();
  for (const f of data.files) for (const id of f.reportIds) fileOf.set(id, f.path);
  sheet(
    wb,
    SUMMARY_SHEETS.reports,
    [
      { header: '表单编号', width: 9 },
      { header: '表单', width: 16 },
      { header: '姓名', width: 10 },
      { header: '期间', width: 30 },
      { header: '状态', width: 8 },
      { header: '截止时间', width: 17 },
      { header: '提交时间', width: 17 },
      { header: '按时', width: 7 },
      { header: '审核人', width: 10 },
      { header: '审核时间', width: 17 },
      { header: '文件', width: 36 },
    ],
    reports.map((r) => [
      r.formCode,
      getForm(r.formCode).title,
      r.author.name,
      r.periodLabel,
      STATUS_LABELS[r.status],
      time(r.dueAt),
      time(r.submittedAt),
      punctual(r.onTime),
      r.reviewer?.name ?? '',
      time(r.reviewedAt),
      fileOf.get(r.id) ?? '',
    ]),
  );

  sheet(
    wb,
    SUMMARY_SHEETS.gaps,
    [
      { header: '表单编号', width: 9 },
      { header: '表单', width: 16 },
      { header: '姓名', width: 10 },
      { header: '期间', width: 30 },
      { header: '情况', width: 8 },
      { header: '说明', width: 60 },
    ],
    allGaps.map((g) => [
      g.formCode,
      getForm(g.formCode).title,
      g.authorName,
      g.periodLabel,
      BUNDLE_GAP_LABELS[g.state],
      g.note,
    ]),
  );

  return Buffer.from(await wb.xlsx.writeBuffer());
}
