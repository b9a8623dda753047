import { createHash } from 'node:crypto';

/** Names and limits shared by the bundle writer and reader, so nothing is written that would be refused. */

export const MANIFEST_PATH = 'manifest.json';
export const SIGNATURE_PATH = 'manifest.sig';
export const RESERVED_PATHS: readonly string[] = [MANIFEST_PATH, SIGNATURE_PATH];

export interface BundleCaps {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
}

export const DEFAULT_BUNDLE_CAPS: Readonly<BundleCaps> = {
  maxEntries: 5000,
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
};

/** How large and how deeply nested a JSON file of a bundle may be before it is even parsed. */
export interface JsonLimits {
  maxBytes: number;
  maxDepth: number;
}

/**
 * A manifest is three levels deep (object, files array, file). The largest one the writer can
 * produce under DEFAULT_BUNDLE_CAPS (4,998 files with 240-character paths) is about 1.9 MB.
 */
export const MANIFEST_JSON_LIMITS: Readonly<JsonLimits> = { maxBytes: 2 * 1024 * 1024, maxDepth: 8 };

/**
 * data/bundle.json: a busy office's month is a few hundred KB and six levels deep; the margin is
 * for forms with nested tables, not for growth by orders of magnitude.
 */
export const DATA_JSON_LIMITS: Readonly<JsonLimits> = { maxBytes: 32 * 1024 * 1024, maxDepth: 64 };

export const MAX_PATH_LENGTH = 240;
// Characters Windows refuses in file names; head office unpacks documents on Windows.
const WINDOWS_FORBIDDEN = /[:*?"<>|]/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

export type PathProblem = 'absolute-path' | 'traversal' | 'bad-name';

/**
 * What is wrong with a file path inside a bundle, or null when it is a plain relative path of
 * printable ASCII. Backslashes count as separators for the traversal and absolute-path checks
 * (Windows tools treat them so) and are refused otherwise.
 */
export function pathProblem(path: string): PathProblem | null {
  if (/^[\\/]/.test(path) || /^[A-Za-z]:/.test(path)) return 'absolute-path';
  const segments = path.split(/[\\/]/);
  if (segments.includes('..')) return 'traversal';
  if (path.length === 0 || path.length > MAX_PATH_LENGTH) return 'bad-name';
  if (!/^[\x20-\x7e]+$/.test(path) || path.includes('\\') || WINDOWS_FORBIDDEN.test(path)) return 'bad-name';
  for (const segment of segments) {
    if (segment === '' || segment === '.' || /^ |[ .]$/.test(segment) || WINDOWS_DEVICE.test(segment)) {
      return 'bad-name';
    }
  }
  return null;
}

/** Paths that would land on the same file on a case-insensitive disk share this key. */
export function pathKey(path: string): string {
  return path.toLowerCase();
}

/** Lower-case hex SHA-256, as manifest.json lists it. */
export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
