import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src-main/core/db/connection';
import { pipelineModule } from '../../../src-main/core/modules/pipeline';
import { pipelineSection as sectionDef } from '../../../src-shared/bundle/sections';
import { PIPELINE_REPORT_TITLE } from '../../../src-shared/documents/pipeline-report';
import { call, expectOk } from '../../helpers/core-harness';
import { openDocx, paragraphs, squash } from '../print/docx-text';
import { travel } from '../reports/office';
import { open, pipelineOffice, tick, toContract } from './pipeline-office';

/** The region with 王芳's two hospital deals and 李军's pharmacy deal, one of them won. */
async function region() {
  const { o, hospital, pharmacy } = await pipelineOffice();
  const tender = await open(o, o.wang, {
    customerId: hospital,
    amount: 480_000,
    expectedClose: '2026-12-20',
  });
  const ortho = await open(o, o.wang, { customerId: hospital, title: '骨科器械', amount: 100_000.5 });
  const cold = await open(o, o.li, { customerId: pharmacy, title: '门店冷链设备', amount: 60_000 });
  await toContract(o, o.wang, tender);
  await call(o.core, o.manager, 'pipeline.move', {
    id: cold,
    toStage: 'talks',
    overrideReason: '老客户,需求已明确',
  });
  return { o, tender, ortho, cold, pharmacy };
}

describe('销售漏斗报告', () => {
  it('sums the open opportunities by stage with the amount weighted by probability, by owner and month', async () => {
    const { o, ortho } = await region();
    // 45 days later: 骨科器械 has sat in 商机 beyond its 30 days.
    await travel(o, '2027-01-10T02:00:00.000Z');
    await call(o.core, o.wang, 'pipeline.close', { id: ortho, outcome: 'won', reason: '中标' });
    const model = expectOk(await call(o.core, o.manager, 'pipeline.report', {}));
    expect(model.title).toBe(PIPELINE_REPORT_TITLE);
    expect(model.orientation).toBe('portrait');
    const table = (title: string) => {
      const block = model.blocks.find((b) => b.kind === 'table' && b.title.startsWith(title));
      if (block?.kind !== 'table') throw new Error(`no table ${title}`);
      return block.rows.map((r) => r.map((c) => c.join('')));
    };
    // 合同 75% of 480,000; 洽谈 25% of 60,000.
    expect(table('按阶段')).toEqual([
      ['商机', '10%', '0', '0.00', '0.00', '0'],
      ['洽谈', '25%', '1', '60,000.00', '15,000.00', '1'],
      ['报价', '50%', '0', '0.00', '0.00', '0'],
      ['合同', '75%', '1', '480,000.00', '360,000.00', '1'],
      ['交付', '90%', '0', '0.00', '0.00', '0'],
      ['售后', '100%', '0', '0.00', '0.00', '0'],
      ['合计', '', '2', '540,000.00', '375,000.00', '2'],
    ]);
    expect(table('按负责人')).toEqual([
      ['王芳', '1', '480,000.00', '360,000.00', '1'],
      ['李军', '1', '60,000.00', '15,000.00', '1'],
    ]);
    expect(table('按预计成交月份')).toEqual([
      ['2026年12月', '1', '480,000.00', '360,000.00'],
      ['2027年1月', '1', '60,000.00', '15,000.00'],
    ]);
    expect(table('超期商机').map((r) => [r[1], r[3]])).toEqual([
      ['心内科耗材年度采购', '45/14'],
      ['门店冷链设备', '45/30'],
    ]);
    // A rep's report is their own pipeline.
    const mine = expectOk(await call(o.core, o.li, 'pipeline.report', {}));
    const own = mine.blocks.find((b) => b.kind === 'table' && b.title === '按负责人');
    expect(own?.kind === 'table' && own.rows.map((r) => r[0]![0])).toEqual(['李军']);
  });

  it('prints as a Word document with the region and every table', async () => {
    const { o } = await region();
    const file = expectOk(await call(o.core, o.manager, 'pipeline.reportDocx', {}));
    expect(file.fileName).toBe('销售漏斗报告-2026-11-26.docx');
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(o.core.getFile(file.fileId, o.manager.sessionToken)!.path);
    const text = squash(paragraphs(openDocx(bytes).document).join(''));
    for (const s of [
      '销售漏斗报告',
      '华东三区',
      '按阶段',
      '按负责人',
      '按预计成交月份',
      '超期商机',
      '区域经理',
    ])
      expect(text).toContain(s);
  });
});

describe('the pipeline section of the monthly bundle', () => {
  it('carries what was open on the month’s last day, what closed in it, and the overrides', async () => {
    const { o, tender, ortho, cold, pharmacy } = await region();
    await travel(o, '2026-11-30T02:00:00.000Z');
    await call(o.core, o.wang, 'pipeline.close', { id: ortho, outcome: 'lost', reason: '预算取消' });
    // After the month: the tender moves on and a new deal appears; the November bundle does not see either.
    await travel(o, '2026-12-02T02:00:00.000Z');
    await tick(o, o.wang, tender, 'contract', 'signed', 'HT-2026-0457');
    expectOk(await call(o.core, o.wang, 'pipeline.move', { id: tender, toStage: 'delivery' }));
    await open(o, o.li, { customerId: pharmacy, title: '新店开业' });

    const conn = openConnection(o.dbFile);
    try {
      const data = await pipelineModule.bundleSection!.write({
        db: conn.db,
        month: '2026-11',
        first: '2026-11-01',
        last: '2026-11-30',
        reportIds: [],
        exportedAt: o.clock.now().toISOString(),
        exportedBy: { id: o.managerId, username: 'zhangwei', displayName: '张伟', role: 'manager' },
      });
      const parsed = sectionDef.versions[1].parse(data);
      expect(parsed.asOf).toBe('2026-11-30');
      expect(parsed.stages.map((s) => s.name)).toEqual(['商机', '洽谈', '报价', '合同', '交付', '售后']);
      expect(
        parsed.opportunities.map((x) => [
          x.id,
          x.stage,
          x.status,
          x.closedReason,
          x.overrides.map((v) => v.reason),
        ]),
      ).toEqual([
        [tender, 'contract', 'open', null, []],
        [ortho, 'lead', 'lost', '预算取消', []],
        [cold, 'talks', 'open', null, ['老客户,需求已明确']],
      ]);
      expect(parsed.opportunities[0]).toMatchObject({
        amount: 480_000,
        ownerName: '王芳',
        stageSince: '2026-11-26',
      });
    } finally {
      await conn.db.destroy();
    }
  });
});
