import type { ChannelCase, Fine } from '../contract/channel';
import { FINE_ROLE_LABELS, formatFen } from '../domain/channel';
import { channelHeader } from './channel-letterhead';
import type { Letterhead } from './doc-meta';
import type { DocModel } from './doc-model';

/** The notice's title as printed. */
export const FINE_NOTICE_TITLE = '罚款通知单';

/**
 * A 罚款通知单 to one fined person (当事人 or 直接主管): the case, the computation and the amount,
 * the regulation's article it rests on, and lines for the manager's and the person's signatures.
 */
export function buildFineNotice(input: {
  letterhead: Letterhead;
  case: ChannelCase;
  fine: Fine;
  printedAt: string;
}): DocModel {
  const { case: c, fine } = input;
  const diff = (c.listPriceFen ?? 0) - c.salePriceFen;
  return {
    orientation: 'portrait',
    header: channelHeader(input.letterhead, FINE_NOTICE_TITLE),
    title: FINE_NOTICE_TITLE,
    code: 'F11',
    deadlineText: '',
    blocks: [
      {
        kind: 'fieldGrid',
        columns: 2,
        cells: [
          { label: '被罚款人', value: fine.userName },
          { label: '身份', value: FINE_ROLE_LABELS[fine.role] },
          { label: '案件编号', value: String(c.id) },
          { label: '决定日期', value: c.decidedOn ?? '' },
          { label: '产品', value: `${c.productName}(${c.productCode})` },
          { label: '批号', value: c.batchNo },
          { label: '规定价', value: `${formatFen(c.listPriceFen ?? 0)} 元` },
          { label: '售价', value: `${formatFen(c.salePriceFen)} 元` },
          { label: '数量', value: String(c.quantity) },
          { label: '罚款倍数', value: `${c.fineMultiple ?? ''} 倍` },
          {
            label: '计算',
            value: `(${formatFen(c.listPriceFen ?? 0)} − ${formatFen(c.salePriceFen)}) × ${c.quantity} × ${c.fineMultiple ?? ''} = ${formatFen(diff * c.quantity * (c.fineMultiple ?? 0))} 元`,
            span: 3,
          },
          { label: '罚款金额', value: `${formatFen(fine.amountFen)} 元`, span: 3 },
        ],
        large: false,
      },
      {
        kind: 'text',
        label: '依据',
        plain: true,
        value:
          '《区域销售管理制度》第2篇第3条:严格按公司规定的销售价格供货,不得以任何方式变相压价销售。' +
          '一经发现,将给予当事人及直接主管以销售差价5倍以上的罚款。',
      },
      { kind: 'text', label: '处理决定', value: c.decision ?? '' },
      {
        kind: 'signatures',
        items: [
          { label: '区域经理', value: '' },
          { label: '日期', value: '' },
          { label: '被罚款人签收', value: '' },
          { label: '日期', value: '' },
        ],
      },
    ],
    footerNote: [`${input.letterhead.officeName} 案件第 ${c.id} 号`, `打印 ${input.printedAt}`].join(' · '),
  };
}
