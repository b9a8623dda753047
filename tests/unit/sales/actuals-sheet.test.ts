import { erpSheet as xlsx } from '../../helpers/erp-sheet';
import { describe, expect, it } from 'vitest';
import {
  guessMapping,
  type KnownPerson,
  readActualsSheet,
  readMonth,
} from '../../../src-main/core/modules/sales/actuals-sheet';

const PEOPLE: KnownPerson[] = [
  { id: 2, displayName: '王芳', username: 'wangfang' },
  { id: 3, displayName: '李军', username: 'lijun' },
];

describe('reading an ERP export of monthly sales and collections', () => {
  it('guesses the columns from the headers and reads every row', async () => {
    const read = await readActualsSheet(
      await xlsx([
        ['王芳', '2026-11', 2_301_000, 1_850_000],
        ['lijun', '2026年11月', '1,204,500.50', '980000元'],
        ['王芳', new Date(Date.UTC(2026, 9, 1)), 2_100_000, null],
      ]),
      PEOPLE,
    );
    expect(read.problems).toEqual([]);
    expect(read.mapping).toEqual({
      person: '业务员',
      month: '会计期间',
      salesActual: '销售金额',
      collectionActual: '回款金额',
    });
    expect(read.rows).toEqual([
      {
        row: 2,
        userId: 2,
        name: '王芳',
        month: '2026-11',
        salesActual: 2_301_000,
        collectionActual: 1_850_000,
      },
      {
        row: 3,
        userId: 3,
        name: '李军',
        month: '2026-11',
        salesActual: 1_204_500.5,
        collectionActual: 980_000,
      },
      { row: 4, userId: 2, name: '王芳', month: '2026-10', salesActual: 2_100_000, collectionActual: null },
    ]);
  });

  it('uses the columns the office chose, even under other headers', async () => {
    const bytes = await xlsx([['王芳', '202611', 100, 50]], ['人', '期', '金额A', '金额B']);
    const read = await readActualsSheet(bytes, PEOPLE, {
      person: '人',
      month: '期',
      salesActual: '金额A',
      collectionActual: '金额B',
    });
    expect(read.problems).toEqual([]);
    expect(read.rows[0]).toMatchObject({ month: '2026-11', salesActual: 100, collectionActual: 50 });
  });

  it('says which columns it cannot find', async () => {
    const read = await readActualsSheet(await xlsx([['王芳', 100]], ['业务员', '金额']), PEOPLE);
    expect(read.rows).toEqual([]);
    expect(read.problems.map((p) => p.message)).toEqual([
      '找不到“月份”列,请在列对应中选择哪一列是月份。',
      '找不到“销售额”列,请在列对应中选择哪一列是销售额。',
    ]);
  });

  it('reports every bad row with its row number in Chinese', async () => {
    const read = await readActualsSheet(
      await xlsx([
        ['王芳', '2026-11', '一百万', 10],
        ['王芳', '2026-11', -5, 10],
        ['王芳', '2026-11', 5_000_000_000, 10],
        ['赵六', '2026-11', 100, 10],
        ['', '2026-11', 100, 10],
        ['李军', '2026-13', 100, 10],
        ['李军', '2026-11', 100, 10],
        ['lijun', '2026-11', 200, 10],
        ['李军', '2026-10', null, null],
        ['李军', '2026-09', 100.123, null],
      ]),
      PEOPLE,
    );
    expect(read.problems.map((p) => p.message)).toEqual([
      '第 2 行:销售额“一百万”不是金额。',
      '第 3 行:销售额不能为负数(-5)。',
      '第 4 行:销售额 5,000,000,000 元过大,请核对单位是否为元。',
      '第 5 行:找不到营销代表“赵六”,请核对姓名或先在“人员”中添加。',
      '第 6 行:没有填写营销代表。',
      '第 7 行:月份“2026-13”无法识别,请写成 2026-11 或 2026年11月。',
      '第 9 行:与第 8 行重复(李军 2026-11),每人每月只能有一行。',
      '第 10 行:销售额和回款额都是空的。',
      '第 11 行:销售额最多保留两位小数。',
    ]);
    expect(read.problems.every((p) => p.row !== null)).toBe(true);
  });

  it('refuses an empty file, an old .xls renamed .xlsx, something else, and a sheet with only headers', async () => {
    const only = async (bytes: Buffer) =>
      (await readActualsSheet(bytes, PEOPLE)).problems.map((p) => p.message);
    expect(await only(Buffer.alloc(0))).toEqual(['文件是空的,请重新从系统导出。']);
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    expect(await only(xls)).toEqual(['这是旧版 Excel(.xls)文件,请在 Excel 中“另存为” .xlsx 格式后再导入。']);
    expect(await only(Buffer.from('业务员,月份,销售额\n王芳,2026-11,100'))).toEqual([
      '这不是 Excel(.xlsx)文件,请从系统导出 .xlsx 格式后再导入。',
    ]);
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]);
    expect(await only(broken)).toEqual(['Excel 文件已损坏或无法读取,请重新导出后再试。']);
    expect(await only(await xlsx([]))).toEqual(['表中只有标题行,没有可导入的数据。']);
  });

  it('reads ten thousand rows', async () => {
    const people = Array.from({ length: 50 }, (_, i) => ({
      id: i + 10,
      displayName: `代表${i}`,
      username: `rep${i}`,
    }));
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      `代表${i % 50}`,
      `${2000 + Math.floor(i / 600)}-${String((Math.floor(i / 50) % 12) + 1).padStart(2, '0')}`,
      1000 + i,
      500 + i,
    ]);
    const read = await readActualsSheet(await xlsx(rows), people);
    expect(read.problems).toEqual([]);
    expect(read.rows).toHaveLength(10_000);
  });

  it('reads months as ERP systems write them', () => {
    expect(
      ['2026-11', '2026/11', '2026.11', '2026年11月', '202611', '2026-11-30', '2026年1月'].map(readMonth),
    ).toEqual(['2026-11', '2026-11', '2026-11', '2026-11', '2026-11', '2026-11', '2026-01']);
    expect(['11月', '2026-00', 'abc', ''].map(readMonth)).toEqual([null, null, null, null]);
    expect(guessMapping(['姓名', '月份', '销售额'])).toEqual({
      person: '姓名',
      month: '月份',
      salesActual: '销售额',
    });
  });
});
