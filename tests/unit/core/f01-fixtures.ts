import type { Caller, Core } from '../../../src-main/core';
import type { ReportDetail } from '../../../src-shared/contract';
import { call, expectOk } from '../../helpers/core-harness';

/** Thursday; its 走访表 is due Sunday 2026-11-29 24:00 office time. */
export const DAY = '2026-11-26';
export const DAY_DUE = '2026-11-29T16:00:00.000Z';

/** A rep's day of three visits in Hangzhou, as typed from the paper form. */
export function visitDay() {
  return {
    plannedVisits: 4,
    actualVisits: 3,
    visits: [
      {
        start: '09:00',
        end: '10:10',
        customerName: '杭州市第一人民医院',
        customerType: '医院',
        contact: '刘建国 药剂科主任',
        phone: '0571-87065701',
        method: '现场',
        purpose: '客情维护',
        result: '确认12月份头孢类采购计划,预计较上月增加15%。',
        needs: '希望缩短配送周期至48小时内。',
        competitors: '某外资品牌本月降价5%。',
        nextStep: '与物流部确认加急配送方案。',
        nextVisit: '2026-12-03',
      },
      {
        start: '13:30',
        end: '14:20',
        customerName: '老百姓大药房(文三路店)',
        customerType: '药店',
        contact: '吴敏 店长',
        phone: '13967112345',
        method: '现场',
        purpose: '订单跟进',
        result: '补货单已下,共38件。',
        needs: '',
        competitors: '',
        nextStep: '跟进到货情况。',
        nextVisit: '',
      },
      {
        start: '16:00',
        end: '16:30',
        customerName: '绍兴震元医药连锁',
        customerType: '经销商',
        contact: '孙海涛 采购经理',
        phone: '0575-85123456',
        method: '电话',
        purpose: '回款',
        result: '对方承诺11月30日前回款8.6万元。',
        needs: '',
        competitors: '',
        nextStep: '月底核对到账。',
        nextVisit: '2026-12-01',
      },
    ],
    summary: '完成3家客户拜访,其中1家回款跟进;计划中的萧山区卫生院因对方开会改期。',
  };
}

/** Saves a draft as the caller (for authorId when given) and returns the stored report. */
export async function saveDraft(
  core: Core,
  caller: Caller,
  opts: {
    day?: string;
    authorId?: number;
    data?: Record<string, unknown>;
    expectedVersion?: number | null;
  } = {},
): Promise<ReportDetail> {
  return expectOk(
    await call(core, caller, 'reports.saveDraft', {
      formCode: 'F01',
      periodKey: opts.day ?? DAY,
      ...(opts.authorId ? { authorId: opts.authorId } : {}),
      data: opts.data ?? visitDay(),
      expectedVersion: opts.expectedVersion ?? null,
    }),
  );
}

/** Saves a complete day and submits it. */
export async function submitDay(core: Core, caller: Caller, day = DAY): Promise<ReportDetail> {
  const draft = await saveDraft(core, caller, { day });
  return expectOk(
    await call(core, caller, 'reports.submit', { id: draft.id, expectedVersion: draft.version }),
  );
}
