import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { fingerprint, generateOfficeKeyPair, publicKeyFile } from '../../platform/bundle-format/keys';
import type { DB } from '../../db/schema';
import { currentUser, type HandlerContext, type Handlers } from '../../handler-types';
import { writeAudit } from '../../platform/audit';
import { loadOffice } from '../office/office-handlers';
import { ApiError } from '../../../../src-shared/errors';

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

async function storedKey(db: Kysely<DB>): Promise<StoredKey | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', SETTING).executeTakeFirst();
  return row ? (JSON.parse(row.value) as StoredKey) : null;
}

/**
 * The office's Ed25519 signing key, made on first need (at setup). The private half is written
 * only to the data folder with owner-only permissions; the public half and its fingerprint are
 * kept in the settings for head office to register.
 */
export async function ensureOfficeKey(ctx: Pick<HandlerContext, 'db' | 'dataDir' | 'now'>, actorId: number) {
  const existing = await storedKey(ctx.db);
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
  const at = key.createdAt;
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('settings')
      .values({ key: SETTING, value: JSON.stringify(key), updated_at: at, updated_by: actorId })
      .execute();
    await writeAudit(trx, {
      actorId,
      action: 'createKey',
      entity: 'settings',
      entityId: SETTING,
      at,
      detail: { fingerprint: key.fingerprint },
    });
  });
  return key;
}

async function keyInfo(ctx: HandlerContext) {
  const me = currentUser(ctx);
  const office = await loadOffice(ctx.db);
  if (!office) throw new ApiError('SETUP_REQUIRED', '请先完成初始设置。');
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
} satisfies Pick<Handlers, 'keys.info' | 'keys.exportPublic'>;
