import { readFileSync } from 'node:fs';
import type { Caller, Core } from '../../../src-main/core';
import type { Result } from '../../../src-shared/errors';
import { call, expectOk, FakeCaller, openTestCore, signIn } from '../../helpers/core-harness';

export const HQ_PROFILE = {
  company: '江南康健医药有限公司',
  regionCode: 'HQ',
  regionName: '销售部',
  coverage: '全国',
  officeName: '销售部',
  address: '浙江省杭州市滨江区江南大道3588号',
  phone: '0571-86001234',
  fax: '0571-86001235',
};

export const HQ_ADMIN = {
  username: 'xiaoshoubu',
  displayName: '周敏',
  password: 'Xsb-2026-zongbu',
  phone: '13800571234',
};

/** A head-office installation (销售部) with its administrator signed in. */
export async function startHeadOffice(start?: string, options: { worker?: boolean } = {}) {
  const t = await openTestCore(start, undefined, { headOffice: true, ...options });
  expectOk(
    await call(t.core, new FakeCaller(), 'setup.initialize', {
      mode: 'headOffice',
      office: HQ_PROFILE,
      manager: HQ_ADMIN,
    }),
  );
  const admin = await signIn(t.core, HQ_ADMIN.username, HQ_ADMIN.password);
  return { ...t, admin };
}

/** Hands files to the core as the import screen does, returning their upload ids. */
export async function uploadAll(core: Core, caller: Caller, files: { name: string; bytes: Buffer }[]) {
  const ids: string[] = [];
  for (const f of files) {
    const r: Result<{ uploadId: string }> = await core.upload(f.bytes, f.name, caller);
    ids.push(expectOk(r).uploadId);
  }
  return ids;
}

/** Uploads files from disk under their own or the given names. */
export function fromDisk(path: string, name = path.split('/').pop()!) {
  return { name, bytes: readFileSync(path) };
}

/**
 * Registers an office's key file as the 办事处与公钥 screen does: the fingerprint the file shows
 * is confirmed (in real life, read out by the office on the phone) and sent back with it.
 */
export async function registerKeyFile(core: Core, caller: Caller, text: string) {
  const seen = expectOk(await call(core, caller, 'hq.keys.inspect', { text }));
  return expectOk(
    await call(core, caller, 'hq.keys.register', { text, confirmFingerprint: seen.fingerprint }),
  );
}
