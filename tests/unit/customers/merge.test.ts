import { describe, expect, it } from 'vitest';
import type { CustomerFields } from '../../../src-shared/contract';
import {
  call,
  expectError,
  expectOk,
  readRows,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';
import { saveDraft, visitDay } from '../core/f01-fixtures';

const fields = (name: string, phones: string, ownerId: number | null): CustomerFields => ({
  name,
  type: '经销商',
  grade: 'B',
  address: '',
  people: phones ? [{ name: '刘建国', title: '采购经理', phones }] : [],
  ownerId,
});

describe('合并客户', () => {
  it('moves every contact to the kept customer, and an old report re-saved links to it', async () => {
    const o = await startOffice();
    const keep = expectOk(
      await call(
        o.core,
        o.manager,
        'customers.create',
        fields('华东医药股份有限公司', '13802516624', o.wangId),
      ),
    );
    const dup = expectOk(
      await call(o.core, o.wang, 'customers.create', {
        ...fields('华东医药公司', '0571-87065701', o.wangId),
        people: [
          { name: '刘建国', title: '采购经理', phones: '13802516624' },
          { name: '孙海涛', title: '财务', phones: '0571-87065701' },
        ],
        allowDuplicate: true,
      }),
    );
    const day = visitDay();
    const row = { ...day.visits[0]!, customerName: '华东医药公司', customerId: dup.id };
    const draft = await saveDraft(o.core, o.wang, { day: '2026-11-24', data: { ...day, visits: [row] } });
    // A later report typed the duplicate's name without picking it.
    await saveDraft(o.core, o.wang, {
      day: '2026-11-25',
      data: { ...day, visits: [{ ...row, customerId: undefined }] },
    });

    expectError(
      await call(o.core, o.wang, 'customers.merge', { keepId: keep.id, mergeId: dup.id }),
      'FORBIDDEN',
    );
    const merged = expectOk(
      await call(o.core, o.manager, 'customers.merge', { keepId: keep.id, mergeId: dup.id }),
    );
    expect(merged).toMatchObject({ movedContacts: 2, movedOpportunities: 0 });
    expect(merged.customer.people.map((p) => [p.name, p.phones])).toEqual([
      ['刘建国', '13802516624'],
      ['孙海涛', '0571-87065701'],
    ]);
    expect(readRows(o.dbFile, 'select distinct customer_id from customer_contacts')).toEqual([
      { customer_id: keep.id },
    ]);

    // The merged customer leaves the lists and a second merge of it is refused.
    const names = expectOk(await call(o.core, o.wang, 'customers.search', { query: '华东' })).map(
      (c) => c.name,
    );
    expect(names).toEqual(['华东医药股份有限公司']);
    const before = tableChecksums(o.dataDir);
    expectError(
      await call(o.core, o.manager, 'customers.merge', { keepId: keep.id, mergeId: dup.id }),
      'INVALID_STATE',
    );
    expect(tableChecksums(o.dataDir)).toEqual(before);

    // Re-saving the old draft, which still names the merged customer's id, links to the kept one.
    await saveDraft(o.core, o.wang, {
      day: '2026-11-24',
      data: { ...day, visits: [row], summary: '补充小结' },
      expectedVersion: draft.version,
    });
    expect(
      readRows(o.dbFile, 'select day, customer_id, customer_name from customer_contacts order by day'),
    ).toEqual([
      { day: '2026-11-24', customer_id: keep.id, customer_name: '华东医药公司' },
      { day: '2026-11-25', customer_id: keep.id, customer_name: '华东医药公司' },
    ]);

    const detail = expectOk(await call(o.core, o.wang, 'customers.get', { id: keep.id }));
    expect(detail.timeline.map((t) => t.day)).toEqual(['2026-11-25', '2026-11-24']);
    expect(detail.merged).toEqual([
      { code: dup.code, name: '华东医药公司', at: '2026-11-26T02:00:00.000Z', byName: '张伟' },
    ]);
    // Its ownership ended with the merge; its phone numbers no longer flag duplicates.
    expect(
      readRows(
        o.dbFile,
        'select count(*) n from customer_owners where customer_id = ? and to_day is null',
        dup.id,
      ),
    ).toEqual([{ n: 0 }]);
    expect(
      expectOk(
        await call(o.core, o.wang, 'customers.duplicates', { name: '某新客户', phones: ['0571-87065701'] }),
      ).map((d) => d.id),
    ).toEqual([keep.id]);
  });
});
