import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import type { OfficeKeyPair } from '../../../src-main/core/platform/bundle-format/keys';

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410).
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** An Ed25519 key pair derived from a label, so test bundles come out byte-for-byte the same. */
export function seededKeyPair(label: string): OfficeKeyPair {
  const seed = createHash('sha256').update(`regiondesk test key: ${label}`).digest();
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString(),
  };
}
