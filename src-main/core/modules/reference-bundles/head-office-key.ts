import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createPublicKey } from 'node:crypto';
import { join } from 'node:path';
import type { HandlerContext } from '../../handler-types';
import { fingerprint, generateOfficeKeyPair } from '../../platform/bundle-format';
import { privateKeyPath } from '../keys';
import { readSetting, writeSetting } from '../settings';

const SETTING = 'headOfficeKey';

/** Where head office's private signing key lives: in the data folder, never in the database or a bundle. */
export function headOfficeKeyPath(dataDir: string): string {
  return join(dataDir, 'keys', 'head-office-ed25519.pem');
}

export interface HeadOfficeKey {
  publicKeyPem: string;
  fingerprint: string;
  createdAt: string;
}

/**
 * Head office's Ed25519 key for reference bundles, made on first need. It is a key of its own,
 * not an office key: offices register it by fingerprint and refuse anything else as reference data.
 */
export async function ensureHeadOfficeKey(
  ctx: Pick<HandlerContext, 'db' | 'dataDir' | 'now'>,
  actorId: number,
): Promise<HeadOfficeKey & { privateKeyPem: string }> {
  const file = headOfficeKeyPath(ctx.dataDir);
  const existing = await readSetting<HeadOfficeKey>(ctx.db, SETTING);
  if (existing) return { ...existing, privateKeyPem: readFileSync(file, 'utf8') };
  const pair = generateOfficeKeyPair();
  mkdirSync(join(ctx.dataDir, 'keys'), { recursive: true, mode: 0o700 });
  // 'wx' refuses to replace a key that exists on disk but lost its settings row.
  writeFileSync(file, pair.privateKeyPem, { mode: 0o600, flag: 'wx' });
  const key: HeadOfficeKey = {
    publicKeyPem: pair.publicKeyPem,
    fingerprint: fingerprint(pair.publicKeyPem),
    createdAt: ctx.now().toISOString(),
  };
  await ctx.db.transaction().execute((trx) =>
    writeSetting(trx, {
      key: SETTING,
      value: key,
      actorId,
      at: key.createdAt,
      action: 'createHeadOfficeKey',
      audit: { fingerprint: key.fingerprint },
    }),
  );
  return { ...key, privateKeyPem: pair.privateKeyPem };
}

/**
 * The fingerprint of this installation's own office key, read from its private half without
 * making one: a reference bundle signed with it was not made by head office.
 */
export function ownOfficeFingerprint(dataDir: string): string | null {
  const file = privateKeyPath(dataDir);
  if (!existsSync(file)) return null;
  const publicPem = createPublicKey(readFileSync(file, 'utf8')).export({ type: 'spki', format: 'pem' });
  return fingerprint(publicPem.toString());
}
