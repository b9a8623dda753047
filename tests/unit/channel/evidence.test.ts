import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../src-main/core';
import { call, expectError, expectOk, tableChecksums } from '../../helpers/core-harness';
import { channelOffice, type ChannelOffice, register } from './channel-office';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]);

async function attach(o: ChannelOffice, caller: Caller, id: number, bytes: Buffer, name: string) {
  const uploadId = expectOk(await o.core.upload(bytes, name, caller)).uploadId;
  return call(o.core, caller, 'channel.attach', { id, uploadId });
}

describe('F11 evidence', () => {
  it('keeps a photo through the attachments module and logs it in the chain', async () => {
    const o = await channelOffice();
    const id = await register(o, o.wang);
    const photo = expectOk(await attach(o, o.wang, id, JPEG, '药店货架.jpg'));
    expect(photo).toMatchObject({ fileName: '药店货架.jpg', mime: 'image/jpeg', byName: '王芳' });
    const detail = expectOk(await call(o.core, o.manager, 'channel.case', { id }));
    expect(detail.attachments.map((a) => a.fileName)).toEqual(['药店货架.jpg']);
    expect(detail.log.at(-1)).toMatchObject({
      kind: 'evidence',
      data: { fileName: '药店货架.jpg', sha256: photo.sha256 },
    });
    expect(detail.logProblems).toEqual([]);
    const file = expectOk(await call(o.core, o.manager, 'channel.attachment', { attachmentId: photo.id }));
    expect(file.fileName).toBe('药店货架.jpg');
    // 李军 has nothing to do with the case: the file is as good as absent.
    expectError(await call(o.core, o.li, 'channel.attachment', { attachmentId: photo.id }), 'NOT_FOUND');
  });

  it('refuses a file that is not what it claims, storing nothing', async () => {
    const o = await channelOffice();
    const id = await register(o, o.wang);
    const before = tableChecksums(o.dataDir);
    expectError(await attach(o, o.wang, id, Buffer.from('MZ not a photo'), '照片.jpg'), 'BAD_INPUT');
    expect(tableChecksums(o.dataDir)).toEqual(before);
  });
});
