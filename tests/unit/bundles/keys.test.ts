import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  fingerprint,
  generateOfficeKeyPair,
  KeyFileError,
  parsePublicKeyFile,
  publicKeyFile,
} from '../../../src-main/core/platform/bundle-format';

const office = { code: 'BJ01', name: '北京办事处' };
const pair = generateOfficeKeyPair();
const goodFile = () => JSON.parse(publicKeyFile(office, pair.publicKeyPem)) as Record<string, unknown>;

function parseError(text: string): KeyFileError {
  try {
    parsePublicKeyFile(text);
  } catch (error) {
    expect(error).toBeInstanceOf(KeyFileError);
    return error as KeyFileError;
  }
  throw new Error('expected the key file to be refused');
}

describe('office keys', () => {
  it('generates an Ed25519 pair that signs and verifies', () => {
    expect(pair.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(pair.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const data = Buffer.from('manifest');
    expect(verify(null, data, pair.publicKeyPem, sign(null, data, pair.privateKeyPem))).toBe(true);
  });

  it('fingerprints the DER public key as 16 groups of 4 hex digits', () => {
    const value = fingerprint(pair.publicKeyPem);
    expect(value).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    const der = createPublicKey(pair.publicKeyPem).export({ type: 'spki', format: 'der' });
    expect(value.replace(/ /g, '')).toBe(createHash('sha256').update(der).digest('hex').toUpperCase());
    expect(fingerprint(generateOfficeKeyPair().publicKeyPem)).not.toBe(value);
  });

  it('writes a key file that reads back', () => {
    const text = publicKeyFile(office, pair.publicKeyPem, new Date('2025-07-01T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({
      format: 'regiondesk-office-key',
      version: 1,
      officeCode: 'BJ01',
    });
    expect(parsePublicKeyFile(text)).toEqual({
      officeCode: 'BJ01',
      officeName: '北京办事处',
      publicKeyPem: pair.publicKeyPem,
      fingerprint: fingerprint(pair.publicKeyPem),
      createdAt: '2025-07-01T00:00:00.000Z',
    });
  });

  it('refuses to write a key file for a malformed office code', () => {
    expect(() => publicKeyFile({ code: '北京', name: '北京办事处' }, pair.publicKeyPem)).toThrow(
      /办事处编码/,
    );
  });
});

describe('parsePublicKeyFile explains what is wrong, in Chinese', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({
    type: 'spki',
    format: 'pem',
  });
  const edit = (changes: Record<string, unknown>) => JSON.stringify({ ...goodFile(), ...changes });

  it.each([
    ['not JSON', '{ not json', /不是有效的 JSON/],
    ['a JSON array', '[]', /不是 RegionDesk 办事处公钥文件/],
    ['another format', edit({ format: 'ssh-key' }), /不是 RegionDesk 办事处公钥文件/],
    ['a later version', edit({ version: 2 }), /版本不受支持/],
    ['a bad office code', edit({ officeCode: 'BJ 01' }), /办事处编码/],
    ['no office name', edit({ officeName: '' }), /请填写办事处名称/],
    ['no public key', edit({ publicKey: undefined }), /缺少公钥/],
    [
      'a broken PEM',
      edit({ publicKey: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----' }),
      /公钥无法读取/,
    ],
    ['an RSA key', edit({ publicKey: rsa }), /不是 Ed25519/],
    [
      'an edited fingerprint',
      edit({ fingerprint: fingerprint(generateOfficeKeyPair().publicKeyPem) }),
      /指纹与公钥不一致/,
    ],
    ['a bad date', edit({ createdAt: 'yesterday' }), /创建时间/],
  ])('%s', (_label, text, message) => {
    expect(parseError(text).message).toMatch(message);
  });

  it('accepts a fingerprint written in lower case without spaces', () => {
    const compact = fingerprint(pair.publicKeyPem).replace(/ /g, '').toLowerCase();
    expect(parsePublicKeyFile(edit({ fingerprint: compact })).fingerprint).toBe(
      fingerprint(pair.publicKeyPem),
    );
  });
});
