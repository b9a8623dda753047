import { describe, expect, it } from 'vitest';
import { erpSheet as sheet } from '../../helpers/erp-sheet';
import {
  call,
  expectError,
  expectOk,
  readRows,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';

/** Wednesday 2 December 2026, 10:00 in the office. */
const START = '2026-12-02T02:00:00.000Z';

type Office = Awaited<ReturnType<typeof startOffice>>;

async function upload(o: Office, bytes: Buffer, who: 'manager' | 'clerk' = 'clerk'): Promise<string> {
  return expectOk(await o.core.upload(bytes, 'ERP导出.xlsx', o[who])).uploadId;
}

const imported = (o: Office) =>
  readRows(
    o.dbFile,
    "select user_id, month, sales_actual, collection_actual from sales_figures where source = 'imported' order by month, user_id",
  );

describe('importing the ERP’s monthly actuals', () => {
  it('previews without storing, imports a valid sheet, and a month imported again replaces that month and says what changed', async () => {
    const o = await startOffice(START);
    const first = await upload(
      o,
      await sheet([
        ['王芳', '2026-11', 2_301_000, 1_850_000],
        ['李军', '2026-11', 1_204_500.5, 980_000],
        ['王芳', '2026-10', 2_100_000, 2_000_000],
      ]),
    );
    const before = tableChecksums(o.dbFile);
    const preview = expectOk(await call(o.core, o.clerk, 'sales.previewActuals', { uploadId: first }));
    expect(preview).toMatchObject({
      rowCount: 3,
      problemCount: 0,
      months: ['2026-10', '2026-11'],
      removed: 0,
      changes: [],
    });
    expect(tableChecksums(o.dbFile)).toEqual(before);

    expectOk(await call(o.core, o.clerk, 'sales.importActuals', { uploadId: first }));
    expect(imported(o)).toEqual([
      { user_id: o.wangId, month: '2026-10', sales_actual: 2_100_000, collection_actual: 2_000_000 },
      { user_id: o.wangId, month: '2026-11', sales_actual: 2_301_000, collection_actual: 1_850_000 },
      { user_id: o.liId, month: '2026-11', sales_actual: 1_204_500.5, collection_actual: 980_000 },
    ]);
    // The official figures now come from the import.
    const official = expectOk(
      await call(o.core, o.manager, 'sales.figures', { from: '2026-11', to: '2026-11' }),
    );
    expect(official.find((f) => f.userId === o.wangId)).toMatchObject({
      source: 'imported',
      salesActual: 2_301_000,
    });

    // November again, corrected: 王芳's sales change, 李军 is no longer in it; October is untouched.
    const again = await upload(o, await sheet([['王芳', '2026年11月', 2_310_000, 1_850_000]]), 'manager');
    const second = expectOk(await call(o.core, o.manager, 'sales.previewActuals', { uploadId: again }));
    expect(second.months).toEqual(['2026-11']);
    expect(second.removed).toBe(1);
    expect(second.changes).toEqual([
      { name: '王芳', month: '2026-11', field: 'salesActual', old: 2_301_000, new: 2_310_000 },
    ]);
    expectOk(await call(o.core, o.manager, 'sales.importActuals', { uploadId: again }));
    expect(imported(o)).toEqual([
      { user_id: o.wangId, month: '2026-10', sales_actual: 2_100_000, collection_actual: 2_000_000 },
      { user_id: o.wangId, month: '2026-11', sales_actual: 2_310_000, collection_actual: 1_850_000 },
    ]);
  });

  it('imports nothing from a sheet with any bad row, and says how many problems there are', async () => {
    const o = await startOffice(START);
    const id = await upload(
      o,
      await sheet([
        ['王芳', '2026-11', 100, 10],
        ['赵六', '2026-11', 100, 10],
        ['李军', '2026-11', 'abc', 10],
      ]),
    );
    const before = tableChecksums(o.dbFile);
    const preview = expectOk(await call(o.core, o.clerk, 'sales.previewActuals', { uploadId: id }));
    expect(preview.problems.map((p) => p.row)).toEqual([3, 4]);
    const err = expectError(
      await call(o.core, o.clerk, 'sales.importActuals', { uploadId: id }),
      'BAD_INPUT',
    );
    expect(err.message).toBe('表中有 2 处问题,未导入任何数据。请改正后重新导入。');
    expect(tableChecksums(o.dbFile)).toEqual(before);
  });

  it('remembers the columns the office chose for its next import', async () => {
    const o = await startOffice(START);
    const headers = ['人员', '期', 'A', 'B'];
    const mapping = { person: '人员', month: '期', salesActual: 'A', collectionActual: 'B' };
    const first = await upload(o, await sheet([['王芳', '2026-11', 100, 10]], headers));
    const guessed = expectOk(await call(o.core, o.clerk, 'sales.previewActuals', { uploadId: first }));
    expect(guessed.mapping).toBeNull();
    expectOk(await call(o.core, o.clerk, 'sales.importActuals', { uploadId: first, mapping }));
    const next = await upload(o, await sheet([['李军', '2026-11', 200, 20]], headers));
    expect(expectOk(await call(o.core, o.clerk, 'sales.previewActuals', { uploadId: next })).mapping).toEqual(
      mapping,
    );
  });

  it('lets only the manager and the clerk import', async () => {
    const o = await startOffice(START);
    // A rep may upload (evidence for his opportunities) but not import the office's actuals.
    const own = expectOk(await o.core.upload(await sheet([['王芳', '2026-11', 1, 1]]), 'a.xlsx', o.wang));
    expectError(await call(o.core, o.wang, 'sales.importActuals', { uploadId: own.uploadId }), 'FORBIDDEN');
    const id = await upload(o, await sheet([['王芳', '2026-11', 1, 1]]));
    expectError(await call(o.core, o.wang, 'sales.importActuals', { uploadId: id }), 'FORBIDDEN');
    // An upload belongs to the session that made it.
    expectError(await call(o.core, o.manager, 'sales.importActuals', { uploadId: id }), 'NOT_FOUND');
  });
});
