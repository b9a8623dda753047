import type { CustomerDetail } from '../contract/customers';
import type { Letterhead } from './doc-meta';
import { type DocBlock, type DocModel, ems } from './doc-model';

/** The card's title as printed. */
export const CUSTOMER_CARD_TITLE = '客户档案卡';

/** The contacts a card lists, newest first; the rest are on the customer's page. */
export const CARD_CONTACTS = 15;

/** Ems of a result that fit its column on one line, so 15 contacts and the rest fit one page. */
const RESULT_EMS = 17;

const KIND = { visit: '拜访', jointVisit: '协访' } as const;
const STATE = { ok: '正常', dueSoon: '即将到期', overdue: '已逾期' } as const;

/** What a 客户档案卡 prints besides the customer's detail. */
export interface CustomerCardInput {
  letterhead: Letterhead;
  detail: CustomerDetail;
  /** The office day the customer was filed (建档日期). */
  filedOn: string;
  /** When the card was made, as printed. */
  printedAt: string;
}

/** The ruled table of the customer's people, one blank row for a customer with none. */
function peopleTable(detail: CustomerDetail): DocBlock {
  const rows = detail.customer.people.map((p) => [[p.name], [p.title], [p.phones], [p.birthday]]);
  return {
    kind: 'table',
    title: '联系人',
    columns: [
      { label: '姓名', width: 2.6 },
      { label: '职务', width: 2.8 },
      { label: '电话', width: 6 },
      { label: '生日', width: 2.6 },
    ],
    rows: rows.length ? rows : [[[''], [''], [''], ['']]],
  };
}

/** A result cut to one printed line; the customer's page has it whole. */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (ems(flat) <= RESULT_EMS) return flat;
  let out = '';
  for (const ch of flat) {
    if (ems(out + ch) > RESULT_EMS - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** The last contacts: day, who, how, why, and what came of it (on one line each). */
function contactsTable(detail: CustomerDetail): DocBlock {
  const rows = detail.timeline
    .slice(0, CARD_CONTACTS)
    .map((t) => [
      [t.day],
      [t.withPersonName ? `${t.authorName}、${t.withPersonName}` : t.authorName],
      [t.kind === 'jointVisit' ? KIND.jointVisit : t.mode || KIND[t.kind]],
      [t.purpose],
      [oneLine(t.result)],
    ]);
  return {
    kind: 'table',
    title: `最近联系记录(最近 ${CARD_CONTACTS} 次)`,
    columns: [
      { label: '日期', width: 2.4 },
      { label: '人员', width: 2.5 },
      { label: '方式', width: 1.1 },
      { label: '目的', width: 2 },
      { label: '洽谈内容及结果', width: 7 },
    ],
    rows: rows.length ? rows : [[['—'], [''], [''], ['尚无联系记录'], ['']]],
  };
}

/**
 * A customer's 客户档案卡: its fields, people, where it stands for regular contact (last contact,
 * next planned visit, due day), its last contacts, notes, and lines for the rep and the manager
 * to sign. Portrait, one page for a typical customer.
 */
export function buildCustomerCard(input: CustomerCardInput): DocModel {
  const { letterhead: lh, detail } = input;
  const c = detail.customer;
  const owner = detail.owners.at(-1);
  const since = owner && owner.toDay === null && owner.ownerId === c.ownerId ? `(自 ${owner.fromDay})` : '';
  const due = detail.dueDay ? `${detail.dueDay}${detail.state ? `(${STATE[detail.state]})` : ''}` : '不提醒';
  const blocks: DocBlock[] = [
    {
      kind: 'fieldGrid',
      columns: 2,
      cells: [
        { label: '客户编号', value: c.code },
        { label: '客户名称', value: c.name },
        { label: '客户类型', value: c.type },
        { label: '客户等级', value: c.grade || '未定级' },
        { label: '客户状态', value: c.status },
        { label: '行业', value: c.industry },
        { label: '城市', value: c.city },
        { label: '客户来源', value: c.source },
        { label: '地址', value: c.address, span: 3 },
        { label: '负责人', value: c.ownerName ? `${c.ownerName}${since}` : '未分配' },
        { label: '建档日期', value: input.filedOn },
        {
          label: '定期联系',
          value: `最近 ${detail.lastContact ?? '无'} 下次拜访 ${detail.nextVisit ?? '未计划'} 应联系 ${due}`,
          span: 3,
        },
        { label: '备注', value: c.notes, span: 3 },
      ],
    },
    peopleTable(detail),
    contactsTable(detail),
    {
      kind: 'signatures',
      // One row for the two signatures: the card is a record to check, not a dated filing.
      items: [
        { label: '营销代表签字', value: '' },
        { label: '区域经理签字', value: '' },
      ],
    },
  ];
  const region = lh.regionName && !/区域?$/.test(lh.regionName) ? `${lh.regionName}区域` : lh.regionName;
  const fax = lh.fax.trim() ? `  传真 ${lh.fax.trim()}` : '';
  return {
    orientation: 'portrait',
    header: {
      left: `${lh.company}  ${CUSTOMER_CARD_TITLE}`,
      right: `${[region, lh.officeName].filter(Boolean).join(' · ')}${fax}`,
    },
    title: CUSTOMER_CARD_TITLE,
    code: '',
    deadlineText: '',
    blocks,
    footerNote: [`${c.code} ${c.name}`, `打印 ${input.printedAt}`].join(' · '),
  };
}
