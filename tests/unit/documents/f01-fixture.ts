import type { DocMeta } from '../../../src-shared/documents/doc-model';
import { sampleF01Meta } from '../../fixtures/f01-sample';

/** A reviewed F01 entered by the office clerk, as the document tests print it. */
export function f01Meta(): DocMeta {
  return {
    ...sampleF01Meta(),
    reviewComment: '同意。账期延长事项另行报批。',
    reviewerName: '张伟',
    reviewedAt: '2026-11-28',
  };
}

/** Three visits of one working day, one answer on two lines and one visit without a next date. */
export function f01Data(): Record<string, unknown> {
  return {
    plannedVisits: 5,
    actualVisits: 3,
    visits: [
      {
        start: '08:30',
        end: '09:40',
        customerName: '南京苏宁易家电器连锁有限公司',
        customerType: '连锁卖场',
        contact: '周海涛 采购经理',
        phone: '138 0251 6624',
        method: '现场',
        purpose: '订单跟进',
        result: '确认12月备货订单:净水器K5型320台、K7型150台。\n对账后同意本月回款18万元。',
        needs: '希望元旦档期提供堆头陈列费支持。',
        competitors: '美的同类机型促销价下调200元。',
        nextStep: '报销售部申请档期费用。',
        nextVisit: '2026-12-03',
      },
      {
        start: '10:10',
        end: '11:00',
        customerName: '江宁区金陵五金建材批发部',
        customerType: '批发商',
        contact: '陈建国 老板',
        phone: '025-5218 3390',
        method: '电话',
        purpose: '回款',
        result: '催收10月货款6.4万元,对方承诺11月30日前转账。',
        needs: '要求延长账期至60天。',
        competitors: '安吉尔报价低于我司出厂价约5%。',
        nextStep: '账期问题请示区域经理。',
        nextVisit: '2026-12-10',
      },
      {
        start: '14:50',
        end: '15:30',
        customerName: '秦淮区水立方净水专卖店',
        customerType: '终端门店',
        contact: '赵志强 店长',
        phone: '186 5187 2209',
        method: '来访',
        purpose: '售后服务',
        result: '处理K7型两台漏水退换,已现场更换接头。',
        needs: '希望提供接头配件备件包。',
        competitors: '',
        nextStep: '申请配件包20套寄至门店。',
        nextVisit: '',
      },
    ],
    summary: '今日计划拜访5家,实际完成3家。\n苏宁12月备货订单已确认;金陵五金账期问题需区域经理批示。',
  };
}
