import { describe, expect, it } from 'vitest';
import {
  call,
  callRaw,
  expectError,
  expectOk,
  readRows,
  startOffice,
  tableChecksums,
} from '../../helpers/core-harness';
import { DEC_8, officeRegionId, PRODUCT_MORNING, schedule } from './training-office';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('training settings', () => {
  it('start with the regulation’s categories and 请假 left out of the rate; the manager changes them', async () => {
    const o = await startOffice(DEC_8);
    expect(expectOk(await call(o.core, o.wang, 'training.settings', {}))).toEqual({
      categories: ['产品知识', '销售技巧', '行业动态', '制度与合规', '其他'],
      excusedCountsAsAbsent: false,
    });
    const changed = { categories: ['产品知识', '销售技巧', '医保政策'], excusedCountsAsAbsent: true };
    expectError(await call(o.core, o.clerk, 'training.updateSettings', changed), 'FORBIDDEN');
    expect(expectOk(await call(o.core, o.manager, 'training.updateSettings', changed))).toEqual(changed);
    expect(expectOk(await call(o.core, o.clerk, 'training.settings', {}))).toEqual(changed);
    const twice = expectError(
      await call(o.core, o.manager, 'training.updateSettings', { ...changed, categories: ['其他', '其他'] }),
      'BAD_INPUT',
    );
    expect(twice.message).toContain('不能重复');
  });
});

