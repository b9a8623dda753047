import { describe, expect, it } from 'vitest';
import { publicKeyFile } from '../../../src-main/core/platform/bundle-format';
import { SAMPLE_OFFICE, sampleKeyFile, sampleKeys } from '../../helpers/bundles/sample-bundle';
import { call, expectError, expectOk, tableChecksumsOf } from '../../helpers/core-harness';
import { startHeadOffice } from './head-office';

describe('registering an office key file at head office', () => {
  it('shows the fingerprint first and registers only with that fingerprint confirmed', async () => {
    const hq = await startHeadOffice();
    const text = sampleKeyFile();
    const seen = expectOk(await call(hq.core, hq.admin, 'hq.keys.inspect', { text }));
    expect(seen).toMatchObject({
      office: { code: SAMPLE_OFFICE.code, name: SAMPLE_OFFICE.name },
      state: 'newOffice',
    });
    expect(seen.fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);

    const before = await tableChecksumsOf(hq);
    const other = seen.fingerprint.replace(/^[0-9A-F]/, (c) => (c === 'A' ? 'B' : 'A'));
    const refused = expectError(
      await call(hq.core, hq.admin, 'hq.keys.register', { text, confirmFingerprint: other }),
      'BAD_INPUT',
    );
    expect(refused.message).toContain('指纹');
    expectError(await call(hq.core, hq.admin, 'hq.keys.register', { text } as never), 'BAD_INPUT');
    expect(await tableChecksumsOf(hq)).toEqual(before);

    const added = expectOk(
      await call(hq.core, hq.admin, 'hq.keys.register', { text, confirmFingerprint: seen.fingerprint }),
    );
    expect(added).toMatchObject({ added: true, fingerprint: seen.fingerprint });
    expect(expectOk(await call(hq.core, hq.admin, 'hq.keys.inspect', { text })).state).toBe('registered');
    const again = expectOk(
      await call(hq.core, hq.admin, 'hq.keys.register', { text, confirmFingerprint: seen.fingerprint }),
    );
    expect(again.added).toBe(false);

    // Another key for the same office is called out as such before it is confirmed.
    const changed = publicKeyFile(SAMPLE_OFFICE, sampleKeys.other.publicKeyPem);
    expect(expectOk(await call(hq.core, hq.admin, 'hq.keys.inspect', { text: changed })).state).toBe(
      'anotherKey',
    );
  });

  it('refuses what is not a key file with a Chinese reason', async () => {
    const hq = await startHeadOffice();
    const tampered = sampleKeyFile().replace(/"fingerprint": "[0-9A-F]/, '"fingerprint": "0');
    for (const text of ['不是 JSON', '{"format":"other"}', tampered]) {
      const error = expectError(await call(hq.core, hq.admin, 'hq.keys.inspect', { text }), 'BAD_INPUT');
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
