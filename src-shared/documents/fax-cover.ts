import { type DocBlock, type DocModel, TOTAL_PAGES_MARK } from './doc-model';

/** What a fax cover sheet (传真封面) prints. */
export interface FaxCoverInput {
  company: string;
  officeName: string;
  regionName: string;
  officeFax: string;
  officePhone: string;
  /** 收件方 */
  to: string;
  /** The recipient's fax number (传真号). */
  toFax: string;
  /** 发件方 */
  from: string;
  /** 日期, as printed. */
  date: string;
  /** 页数: pages sent, this cover included; 'document' prints the Word file's own page count. */
  pages: number | 'document';
  /** 事由 */
  subject: string;
  documents: { title: string; pages?: number }[];
  note?: string;
}

/** The cover sheet's title. */
export const FAX_COVER_TITLE = '传真封面';

/** Ruled rows of the document list left for handwriting when nothing is listed. */
const BLANK_DOCUMENT_ROWS = 3;

/**
 * A fax cover sheet: portrait, its fields in 三号 one to a row so they survive a fax machine, then the
 * documents sent, a box for remarks, and whom to call when a page is missing or hard to read.
 */
export function buildFaxCover(input: FaxCoverInput): DocModel {
  const phone = input.officePhone.trim();
  const fax = input.officeFax.trim();
  const rows: string[][][] = input.documents.map((d, i) => [
    [String(i + 1)],
    [d.title],
    [d.pages === undefined ? '' : String(d.pages)],
  ]);
  while (rows.length < BLANK_DOCUMENT_ROWS && input.documents.length === 0) rows.push([[''], [''], ['']]);

  const blocks: DocBlock[] = [
    {
      kind: 'fieldGrid',
      columns: 1,
      large: true,
      cells: [
        { label: '收件方', value: input.to },
        { label: '传真号', value: input.toFax },
        { label: '发件方', value: input.from },
        { label: '发件方电话', value: phone },
        { label: '发件方传真', value: fax },
        { label: '日期', value: input.date },
        {
          label: '页数',
          value: `共 ${input.pages === 'document' ? TOTAL_PAGES_MARK : input.pages} 页(含本页)`,
        },
        { label: '事由', value: input.subject },
      ],
    },
    {
      kind: 'table',
      title: '所附文件',
      columns: [
        { label: '序号', width: 1 },
        { label: '文件名称', width: 8 },
        { label: '页数', width: 1.5, numeric: true },
      ],
      rows,
    },
    { kind: 'text', label: '备注', value: (input.note ?? '').replace(/\r\n?/g, '\n') },
    {
      kind: 'text',
      plain: true,
      large: true,
      label: '',
      value: `如有缺页或字迹不清,请致电 ${phone || '本办事处'}。`,
    },
    {
      kind: 'signatures',
      items: [
        { label: '发件人签字', value: '' },
        { label: '日期', value: '' },
      ],
    },
  ];

  const region =
    input.regionName && !/区域?$/.test(input.regionName) ? `${input.regionName}区域` : input.regionName;
  const origin = [region, input.officeName].filter(Boolean).join(' · ');
  return {
    orientation: 'portrait',
    header: {
      left: `${input.company}  ${FAX_COVER_TITLE}`,
      right: `${origin}${fax ? `  传真 ${fax}` : ''}`,
    },
    title: FAX_COVER_TITLE,
    code: '',
    deadlineText: '',
    blocks,
    footerNote: [input.officeName, phone && `电话 ${phone}`, fax && `传真 ${fax}`]
      .filter(Boolean)
      .join(' · '),
  };
}
