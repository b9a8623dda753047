import { describe, expect, it } from 'vitest';
import { openConnection } from '../../../src-main/core/db/connection';
import { regionsModule, supervisorOn } from '../../../src-main/core/modules/regions';
import { type BundleRegionsV1, regionsSection } from '../../../src-shared/bundle/sections';
import type { RegionEdit } from '../../../src-shared/contract';
import {
  call,
  callRaw,
  expectError,
  expectOk,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';
import { travel } from '../reports/office';

/** Monday 2 November 2026, 09:00 in the office: its first day. */
const NOV_2 = '2026-11-02T01:00:00.000Z';
/** Wednesday 2 December 2026, 10:00 in the office. */
const DEC_2 = '2026-12-02T02:00:00.000Z';

const startedOffice = () => startOffice(NOV_2, { startDate: '2026-11-02' });

const edit = (managerId: number): RegionEdit => ({
  name: '华东三区(浙东)',
  coverage: '浙江省杭州市、绍兴市、宁波市',
  marketTier: '二级市场',
  customerTypes: ['医院', '药店'],
  managerId,
});

describe('the region profile (区域划分)', () => {
  it('names the region’s manager and lets the manager set the regulation’s criteria', async () => {
    const o = await startedOffice();
    const before = expectOk(await call(o.core, o.clerk, 'regions.current', {}));
    expect(before.region).toMatchObject({ name: '华东三区', marketTier: '', customerTypes: [] });
    expect(before.region).toMatchObject({ managerId: o.managerId, managerName: '张伟' });

    const saved = expectOk(await call(o.core, o.manager, 'regions.update', edit(o.managerId)));
    expect(saved.region).toEqual({
      id: before.region.id,
      code: 'HD-03',
      name: '华东三区(浙东)',
      coverage: '浙江省杭州市、绍兴市、宁波市',
      marketTier: '二级市场',
      customerTypes: ['医院', '药店'],
      managerId: o.managerId,
      managerName: '张伟',
    });
    // The letterhead reads the same region; the manager already led it, so nobody's dates moved.
    const status = expectOk(await call(o.core, o.clerk, 'setup.status', {}));
    expect(status.office).toMatchObject({ regionName: '华东三区(浙东)', regionCode: 'HD-03' });
    const after = expectOk(await call(o.core, o.clerk, 'regions.current', {}));
    expect(after.memberships).toEqual(before.memberships);
  });

  it('appoints another manager account from today, so who supervised whom stays dated', async () => {
    const o = await startedOffice();
    await travel(o, '2026-11-16T02:00:00.000Z', 'manager', 'clerk');
    const liu = expectOk(
      await call(o.core, o.manager, 'people.create', {
        username: 'liuqiang',
        displayName: '刘强',
        role: 'manager',
        password: 'liuqiang-2026',
        phone: '',
      }),
    );
    // The newest manager account leads the region from its first day.
    expect(expectOk(await call(o.core, o.clerk, 'regions.current', {})).region.managerName).toBe('刘强');

    await travel(o, DEC_2, 'manager', 'clerk');
    expectOk(await call(o.core, o.manager, 'regions.update', edit(o.managerId)));
    const r = expectOk(await call(o.core, o.clerk, 'regions.current', {}));
    expect(r.region).toMatchObject({ managerId: o.managerId, managerName: '张伟' });
    expect(
      r.memberships.filter((m) => m.role === 'manager').map((m) => [m.name, m.fromDay, m.toDay]),
    ).toEqual([
      ['张伟', '2026-11-02', '2026-12-01'],
      ['刘强', '2026-11-16', null],
      ['张伟', '2026-12-02', null],
    ]);
    const { db } = openConnection(o.dbFile);
    try {
      expect(await supervisorOn(db, o.wangId, '2026-11-10')).toBe(o.managerId);
      expect(await supervisorOn(db, o.wangId, '2026-12-01')).toBe(liu.id);
      expect(await supervisorOn(db, o.wangId, '2026-12-02')).toBe(o.managerId);
    } finally {
      await db.destroy();
    }
    // Appointing the manager who already leads it changes nothing.
    const rows = tableChecksums(o.dataDir).region_assignments;
    expectOk(await call(o.core, o.manager, 'regions.update', edit(o.managerId)));
    expect(tableChecksums(o.dataDir).region_assignments).toBe(rows);
  });

  it('refuses bad input with Chinese messages at the fields, and stores nothing', async () => {
    const o = await startedOffice();
    const before = tableChecksums(o.dataDir);
    const bad = expectError(
      await callRaw(o.core, o.manager, 'regions.update', {
        name: '  ',
        coverage: '省'.repeat(501),
        marketTier: '五级市场',
        customerTypes: ['医院', '学校'],
        managerId: o.managerId,
      }),
      'BAD_INPUT',
    );
    expect(bad.fields).toEqual({
      name: '请填写区域名称',
      coverage: '覆盖省市不能超过500个字',
      marketTier: '请选择市场级别',
      'customerTypes.1': '客户类型不在可选范围内',
    });
    const none = expectError(
      await callRaw(o.core, o.manager, 'regions.update', { ...edit(o.managerId), customerTypes: [] }),
      'BAD_INPUT',
    );
    expect(none.fields).toEqual({ customerTypes: '请至少选择一种客户类型' });
    const twice = expectError(
      await callRaw(o.core, o.manager, 'regions.update', {
        ...edit(o.managerId),
        customerTypes: ['医院', '医院'],
      }),
      'BAD_INPUT',
    );
    expect(twice.fields).toEqual({ customerTypes: '客户类型有重复' });
    for (const managerId of [o.wangId, o.clerkId, 999]) {
      const e = expectError(await call(o.core, o.manager, 'regions.update', edit(managerId)), 'BAD_INPUT');
      expect(e.fields).toEqual({ managerId: '请选择在职的区域经理' });
    }
    for (const caller of [o.clerk, o.wang]) {
      expectError(await call(o.core, caller, 'regions.update', edit(o.managerId)), 'FORBIDDEN');
    }
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });
});

describe('the regions bundle section', () => {
  it('sends the manager of the month’s last day, and still reads version 1', async () => {
    const o = await startedOffice();
    expectOk(await call(o.core, o.manager, 'regions.update', edit(o.managerId)));
    const { db } = openConnection(o.dbFile);
    let written: unknown;
    try {
      written = await regionsModule.bundleSection!.write({
        db,
        month: '2026-11',
        first: '2026-11-01',
        last: '2026-11-30',
        reportIds: [],
        exportedAt: '2026-12-01T02:00:00.000Z',
        exportedBy: { id: o.managerId, username: 'zhangwei', displayName: '张伟', role: 'manager' },
      });
    } finally {
      await db.destroy();
    }
    expect(regionsSection.latest).toBe(2);
    expect(regionsSection.versions[2].parse(written)).toMatchObject({
      region: { name: '华东三区(浙东)', marketTier: '二级市场', managerName: '张伟' },
    });

    const v1: BundleRegionsV1 = {
      region: {
        code: 'HD-03',
        name: '华东三区',
        coverage: '浙江省杭州市',
        marketTier: '',
        customerTypes: [],
      },
      memberships: [{ userId: 1, role: 'manager', fromDay: '2026-11-02', toDay: null }],
    };
    expect(regionsSection.versions[1].safeParse(v1).success).toBe(true);
    expect(regionsSection.versions[2].safeParse(v1).success).toBe(false);
    expect(regionsSection.upgrade(1, v1)).toEqual({ ...v1, region: { ...v1.region, managerName: null } });
  });
});
