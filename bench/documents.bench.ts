import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { buildDocument } from '../src-shared/documents/build-document';
import type { DocMeta } from '../src-shared/documents/doc-model';
import { F01 } from '../src-shared/domain/forms';
import { renderDocx } from '../src-main/core/documents/render-docx';

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

/** The office and report facts of the benchmark's sample F01; also printed by scripts/render-docx-sample.ts. */
export function sampleF01Meta(): DocMeta {
  return {
    company: '恒润电器股份有限公司',
    officeName: '南京办事处',
    regionCode: 'HD',
    regionName: '华东',
    officeFax: '025-8471 2236',
    officePhone: '025-8471 2235',
    officeAddress: '南京市鼓楼区中山北路218号1203室',
    personName: '李明',
    periodLabel: '2026年11月26日(星期四)',
    statusLabel: '已提交',
    enteredByName: '王丽',
    submittedAt: '2026-11-27 17:42',
    printedAt: '2026-11-28 09:15',
  };
}

const VISITS: Record<string, string>[] = [
  {
    start: '08:30',
    end: '09:40',
    customerName: '南京苏宁易家电器连锁有限公司',
    customerType: '连锁卖场',
    contact: '周海涛 采购经理',
    phone: '138 0251 6624',
    method: '现场',
    purpose: '订单跟进',
    result: '确认12月备货订单:净水器K5型320台、K7型150台,要求12月5日前到仓;对账后同意本月回款18万元。',
    needs: '希望元旦档期提供堆头陈列费支持,并增派一名促销员。',
    competitors: '美的同类机型促销价下调200元,加送滤芯一支。',
    nextStep: '报销售部申请档期费用;协调物流确认到仓日期。',
    nextVisit: '2026-12-03',
  },
  {
    start: '10:10',
    end: '11:00',
    customerName: '江宁区金陵五金建材批发部',
    customerType: '批发商',
    contact: '陈建国 老板',
    phone: '025-5218 3390',
    method: '现场',
    purpose: '回款',
    result: '催收10月货款6.4万元,对方承诺11月30日前转账;核对库存,K5型剩余41台。',
    needs: '要求延长账期至60天。',
    competitors: '安吉尔业务员上周来访,报价低于我司出厂价约5%。',
    nextStep: '账期问题请示区域经理;30日电话确认到账。',
    nextVisit: '2026-12-10',
  },
  {
    start: '11:20',
    end: '11:45',
    customerName: '鼓楼区康居物业服务中心',
    customerType: '工程客户',
    contact: '刘芳 行政主管',
    phone: '139 1590 4478',
    method: '电话',
    purpose: '开发新客户',
    result: '介绍商用直饮机方案,对方有意为三个小区会所采购,约下周现场勘查。',
    needs: '需要报价单及安装案例资料。',
    competitors: '暂无。',
    nextStep: '准备报价及案例,约技术人员同去勘查。',
    nextVisit: '2026-12-02',
  },
  {
    start: '13:30',
    end: '14:30',
    customerName: '华润万家(新街口店)',
    customerType: '商超',
    contact: '孙丽 家电课长',
    phone: '025-8665 0012',
    method: '现场',
    purpose: '客情维护',
    result: '检查陈列与价签,补齐样机两台;促销员排班已确认。',
    needs: '反映部分顾客投诉安装预约慢。',
    competitors: '沁园在入口处新设特价堆头。',
    nextStep: '与售后沟通缩短预约周期至48小时内。',
    nextVisit: '2026-12-07',
  },
  {
    start: '14:50',
    end: '15:30',
    customerName: '秦淮区水立方净水专卖店',
    customerType: '终端门店',
    contact: '赵志强 店长',
    phone: '186 5187 2209',
    method: '现场',
    purpose: '售后服务',
    result: '处理K7型两台漏水退换,已现场更换接头并演示安装要点。',
    needs: '希望提供接头配件备件包。',
    competitors: '',
    nextStep: '申请配件包20套寄至门店。',
    nextVisit: '',
  },
  {
    start: '15:50',
    end: '16:20',
    customerName: '南京汇通商贸有限公司',
    customerType: '经销商',
    contact: '吴晓燕 总经理',
    phone: '025-8432 7761',
    method: '线上',
    purpose: '市场调研',
    result: '视频会议了解溧水、高淳两县终端覆盖情况,目前有门店14家。',
    needs: '希望明年一季度获得县级独家授权。',
    competitors: '海尔在溧水新开专卖店一家。',
    nextStep: '整理两县门店清单,随周报上报。',
    nextVisit: '2026-12-15',
  },
  {
    start: '16:40',
    end: '17:10',
    customerName: '栖霞区新尧社区便民超市',
    customerType: '终端门店',
    contact: '黄斌 店主',
    phone: '151 0518 9935',
    method: '来访',
    purpose: '开发新客户',
    result: '店主来办事处看样机,初步同意试销K3型10台。',
    needs: '要求首批货款压一批结一批。',
    competitors: '',
    nextStep: '按新客户流程建档并报批结算方式。',
    nextVisit: '2026-12-04',
  },
  {
    start: '17:20',
    end: '17:40',
    customerName: '南京苏宁易家电器连锁有限公司',
    customerType: '连锁卖场',
    contact: '周海涛 采购经理',
    phone: '138 0251 6624',
    method: '电话',
    purpose: '其他',
    result: '确认堆头位置图已发邮件,对方下周一答复。',
    needs: '',
    competitors: '',
    nextStep: '周一电话跟进。',
    nextVisit: '',
  },
];

