import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { z } from 'zod';

export const OFFICE_KEY_FORMAT = 'regiondesk-office-key';
export const OFFICE_KEY_VERSION = 1;

export interface OfficeKeyPair {
  publicKeyPem: string;
  privateKeyPem: string;
}

/** What a registered office public key file holds once checked. */
export interface OfficePublicKey {
  officeCode: string;
  officeName: string;
  publicKeyPem: string;
  fingerprint: string;
  createdAt: string;
}

/** A key file or PEM that cannot be used; the message is Chinese and says what to fix. */
export class KeyFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KeyFileError';
  }
}

export const officeCodeSchema = z
  .string({ error: '请填写办事处编码' })
  .regex(/^[A-Za-z0-9-]{1,20}$/, '办事处编码只能用 1–20 个字母、数字和短横线');

export function generateOfficeKeyPair(): OfficeKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKeyPem: publicKey, privateKeyPem: privateKey };
}

/** The Ed25519 public key in a PEM, or a KeyFileError. */
export function loadPublicKey(publicKeyPem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey(publicKeyPem);
  } catch {
    throw new KeyFileError('公钥无法读取，请确认是完整的 PEM 格式公钥');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new KeyFileError('公钥不是 Ed25519 密钥');
  return key;
}

/** The Ed25519 private key in a PEM, or a KeyFileError. */
export function loadPrivateKey(privateKeyPem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch {
    throw new KeyFileError('私钥无法读取，请确认是完整的 PEM 格式私钥');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new KeyFileError('私钥不是 Ed25519 密钥');
  return key;
}

/**
 * SHA-256 of the DER-encoded SubjectPublicKeyInfo, as 64 upper-case hex digits in 16 groups of 4
 * separated by single spaces (`AB12 CD34 … 9F0E`), so two people can read it out over the phone.
 * `scripts/verify-bundle.mjs` computes the same string.
 */
export function fingerprint(publicKeyPem: string): string {
  const der = loadPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex').toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

function normalizedPem(publicKeyPem: string): string {
  return loadPublicKey(publicKeyPem).export({ type: 'spki', format: 'pem' }).toString();
}

/** The JSON text an office sends to head office so its bundles can be checked. */
export function publicKeyFile(
  office: { code: string; name: string },
  publicKeyPem: string,
  createdAt: Date = new Date(),
): string {
  const code = officeCodeSchema.safeParse(office.code);
  if (!code.success) throw new KeyFileError(code.error.issues[0]!.message);
  const file = {
    format: OFFICE_KEY_FORMAT,
    version: OFFICE_KEY_VERSION,
    officeCode: office.code,
    officeName: office.name,
    publicKey: normalizedPem(publicKeyPem),
    fingerprint: fingerprint(publicKeyPem),
    createdAt: createdAt.toISOString(),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const keyFileSchema = z.object({
  format: z.literal(OFFICE_KEY_FORMAT, { error: '不是 RegionDesk 办事处公钥文件' }),
  version: z.literal(OFFICE_KEY_VERSION, { error: '公钥文件版本不受支持，请升级本软件' }),
  officeCode: officeCodeSchema,
  officeName: z
    .string({ error: '请填写办事处名称' })
    .trim()
    .min(1, '请填写办事处名称')
    .max(100, '办事处名称过长'),
  publicKey: z.string({ error: '公钥文件缺少公钥' }).min(1, '公钥文件缺少公钥'),
  fingerprint: z.string({ error: '公钥文件缺少指纹' }),
  createdAt: z.iso.datetime({ offset: true, error: '公钥文件的创建时间格式不正确' }),
});

/** Reads and checks an office public key file; throws KeyFileError with a Chinese message. */
export function parsePublicKeyFile(text: string): OfficePublicKey {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new KeyFileError('公钥文件不是有效的 JSON 文本，可能已损坏');
  }
  const parsed = keyFileSchema.safeParse(json, { error: () => '公钥文件格式不正确' });
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    if (first?.code === 'invalid_type' && first.path.length === 0) {
      throw new KeyFileError('不是 RegionDesk 办事处公钥文件');
    }
    throw new KeyFileError(first?.message ?? '公钥文件格式不正确');
  }
  const file = parsed.data;
  const actual = fingerprint(file.publicKey);
  if (actual.replace(/ /g, '') !== file.fingerprint.replace(/\s/g, '').toUpperCase()) {
    throw new KeyFileError('公钥文件中的指纹与公钥不一致，文件可能被改动');
  }
  return {
    officeCode: file.officeCode,
    officeName: file.officeName,
    publicKeyPem: normalizedPem(file.publicKey),
    fingerprint: actual,
    createdAt: file.createdAt,
  };
}
