import type { OutputOf } from '../../../src-shared/contract';
import type { OfficeProfile } from '../../../src-shared/contract';

type Exported = OutputOf<'bundles.export'>;
type Preview = OutputOf<'bundles.preview'>;

const GAP_LABELS = { missing: '缺报', late: '逾期', notApproved: '未审核' } as const;

/** A ready subject and body for the mail to 销售部: region, month, contents and gaps. */
export function mailText(
  office: OfficeProfile,
  preview: Preview,
  exported: Exported,
): { subject: string; body: string } {
  const subject = `【${office.regionName}区域】${preview.monthLabel}报表数据包(第${exported.revision}版)`;
  const lines = [
    '销售部:',
    '',
    `${office.regionName}区域 ${office.officeName} ${preview.monthLabel}报表数据包见附件,共 ${exported.reportCount} 份报表,${exported.files.length} 个文件:`,
    ...exported.files.map((f) => `  ${f.fileName}(${Math.ceil(f.bytes / 1024)} KB)`),
    `数据包校验码(SHA-256):${exported.sha256}`,
    '',
    exported.gaps.length ? `缺报、逾期或未审核 ${exported.gaps.length} 项:` : '本月报表齐全,均按时提交。',
    ...exported.gaps.map((g) => `  ${g.authorName} ${g.periodLabel} ${GAP_LABELS[g.state]}:${g.note}`),
    '',
    `${office.officeName}`,
    `电话 ${office.phone}  传真 ${office.fax}`,
  ];
  return { subject, body: lines.join('\n') };
}
