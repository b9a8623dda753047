import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  call,
  expectError,
  expectOk,
  readRows,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';

type Office = Awaited<ReturnType<typeof startOffice>>;

const HEADERS = [
  '客户编号',
  '单位名称',
  '类型',
  '等级',
  '城市',
  '地址',
  '业务员',
  '联系人',
  '职务',
  '手机',
  '生日',
  '备注',
];

/** A customer list as offices keep it: a header row, then the rows given; `edit` adds formulas or merges. */
async function list(
  rows: unknown[][],
  headers: readonly string[] = HEADERS,
  edit?: (ws: ExcelJS.Worksheet) => void,
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户清单');
  ws.addRow([...headers]);
  for (const r of rows) ws.addRow(r);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const row = (i: number, owner = '王芳') => [
  '',
  `客户${i}号医药有限公司`,
  '药店',
  ['A', 'B', 'C', 'D'][i % 4],
  '杭州',
  `杭州市文三路${i}号`,
  owner,
  `联系人${i}`,
  '店长',
  `1390000${String(i).padStart(4, '0')}`,
  '1980-05-20',
  '',
];

async function preview(o: Office, bytes: Buffer, mapping?: object) {
  const uploadId = expectOk(await o.core.upload(bytes, '客户清单.xlsx', o.clerk)).uploadId;
  return {
    uploadId,
    preview: expectOk(
      await call(o.core, o.clerk, 'customers.importPreview', { uploadId, ...(mapping ? { mapping } : {}) }),
    ),
  };
}

/** A refused import: the problems as shown, and nothing stored by trying to import anyway. */
async function refused(o: Office, bytes: Buffer) {
  const { uploadId, preview: p } = await preview(o, bytes);
  const before = tableChecksums(o.dataDir);
  expectError(await call(o.core, o.clerk, 'customers.import', { uploadId }), 'BAD_INPUT');
  expect(tableChecksums(o.dataDir)).toEqual(before);
  return p.problems.map((x) => x.message);
}

describe('客户档案 import from Excel', () => {
  it('imports 200 customers in one go after a preview that stores nothing', async () => {
    const o = await startOffice();
    const bytes = await list(Array.from({ length: 200 }, (_, i) => row(i + 1)));
    const before = tableChecksums(o.dataDir);
    const { uploadId, preview: p } = await preview(o, bytes);
    expect(tableChecksums(o.dataDir)).toEqual(before);
    expect(p).toMatchObject({
      rowCount: 200,
      problemCount: 0,
      newCount: 200,
      updateCount: 0,
      imported: null,
    });
    expect(p.mapping).toMatchObject({
      name: '单位名称',
      owner: '业务员',
      phone: '手机',
      grade: '等级',
      code: '客户编号',
    });
    expect(p.rows).toHaveLength(50);
    expect(p.rows[0]).toMatchObject({
      row: 2,
      name: '客户1号医药有限公司',
      ownerName: '王芳',
      phone: '13900000001',
      action: 'new',
    });

    const done = expectOk(await call(o.core, o.clerk, 'customers.import', { uploadId }));
    expect(done.imported).toBe(200);
    const [count] = readRows(o.dbFile, 'select count(*) n, count(distinct code) codes from customers');
    expect(count).toEqual({ n: 200, codes: 200 });
    const [first] = expectOk(await call(o.core, o.wang, 'customers.search', { query: '客户1号医药' }));
    expect(first).toMatchObject({
      code: 'C00001',
      grade: 'B',
      ownerName: '王芳',
      people: [{ name: '联系人1', title: '店长', phones: '13900000001', birthday: '1980-05-20' }],
    });
    // Each customer's owner is on record from the import on.
    expect(
      readRows(o.dbFile, "select count(*) n from customer_owners where reason = '导入客户档案'"),
    ).toEqual([{ n: 200 }]);
  });

  it('exports 客户档案.xlsx, which imports back as updates of the same customers', async () => {
    const o = await startOffice();
    const { uploadId } = await preview(o, await list([row(1), row(2, '李军')]));
    expectOk(await call(o.core, o.clerk, 'customers.import', { uploadId }));
    const file = expectOk(await call(o.core, o.clerk, 'customers.exportXlsx', {}));
    expect(file.fileName).toBe('客户档案.xlsx');
    const bytes = readFileSync(o.core.getFile(file.fileId, o.clerk.sessionToken)!.path);
    const people =
      'select customer_id, position, name, title, phones, birthday from customer_people order by id';
    const before = readRows(o.dbFile, people);
    const again = await preview(o, bytes);
    expect(again.preview).toMatchObject({ problemCount: 0, newCount: 0, updateCount: 2 });
    expect(again.preview.mapping).toMatchObject({
      code: '客户编号',
      name: '客户名称',
      contact: '联系人',
      phone: '电话',
    });
    expectOk(await call(o.core, o.clerk, 'customers.import', { uploadId: again.uploadId }));
    expect(readRows(o.dbFile, people)).toEqual(before);
    expect(readRows(o.dbFile, 'select code, name, grade, owner_id from customers order by id')).toEqual([
      { code: 'C00001', name: '客户1号医药有限公司', grade: 'B', owner_id: o.wangId },
      { code: 'C00002', name: '客户2号医药有限公司', grade: 'C', owner_id: o.liId },
    ]);
  });

  it('names each bad row in Chinese with its Excel row number and imports none of them', async () => {
    const o = await startOffice();
    expectOk(
      await call(o.core, o.manager, 'customers.create', {
        name: '华东医药股份有限公司',
        type: '经销商',
        grade: 'A',
        address: '',
        people: [{ name: '刘建国', title: '', phones: '13802516624' }],
        ownerId: null,
      }),
    );
    const problems = await refused(
      o,
      await list([
        row(1),
        ['', '', '药店', 'A', '', '', '', '', '', '', '', ''],
        ['', '某诊所', '', 'S', '', '', '赵六', '', '', '', '1980-13-40', ''],
        row(1),
        ['', '华东医药有限公司', '', 'A', '', '', '', '', '', '', '', ''],
        ['', '拱墅区某药房', '', 'A', '', '', '', '王五', '', '+86 138 0251 6624', '', ''],
        ['', '余杭区某药房', '', 'A', '', '', '', '', '', '13900000001', '', ''],
      ]),
    );
    expect(problems).toEqual([
      '第 3 行:没有填写客户名称。',
      '第 4 行:客户等级“S”不在设置的等级(A、B、C、D)中。',
      '第 4 行:找不到负责人“赵六”,请核对姓名或先在“人员”中添加。',
      '第 4 行:生日“1980-13-40”无法识别,请写成 1980-05-20。',
      '第 5 行:与第 2 行客户名称重复(“客户1号医药有限公司”),同一客户只能占一行。',
      '第 5 行:电话 13900000001 与第 2 行相同,请核对是否为同一客户。',
      '第 6 行:与已有客户“华东医药股份有限公司”(编号 C00001)名称相同;如要更新该客户,请在客户编号列填写 C00001。',
      '第 7 行:电话 13802516624 与已有客户“华东医药股份有限公司”(编号 C00001)相同;如要更新该客户,请填写其客户编号。',
      '第 8 行:电话 13900000001 与第 2 行相同,请核对是否为同一客户。',
    ]);
  });

  it('refuses a whole file that is not a customer list it can read', async () => {
    const o = await startOffice();
    expect(
      await refused(o, await list([['王芳', '2026-11', 1000]], ['业务员', '会计期间', '销售金额'])),
    ).toEqual(['找不到“客户名称”列,请确认选择的是客户清单,或在列对应中选择哪一列是客户名称。']);
    expect(await refused(o, Buffer.from('客户名称,电话\n华东医药,13802516624\n'))).toEqual([
      '这不是 Excel(.xlsx)文件,请把客户清单另存为 .xlsx 格式后再导入。',
    ]);
    const formula = await list([row(1), row(2)], HEADERS, (ws) => {
      ws.getCell('L3').value = { formula: 'CONCATENATE(B3,"分店")', result: '客户2号医药有限公司分店' };
    });
    expect(await refused(o, formula)).toEqual([
      '单元格 L3 含公式,请在 Excel 中复制整张表,用“选择性粘贴 → 数值”粘贴后再导入。',
    ]);
    const merged = await list([row(1), row(2), row(3)], HEADERS, (ws) => ws.mergeCells('G2:G4'));
    expect(await refused(o, merged)).toEqual([
      '表中有合并单元格 G2:G4,请取消合并并在每一行填好内容后再导入。',
    ]);
  });

  it('refuses 20,000 rows at once and takes the office’s own column choice', async () => {
    const o = await startOffice();
    const big = await list(Array.from({ length: 20_000 }, (_, i) => row(i + 1)));
    expect(await refused(o, big)).toEqual(['一次最多导入 10000 行,请拆分后再导入。']);

    const odd = await list([['华东医药', '刘建国']], ['户名', '对接人']);
    const { preview: p } = await preview(o, odd, { name: '户名', contact: '对接人' });
    expect(p).toMatchObject({
      problemCount: 0,
      newCount: 1,
      rows: [{ name: '华东医药', contact: '刘建国' }],
    });
    const { preview: missing } = await preview(o, odd, { name: '名称' });
    expect(missing.problems.map((x) => x.message)).toEqual(['表中没有“名称”列,请重新选择列对应。']);
  });
});
