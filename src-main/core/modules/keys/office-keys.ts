import type { keysMethods } from '../../../../src-shared/contract/keys';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentUser, type HandlerContext, type ModuleHandlers } from '../../handler-types';
import { fingerprint, generateOfficeKeyPair, publicKeyFile } from '../../platform/bundle-format';
import { requireOffice } from '../office';
import { readSetting, writeSetting } from '../settings';

const SETTING = 'officeKey';

/** Where the office's private signing key lives: in the data folder, never in the database or a bundle. */
export function privateKeyPath(dataDir: string): string {
  return join(dataDir, 'keys', 'office-ed25519.pem');
}

interface StoredKey {
  publicKeyPem: string;
  fingerprint: string;
  createdAt: string;
}

/**
 * The office's Ed25519 signing key, made on first need (at setup). The private half is written
 * only to the data folder with owner-only permissions; the public half and its fingerprint are
 * kept in the settings for head office to register.
 */
export async function ensureOfficeKey(ctx: Pick<HandlerContext, 'db' | 'dataDir' | 'now'>, actorId: number) {
  const existing = await readSetting<StoredKey>(ctx.db, SETTING);
  if (existing) return existing;
  const pair = generateOfficeKeyPair();
  const file = privateKeyPath(ctx.dataDir);
  mkdirSync(join(ctx.dataDir, 'keys'), { recursive: true, mode: 0o700 });
  // 'wx' refuses to replace a key that exists on disk but lost its settings row.
  writeFileSync(file, pair.privateKeyPem, { mode: 0o600, flag: 'wx' });
  const key: StoredKey = {
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
      action: 'createKey',
      audit: { fingerprint: key.fingerprint },
    }),
  );
  return key;
}

async function keyInfo(ctx: HandlerContext) {
  const me = currentUser(ctx);
  const office = await requireOffice(ctx.db);
  const key = await ensureOfficeKey(ctx, me.id);
  return {
    key,
    office,
    privateKeyPresent: existsSync(privateKeyPath(ctx.dataDir)),
    file: publicKeyFile(
      { code: office.region_code, name: office.office_name },
      key.publicKeyPem,
      new Date(key.createdAt),
    ),
  };
}

export const keyHandlers = {
  'keys.info': async (_input, ctx) => {
    const { key, privateKeyPresent } = await keyInfo(ctx);
    return { fingerprint: key.fingerprint, createdAt: key.createdAt, privateKeyPresent };
  },

  'keys.exportPublic': async (_input, ctx) => {
    const { office, file } = await keyInfo(ctx);
    const fileName = `office-key-${office.region_code}.json`;
    const saved = ctx.files.add(
      Buffer.from(file, 'utf8'),
      fileName,
      'application/json',
      ctx.caller.sessionToken,
    );
    return { fileId: saved.id, fileName };
  },
} satisfies Partial<ModuleHandlers<typeof keysMethods>>;
