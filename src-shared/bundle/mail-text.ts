import { BUNDLE_GAP_LABELS, type BundleGap } from './bundle-data';

export interface MailTextInput {
  regionName: string;
  officeName: string;
  phone: string;
  fax: string;
  /** e.g. 2026年11月 */
  monthLabel: string;
  revision: number;
  reportCount: number;
  files: { fileName: string; bytes: number }[];
  sha256: string;
  gaps: Pick<BundleGap, 'authorName' | 'periodLabel' | 'state' | 'note'>[];
}

/**
 * The subject and body of the mail to 销售部: region, month, files, checksum and gaps. The same
 * text is copied to the clipboard and written into the .eml draft.
 */
export function mailText(m: MailTextInput): { subject: string; body: string } {
  const subject = `【${m.regionName}区域】${m.monthLabel}报表数据包(第${m.revision}版)`;
  const lines = [
    '销售部:',
    '',
    `${m.regionName}区域 ${m.officeName} ${m.monthLabel}报表数据包见附件,共 ${m.reportCount} 份报表,${m.files.length} 个文件:`,
    ...m.files.map((f) => `  ${f.fileName}(${Math.ceil(f.bytes / 1024)} KB)`),
    `数据包校验码(SHA-256):${m.sha256}`,
    '',
    m.gaps.length ? `缺报、逾期或未审核 ${m.gaps.length} 项:` : '本月报表齐全,均按时提交。',
    ...m.gaps.map((g) => `  ${g.authorName} ${g.periodLabel} ${BUNDLE_GAP_LABELS[g.state]}:${g.note}`),
    '',
    m.officeName,
    `电话 ${m.phone}  传真 ${m.fax}`,
  ];
  return { subject, body: lines.join('\n') };
}
