import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, expectOk, queryRows } from '../../helpers/core-harness';
import { MONTH, monthOffice, MONTH_OF_WORK } from '../bundle-export/month-office';
import { registerKeyFile, startHeadOffice, uploadAll } from './head-office';

const V1 = join(__dirname, '../../fixtures/bundles/v1');

/** Imports files at head office as the import screen does. */
async function importFiles(
  hq: Awaited<ReturnType<typeof startHeadOffice>>,
  files: { name: string; bytes: Buffer }[],
) {
  const uploadIds = await uploadAll(hq.core, hq.admin, files);
  return expectOk(await call(hq.core, hq.admin, 'hq.import.run', { uploadIds }));
}

describe('bundles written by earlier releases', () => {
  // Kept forever: every data version an office ever wrote must still import.
  it('imports November’s bundle as schema 1 wrote it, before the data had sections', async () => {
    const hq = await startHeadOffice('2026-12-05T02:00:00.000Z');
    await registerKeyFile(hq.core, hq.admin, readFileSync(join(V1, 'office-key-HD-03.json'), 'utf8'));
    const result = await importFiles(hq, [
      { name: 'HD-03-2026-11-r1.zip', bytes: readFileSync(join(V1, 'HD-03-2026-11-r1.zip')) },
    ]);
    expect(result).toMatchObject({
      outcome: 'imported',
      office: { code: 'HD-03', name: '杭州办事处', region: '华东三区' },
      period: '2026-11',
      revision: 1,
      reportCount: 61,
    });
    const bundle = expectOk(await call(hq.core, hq.admin, 'hq.bundles.get', { bundleId: result.bundleId }));
    expect(bundle.reports).toHaveLength(61);
    expect(bundle.gaps.length).toBeGreaterThan(0);
    const preview = expectOk(
      await call(hq.core, hq.admin, 'hq.reports.preview', { reportId: bundle.reports[0]!.id }),
    );
    expect(JSON.stringify(preview)).toContain('杭州办事处');
    // Its people and customers are kept as version 1 of their sections.
    expect(
      await queryRows(
        hq,
        'select name, version from ho_bundle_sections where bundle_id = ? order by name',
        result.bundleId,
      ),
    ).toEqual([
      { name: 'customers', version: 1 },
      { name: 'people', version: 1 },
    ]);
  });
});

describe('a bundle of this release', MONTH_OF_WORK, () => {
  it('carries a section per module, which head office keeps and learns the office’s region from', async () => {
    const { o } = await monthOffice({ weeks: 1 });
    expectOk(
      await call(o.core, o.manager, 'office.update', {
        company: '江南康健医药有限公司',
        regionCode: 'HD-03',
        regionName: '华东三区',
        coverage: '浙江省杭州市、绍兴市、宁波市、湖州市',
        officeName: '杭州办事处',
        address: '浙江省杭州市西湖区文三路478号华星时代广场12楼',
        phone: '0571-88231456',
        fax: '0571-88231457',
      }),
    );
    const hq = await startHeadOffice('2026-12-05T02:00:00.000Z');
    const key = expectOk(await call(o.core, o.manager, 'keys.exportPublic', {}));
    await registerKeyFile(
      hq.core,
      hq.admin,
      readFileSync(o.core.getFile(key.fileId, o.manager.sessionToken)!.path, 'utf8'),
    );
    const out = expectOk(await call(o.core, o.manager, 'bundles.export', { month: MONTH }));
    const result = await importFiles(
      hq,
      out.files.map((f) => ({ name: f.fileName, bytes: readFileSync(join(out.outboxDir, f.fileName)) })),
    );
    expect(result.outcome).toBe('imported');
    expect(
      await queryRows(
        hq,
        'select name, version from ho_bundle_sections where bundle_id = ? order by name',
        result.bundleId,
      ),
    ).toEqual([
      { name: 'channel', version: 1 },
      { name: 'customers', version: 2 },
      { name: 'people', version: 1 },
      { name: 'performance', version: 1 },
      { name: 'pipeline', version: 1 },
      { name: 'regions', version: 2 },
      { name: 'sales', version: 1 },
      { name: 'targets', version: 1 },
      { name: 'training', version: 1 },
    ]);
    expect(await queryRows(hq, `select code, name, coverage from regions where code = 'HD-03'`)).toEqual([
      { code: 'HD-03', name: '华东三区', coverage: '浙江省杭州市、绍兴市、宁波市、湖州市' },
    ]);
    const people = JSON.parse(
      String((await queryRows(hq, `select data from ho_bundle_sections where name = 'people'`))[0]!.data),
    ) as { name: string; active: boolean }[];
    expect(people.map((p) => p.name).sort()).toEqual(['张伟', '李军', '王芳', '陈静'].sort());
  });
});
