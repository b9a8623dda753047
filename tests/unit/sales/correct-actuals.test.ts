import { describe, expect, it } from 'vitest';
import {
  call,
  expectError,
  expectOk,
  readRows,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';
import { importActuals } from '../../helpers/sales-figures';

/** Wednesday 2 December 2026, 10:00 in the office. */
const START = '2026-12-02T02:00:00.000Z';

describe('更正实际业绩 (actual figures typed by the office)', () => {
  it('outranks the import until it is removed, and keeps its reason in the audit log', async () => {
    const o = await startOffice(START);
    importActuals(o.dbFile, [{ userId: o.wangId, month: '2026-11', sales: 80_000, collection: 50_000 }]);

    const corrected = expectOk(
      await call(o.core, o.clerk, 'sales.correctActuals', {
        userId: o.wangId,
        month: '2026-11',
        salesActual: 85_000.5,
        collectionActual: null,
        reason: 'ERP 漏记 11 月 28 日发货',
      }),
    );
    expect(corrected.find((f) => f.userId === o.wangId)).toMatchObject({
      source: 'adjusted',
      salesActual: 85_000.5,
      collectionActual: null,
    });
    const kpis = expectOk(await call(o.core, o.manager, 'kpi.month', { month: '2026-11' }));
    expect(kpis.rows.find((r) => r.userId === o.wangId)!.figures).toMatchObject({
      salesActual: 85_000.5,
      actualSource: 'adjusted',
    });
    expect(
      readRows(o.dbFile, `select action, detail from audit_log where entity = 'sales_figures'`).map((r) => [
        r.action,
        JSON.parse(String(r.detail)).reason,
      ]),
    ).toEqual([['correct', 'ERP 漏记 11 月 28 日发货']]);

    // Both amounts empty removes the correction: the import is official again.
    const back = expectOk(
      await call(o.core, o.manager, 'sales.correctActuals', {
        userId: o.wangId,
        month: '2026-11',
        salesActual: null,
        collectionActual: null,
        reason: '已由 ERP 补录',
      }),
    );
    expect(back.find((f) => f.userId === o.wangId)).toMatchObject({
      source: 'imported',
      salesActual: 80_000,
    });
  });

  it('refuses bad amounts, a clerk as the person, a rep as the caller, in Chinese, storing nothing', async () => {
    const o = await startOffice(START);
    const before = tableChecksums(o.dbFile);
    const bad = expectError(
      await call(o.core, o.manager, 'sales.correctActuals', {
        userId: o.wangId,
        month: '2026-13',
        salesActual: -1,
        collectionActual: 10.005,
        reason: '',
      }),
      'BAD_INPUT',
    );
    expect(bad.fields).toMatchObject({
      month: '月份格式应为 2026-11',
      salesActual: '销售额不能为负数',
      collectionActual: '回款额最多保留两位小数',
      reason: '请写明更正原因',
    });
    const huge = expectError(
      await call(o.core, o.manager, 'sales.correctActuals', {
        userId: o.wangId,
        month: '2026-11',
        salesActual: 5e12,
        collectionActual: null,
        reason: '核对',
      }),
      'BAD_INPUT',
    );
    expect(huge.fields).toMatchObject({ salesActual: '销售额过大,请核对' });
    const clerk = expectError(
      await call(o.core, o.manager, 'sales.correctActuals', {
        userId: o.clerkId,
        month: '2026-11',
        salesActual: 1,
        collectionActual: null,
        reason: '核对',
      }),
      'BAD_INPUT',
    );
    expect(clerk.message).toBe('只能更正营销代表或区域经理的实际业绩。');
    expectError(
      await call(o.core, o.wang, 'sales.correctActuals', {
        userId: o.wangId,
        month: '2026-11',
        salesActual: 1,
        collectionActual: null,
        reason: '核对',
      }),
      'FORBIDDEN',
    );
    expect(tableChecksums(o.dbFile)).toEqual(before);
  });
});