describe('training sessions', () => {
  it('schedules a session for the region: its people on the day, hours from the times', async () => {
    const o = await startOffice(DEC_8);
    const detail = expectOk(
      await call(o.core, o.manager, 'training.save', {
        fields: { ...PRODUCT_MORNING, trainerId: o.managerId, regionIds: [officeRegionId(o)] },
      }),
    );
    expect(detail.session).toMatchObject({
      topic: '康健牌血糖试纸新品知识',
      category: '产品知识',
      trainerId: o.managerId,
      trainerName: '张伟',
      day: '2026-12-03',
      hours: 2.5,
      status: 'scheduled',
      attendeeCount: 3,
      enteredCount: 0,
    });
    // The region's reps and clerk; the manager giving it is not on the list.
    expect(detail.attendees.map((a) => a.name).sort()).toEqual(['李军', '王芳', '陈静'].sort());

    // A rep sees the sessions on their list, and only their own row.
    const mine = expectOk(await call(o.core, o.wang, 'training.session', { id: detail.session.id }));
    expect(mine.attendees.map((a) => a.userId)).toEqual([o.wangId]);
    expect(expectOk(await call(o.core, o.wang, 'training.sessions', {})).map((s) => s.id)).toEqual([
      detail.session.id,
    ]);
    const other = await schedule(o, { topic: '大客户谈判技巧', category: '销售技巧', attendeeIds: [o.liId] });
    expect(expectOk(await call(o.core, o.wang, 'training.sessions', {}))).toHaveLength(1);
    expectError(await call(o.core, o.wang, 'training.session', { id: other }), 'NOT_FOUND');
    expect(
      expectOk(await call(o.core, o.manager, 'training.sessions', { category: '销售技巧' })).map((s) => s.id),
    ).toEqual([other]);
    expect(
      expectOk(await call(o.core, o.manager, 'training.sessions', { from: '2026-12-04', to: '2026-12-31' })),
    ).toEqual([]);
    expectError(
      await call(o.core, o.clerk, 'training.save', {
        fields: { ...PRODUCT_MORNING, trainerName: '外聘讲师' },
      }),
      'FORBIDDEN',
    );
  });

  it('leaves a person who joins after the day off a region’s list', async () => {
    const o = await startOffice(DEC_8);
    expectOk(
      await call(o.core, o.manager, 'people.create', {
        username: 'zhaolei',
        displayName: '赵磊',
        role: 'rep',
        password: 'zhaolei-2026',
        phone: '13900001111',
        joinedOn: '2026-12-15',
      }),
    );
    const before = expectOk(
      await call(o.core, o.manager, 'training.save', {
        fields: { ...PRODUCT_MORNING, trainerName: '外聘讲师 刘洋', regionIds: [officeRegionId(o)] },
      }),
    );
    expect(before.attendees.map((a) => a.name)).not.toContain('赵磊');
    const after = expectOk(
      await call(o.core, o.manager, 'training.save', {
        fields: {
          ...PRODUCT_MORNING,
          day: '2026-12-17',
          trainerName: '外聘讲师 刘洋',
          regionIds: [officeRegionId(o)],
        },
      }),
    );
    expect(after.attendees.map((a) => a.name)).toContain('赵磊');
    expect(after.session).toMatchObject({ trainerId: null, trainerName: '外聘讲师 刘洋' });
  });

  it('changes a scheduled session, cancels it with a reason, and refuses to change it then', async () => {
    const o = await startOffice(DEC_8);
    const id = await schedule(o, { day: '2026-12-20', attendeeIds: [o.wangId] });
    const changed = expectOk(
      await call(o.core, o.manager, 'training.save', {
        id,
        fields: {
          ...PRODUCT_MORNING,
          day: '2026-12-21',
          hours: 3,
          trainerName: '刘洋',
          attendeeIds: [o.liId],
        },
      }),
    );
    expect(changed.session).toMatchObject({ id, day: '2026-12-21', hours: 3, trainerId: null });
    expect(changed.attendees.map((a) => a.userId)).toEqual([o.liId]);
    expectError(await call(o.core, o.manager, 'training.cancel', { id, reason: '' }), 'BAD_INPUT');
    const cancelled = expectOk(
      await call(o.core, o.manager, 'training.cancel', { id, reason: '讲师临时出差' }),
    );
    expect(cancelled.session.status).toBe('cancelled');
    expect(cancelled.session.notes).toContain('取消原因:讲师临时出差');
    expectError(
      await call(o.core, o.manager, 'training.cancel', { id, reason: '再取消一次' }),
      'INVALID_STATE',
    );
    expectError(
      await call(o.core, o.manager, 'training.save', {
        id,
        fields: { ...PRODUCT_MORNING, trainerName: '刘洋' },
      }),
      'INVALID_STATE',
    );
    expect(
      readRows(o.dbFile, `select action from audit_log where entity = 'training_sessions' order by id`),
    ).toEqual([{ action: 'create' }, { action: 'update' }, { action: 'cancel' }]);
  });

  it('refuses a session ending before it starts, an unknown category or no one invited, storing nothing', async () => {
    const o = await startOffice(DEC_8);
    const before = tableChecksums(o.dataDir);
    const backwards = expectError(
      await call(o.core, o.manager, 'training.save', {
        fields: {
          ...PRODUCT_MORNING,
          trainerName: '刘洋',
          attendeeIds: [o.wangId],
          startTime: '14:00',
          endTime: '11:00',
        },
      }),
      'BAD_INPUT',
    );
    expect(backwards.message).toContain('结束时间须晚于开始时间');
    const unknown = expectError(
      await call(o.core, o.manager, 'training.save', {
        fields: { ...PRODUCT_MORNING, trainerName: '刘洋', attendeeIds: [o.wangId], category: '团建' },
      }),
      'BAD_INPUT',
    );
    expect(unknown.message).toContain('培训类别“团建”不在设置的类别中');
    const nobody = expectError(
      await call(o.core, o.manager, 'training.save', { fields: { ...PRODUCT_MORNING, trainerName: '刘洋' } }),
      'BAD_INPUT',
    );
    expect(nobody.message).toContain('参训名单为空');
    const noTrainer = expectError(
      await call(o.core, o.manager, 'training.save', {
        fields: { ...PRODUCT_MORNING, attendeeIds: [o.wangId] },
      }),
      'BAD_INPUT',
    );
    expect(noTrainer.message).toContain('讲师');
    expectError(
      await callRaw(o.core, o.manager, 'training.save', {
        fields: { ...PRODUCT_MORNING, trainerName: '刘洋', attendeeIds: [o.wangId], startTime: '9点' },
      }),
      'BAD_INPUT',
    );
    expectError(
      await call(o.core, o.manager, 'training.save', {
        fields: { ...PRODUCT_MORNING, trainerName: '刘洋', attendeeIds: [999] },
      }),
      'BAD_INPUT',
    );
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });

  it('keeps materials through the attachments module for the people on the list', async () => {
    const o = await startOffice(DEC_8);
    const id = await schedule(o, { attendeeIds: [o.wangId] });
    const uploadId = expectOk(await o.core.upload(PDF, '新品培训讲义.pdf', o.clerk)).uploadId;
    const file = expectOk(await call(o.core, o.clerk, 'training.attach', { id, uploadId }));
    expect(file).toMatchObject({ fileName: '新品培训讲义.pdf', mime: 'application/pdf', byName: '陈静' });
    const detail = expectOk(await call(o.core, o.wang, 'training.session', { id }));
    expect(detail.materials.map((m) => m.fileName)).toEqual(['新品培训讲义.pdf']);
    expect(
      expectOk(await call(o.core, o.wang, 'training.material', { attachmentId: file.id })).fileName,
    ).toBe('新品培训讲义.pdf');
    // 李军 is not on the list: the file is as good as absent.
    expectError(await call(o.core, o.li, 'training.material', { attachmentId: file.id }), 'NOT_FOUND');
    const again = expectOk(await o.core.upload(PDF, '讲义.pdf', o.wang)).uploadId;
    expectError(await call(o.core, o.wang, 'training.attach', { id, uploadId: again }), 'FORBIDDEN');
  });
});
