import type { FaxCoverInput } from '../../../src-shared/documents/fax-cover';

/** A cover for a month of one rep's visit forms faxed to head office. */
export function faxInput(): FaxCoverInput {
  return {
    company: '恒润电器股份有限公司',
    officeName: '南京办事处',
    regionName: '华东',
    officeFax: '025-8471 2236',
    officePhone: '025-8471 2235',
    to: '总部销售部 陈经理',
    toFax: '0571-8802 3310',
    from: '南京办事处 王丽',
    date: '2026年12月1日',
    pages: 8,
    subject: '李明2026年11月走访表及月汇总',
    documents: [
      { title: '走访表月汇总(李明 2026年11月)', pages: 1 },
      { title: '走访表 11月23日至27日', pages: 6 },
      { title: '协访表 11月25日' },
    ],
    note: '原件随月度资料另行寄送。\n请于12月3日前回复。',
  };
}
