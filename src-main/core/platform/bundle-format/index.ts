/** Monthly office bundles: a signed zip format, free of Electron and the database. */
export { type BoundedJsonOptions, parseBoundedJson } from './bounded-json';
export { BUNDLE_ERROR_REASONS, BundleError, type BundleErrorReason, isBundleError } from './bundle-error';
export {
  type BundleCaps,
  DATA_JSON_LIMITS,
  DEFAULT_BUNDLE_CAPS,
  type JsonLimits,
  MANIFEST_JSON_LIMITS,
  MANIFEST_PATH,
  sha256Hex,
  SIGNATURE_PATH,
} from './bundle-rules';
export {
  fingerprint,
  generateOfficeKeyPair,
  KeyFileError,
  type OfficeKeyPair,
  type OfficePublicKey,
  parsePublicKeyFile,
  publicKeyFile,
} from './keys';
export { BUNDLE_SCHEMA_VERSION, type BundleFileRecord, type BundleManifest } from './manifest';
export { readBundle, type ReadBundleOptions, type ReadResult, type TrustedOfficeKey } from './read-bundle';
export { isBundlePart, joinParts, partFileName, partGroupKey, splitBundle } from './split-bundle';
export { type BundleFileInput, type ManifestBase, writeBundle, type WriteBundleInput } from './write-bundle';
