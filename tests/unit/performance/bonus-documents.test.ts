import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../../src-shared/documents/build-document';
import { buildBonusStatement } from '../../../src-shared/documents/bonus-statement';
import { DEFAULT_BONUS_PLAN } from '../../../src-shared/domain/performance';
import {
  call,
  expectError,
  expectOk,
  MANAGER,
  OFFICE,
  REP_WANG,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';
import { importActuals } from '../../helpers/sales-figures';
import { openDocx, paragraphs } from '../print/docx-text';

/** Wednesday 2 December 2026, 10:00 in the office: October and November are past. */
const START = '2026-12-02T02:00:00.000Z';

type Office = Awaited<ReturnType<typeof startOffice>>;

function importActual(o: Office, userId: number, month: string, sales: number) {
  importActuals(o.dbFile, [{ userId, month, sales }]);
}

/** 王芳: 100,000 a month of target, 100,000 sold in October, a 150 deduction. */
async function octoberWithDeduction() {
  const o = await startOffice(START);
  expectOk(
    await call(o.core, o.manager, 'targets.set', {
      year: 2026,
      scope: 'rep',
      userId: o.wangId,
      metric: 'sales',
      annual: 1_200_000,
      method: 'equal',
    }),
  );
  importActual(o, o.wangId, '2026-10', 100_000);
  expectOk(
    await call(o.core, o.manager, 'bonus.deduct', {
      month: '2026-10',
      userId: o.wangId,
      amount: 150,
      reason: '样品遗失',
    }),
  );
  return o;
}

function wordText(o: Office, fileId: string, token: string | null): string {
  const stored = o.core.getFile(fileId, token)!;
  return paragraphs(openDocx(readFileSync(stored.path)).document).join('\n');
}

describe('the 奖金核算单 (bonus statement paper)', () => {
  it('prints the figures with their sources, every line with its basis, the total and signature lines', async () => {
    const o = await octoberWithDeduction();
    const model = expectOk(
      await call(o.core, o.clerk, 'bonus.statementPreview', { month: '2026-10', userId: o.wangId }),
    );
    const text = documentText(model);
    expect(model.title).toBe('奖金核算单');
    expect(text).toEqual(
      expect.arrayContaining([
        REP_WANG.displayName,
        '2026年10月',
        '未审核(仅供核对)',
        '应发奖金',
        '2,250.00',
      ]),
    );
    // Each figure beside its source: the target from 销售目标, the actual from the ERP import.
    const figures = model.blocks.find((b) => b.kind === 'table' && b.title === '考核数据');
    expect(figures?.kind === 'table' && figures.rows.map((r) => r.map((c) => c.join('')))).toEqual(
      expect.arrayContaining([
        ['销售目标(元)', '100,000.00', '销售目标(年度分解)'],
        ['销售实际(元)', '100,000.00', 'ERP 导入'],
        ['销售额达成率', '100%', '实际 ÷ 目标'],
        ['回款目标(元)', '—', '无目标'],
        ['报表及时率', '0%', expect.stringMatching(/^应交 \d+ 份,按时 0 份$/)],
      ]),
    );
    const lines = model.blocks.find((b) => b.kind === 'table' && b.title === '奖金计算');
    expect(lines?.kind === 'table' && lines.rows.map((r) => r.map((c) => c.join('')))).toEqual([
      ['1', '达成奖金', '销售额达成率 100%,按方案计基数的 100%', '3,000.00'],
      ['2', '报表及时率扣减', expect.stringContaining('低于 90%'), '-600.00'],
      ['3', '扣款', '样品遗失', '-150.00'],
      ['', '应发奖金', '', '2,250.00'],
    ]);
    const signatures = model.blocks.at(-1);
    expect(signatures?.kind === 'signatures' && signatures.items.map((i) => i.label)).toEqual([
      '营销代表签字',
      '日期',
      '区域经理签字',
      '日期',
    ]);
    expect(model.header.left).toBe(`${OFFICE.company}  奖金核算单`);
  });

  it('prints an approved month as approved, with the figures it was approved on even after they change', async () => {
    const o = await octoberWithDeduction();
    expectOk(await call(o.core, o.manager, 'bonus.approve', { month: '2026-10' }));
    importActual(o, o.wangId, '2026-10', 110_000);

    const file = expectOk(
      await call(o.core, o.manager, 'bonus.statementDocx', { month: '2026-10', userId: o.wangId }),
    );
    expect(file.fileName).toBe(`奖金核算单-2026-10-${REP_WANG.displayName}.docx`);
    const text = wordText(o, file.fileId, o.manager.sessionToken);
    expect(text).toContain('已审核锁定');
    expect(text).toContain(MANAGER.displayName);
    expect(text).toContain('2026-12-02 10:00');
    expect(text).toContain('2,250.00');
    // The actual as approved (100,000), not the ERP's later 110,000.
    expect(text).toContain('100,000.00');
    expect(text).not.toContain('110,000.00');

    // Every rep of the month in one file, one statement each.
    const all = expectOk(await call(o.core, o.manager, 'bonus.statementDocx', { month: '2026-10' }));
    expect(all.fileName).toBe('奖金核算单-2026-10-全体.docx');
    const allText = wordText(o, all.fileId, o.manager.sessionToken);
    expect(allText.match(/营销代表签字/g)).toHaveLength(2);
  });

  it('exports the approved month for payroll, and refuses an open month', async () => {
    const o = await octoberWithDeduction();
    const before = tableChecksums(o.dbFile);
    const open = expectError(
      await call(o.core, o.clerk, 'bonus.payrollXlsx', { month: '2026-10' }),
      'INVALID_STATE',
    );
    expect(open.message).toBe('2026-10 的奖金尚未审核,请先审核并锁定,再导出工资表。');
    expect(tableChecksums(o.dbFile)).toEqual(before);

    expectOk(await call(o.core, o.manager, 'bonus.approve', { month: '2026-10' }));
    const file = expectOk(await call(o.core, o.clerk, 'bonus.payrollXlsx', { month: '2026-10' }));
    expect(file.fileName).toBe('奖金发放表-2026-10.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(o.core.getFile(file.fileId, o.clerk.sessionToken)!.path);
    const ws = wb.getWorksheet('奖金发放表')!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      '序号',
      '姓名',
      '账号',
      '月份',
      '达成奖金',
      '报表及时率扣减',
      '扣款',
      '以前月份调整',
      '应发奖金',
      '审核人',
      '审核时间',
    ]);
    const wang = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(2).value === REP_WANG.displayName)!;
    expect([5, 6, 7, 8, 9].map((c) => wang.getCell(c).value)).toEqual([3000, -600, -150, 0, 2250]);
    expect(wang.getCell(3).value).toBe(REP_WANG.username);
    const total = ws.getRow(ws.rowCount);
    expect(total.getCell(2).value).toBe('合计');
    expect(total.getCell(9).value).toBe(2250);
  });

  it('refuses a rep without a statement and a bad month, in Chinese', async () => {
    const o = await startOffice(START);
    const none = expectError(
      await call(o.core, o.manager, 'bonus.statementPreview', { month: '2026-10', userId: o.clerkId }),
      'NOT_FOUND',
    );
    expect(none.message).toBe('2026-10 没有这位营销代表的奖金核算单。');
    const bad = expectError(
      await call(o.core, o.manager, 'bonus.statementDocx', { month: '2026-13' }),
      'BAD_INPUT',
    );
    expect(bad.fields).toMatchObject({ month: '月份格式应为 2026-11' });
    expectError(await call(o.core, o.wang, 'bonus.statementDocx', { month: '2026-10' }), 'FORBIDDEN');
  });

  it('builds a statement without figures for one approved before they were kept', () => {
    const model = buildBonusStatement({
      letterhead: {
        company: '公司',
        officeName: '南京办事处',
        regionCode: 'NJ',
        regionName: '华东',
        fax: '',
        phone: '',
        address: '',
      },
      month: '2026-09',
      statement: {
        userId: 2,
        name: '王芳',
        lines: [{ label: '达成奖金', amount: 1500, basis: '销售额达成率 90%' }],
        total: 1500,
        figures: null,
        approved: { by: '刘强', at: '2026-10-08T02:00:00.000Z' },
      },
      plan: DEFAULT_BONUS_PLAN,
      printedAt: '2026-12-02 10:00',
    });
    expect(model.blocks.some((b) => b.kind === 'table' && b.title === '考核数据')).toBe(false);
    expect(model.header.right).toBe('华东区域 · 南京办事处');
    expect(documentText(model)).toEqual(expect.arrayContaining(['已审核锁定', '刘强']));
  });
});