/** A realistic F01 day with `rows` visits (repeating the eight samples) and a long summary. */
export function sampleF01Data(rows = 8): Record<string, unknown> {
  const visits = Array.from({ length: rows }, (_, i) => ({ ...VISITS[i % VISITS.length] }));
  return {
    plannedVisits: 8,
    actualVisits: rows,
    visits,
    summary: [
      '今日计划拜访8家,实际完成8家,其中现场拜访5家、电话2家、线上1家,新开发意向客户2家。',
      '一、订单:苏宁易家12月备货订单已确认,合计470台,预计金额约112万元,需协调物流保证12月5日前到仓。',
      '二、回款:苏宁本月回款18万元已落实;金陵五金10月货款6.4万元承诺30日前到账,对方提出账期延长至60天,需区域经理批示。',
      '三、竞品:美的、安吉尔在卖场和批发渠道同时降价,幅度约5%—8%,建议元旦档期申请专项促销费用应对。',
      '四、售后:安装预约慢已成为商超顾客的主要投诉点,建议与售后商定48小时上门标准,并为门店配备常用配件包。',
      '明日计划:上午准备康居物业报价及案例资料,下午走访浦口区两家经销商。',
    ].join('\n'),
  };
}

/**
 * Docs per second of two makers, run in alternating slices so a busy machine slows both alike
 * and their ratio stays meaningful.
 */
async function interleaved(
  makers: [() => Promise<Buffer>, () => Promise<Buffer>],
  seconds: number,
): Promise<[number, number]> {
  for (const make of makers) for (let i = 0; i < 3; i++) await make();
  const count = [0, 0];
  const spent = [0, 0];
  const sliceMs = 100;
  while (spent[0]! + spent[1]! < seconds * 1000) {
    for (const i of [0, 1] as const) {
      const start = performance.now();
      while (performance.now() - start < sliceMs) {
        await makers[i]();
        count[i]!++;
      }
      spent[i]! += performance.now() - start;
    }
  }
  return [(count[0]! * 1000) / spent[0]!, (count[1]! * 1000) / spent[1]!];
}

/** The same strings as our document, in one unstyled table: what the docx library costs on its own. */
function floorDocument(strings: string[][]): Document {
  return new Document({
    sections: [
      {
        children: [
          new Table({
            rows: strings.map(
              (row) =>
                new TableRow({
                  children: row.map(
                    (text) => new TableCell({ children: text.split('\n').map((l) => new Paragraph(l)) }),
                  ),
                }),
            ),
          }),
        ],
      },
    ],
  });
}

/** Document throughput of F01 with 8 visits, against the docx library's own floor for the same text. */
export async function benchDocuments(options: { seconds?: number } = {}): Promise<BenchResult[]> {
  // Both makers share the time, so each gets about `seconds` of it.
  const seconds = 2 * (options.seconds ?? 2);
  const data = sampleF01Data(8);
  const meta = sampleF01Meta();
  // The floor gets our model's visit table cell for cell, plus every other string as a one-cell row.
  const model = buildDocument(F01, data, meta);
  const rows: string[][] = [];
  for (const block of model.blocks) {
    if (block.kind === 'table') {
      rows.push(
        block.columns.map((c) => c.label),
        ...block.rows.map((r) => r.map((c) => c.join('\n'))),
      );
    } else if (block.kind === 'fieldGrid') {
      rows.push(...block.cells.map((c) => [c.label, c.value]));
    } else if (block.kind === 'text') {
      rows.push([block.label, block.value]);
    } else {
      rows.push(block.items.map((i) => i.label));
    }
  }
  const [ours, floor] = await interleaved(
    [() => renderDocx(buildDocument(F01, data, meta)), () => Packer.toBuffer(floorDocument(rows))],
    seconds,
  );

  return [
    {
      name: 'documents.f01.docs_per_s',
      value: round(ours),
      unit: 'docs/s',
      note: 'F01, 8 visits, build + docx',
    },
    {
      name: 'documents.docx_floor.docs_per_s',
      value: round(floor),
      unit: 'docs/s',
      note: 'same text in one unstyled docx table',
    },
    { name: 'documents.f01_vs_floor', value: round(ours / floor), unit: 'ratio', note: 'ours / floor' },
  ];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
