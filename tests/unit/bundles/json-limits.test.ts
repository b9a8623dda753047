import { describe, expect, it } from 'vitest';
import {
  BUNDLE_ERROR_REASONS,
  BundleError,
  DATA_JSON_LIMITS,
  DEFAULT_BUNDLE_CAPS,
  MANIFEST_JSON_LIMITS,
  parseBoundedJson,
} from '../../../src-main/core/platform/bundle-format';
import { MAX_PATH_LENGTH } from '../../../src-main/core/platform/bundle-format/bundle-rules';
import {
  parseManifestBytes,
  serializeManifest,
} from '../../../src-main/core/platform/bundle-format/manifest';
import { signedBundleEntries } from '../../../src-main/core/platform/bundle-format/write-bundle';
import { sampleBundleInput } from '../../helpers/bundles/sample-bundle';

const bytes = (text: string) => Buffer.from(text, 'utf8');

function refusal(run: () => unknown): BundleError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(BundleError);
    return error as BundleError;
  }
  throw new Error('expected a BundleError');
}

const limits = (maxDepth: number, maxBytes = 1024) => ({ maxBytes, maxDepth, what: 'data/bundle.json' });

describe('parseBoundedJson', () => {
  it('parses JSON as deep as allowed and refuses one level more, naming the file', () => {
    expect(parseBoundedJson(bytes('{"a":[{"b":[]}]}'), limits(4))).toEqual({ a: [{ b: [] }] });
    const error = refusal(() => parseBoundedJson(bytes('{"a":[{"b":[[]]}]}'), limits(4)));
    expect(error.reason).toBe('too-deep');
    expect(error.message).toContain('data/bundle.json');
    expect(error.message).toContain('4 层');
  });

  it('does not count brackets inside strings', () => {
    const text = '[{"note":"[[[[{{{{"}, "]]]]}}}}"]';
    expect(parseBoundedJson(bytes(text), limits(2))).toEqual([{ note: '[[[[{{{{' }, ']]]]}}}}']);
  });

  it('follows escapes: an escaped quote does not end a string, an escaped backslash does not escape its quote', () => {
    // Real depth 3 in both; a scanner that leaves or stays in the string too early sees less.
    const escapedQuote = String.raw`["\"]]]]]", [[1]]]`;
    const escapedBackslash = String.raw`["\\", [[1]]]`;
    expect(parseBoundedJson(bytes(escapedQuote), limits(3))).toEqual(['"]]]]]', [[1]]]);
    expect(parseBoundedJson(bytes(escapedBackslash), limits(3))).toEqual(['\\', [[1]]]);
    expect(refusal(() => parseBoundedJson(bytes(escapedQuote), limits(2))).reason).toBe('too-deep');
    expect(refusal(() => parseBoundedJson(bytes(escapedBackslash), limits(2))).reason).toBe('too-deep');
  });

  it('reads multi-byte UTF-8 and \\u escapes without losing its place', () => {
    const text = '["报表[", "\\u005b\\u0022", {"区域":["华北"]}]';
    expect(parseBoundedJson(bytes(text), limits(3))).toEqual(['报表[', '["', { 区域: ['华北'] }]);
    expect(refusal(() => parseBoundedJson(bytes(text), limits(2))).reason).toBe('too-deep');
  });

  it('refuses 100,000 levels with a reason, not a stack overflow', () => {
    const deep = bytes(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const error = refusal(() => parseBoundedJson(deep, { ...DATA_JSON_LIMITS, what: 'data/bundle.json' }));
    expect(error.reason).toBe('too-deep');
  });

  it('checks the size first, up to and including the limit', () => {
    const text = bytes('[1, 2, 3]');
    expect(parseBoundedJson(text, limits(1, text.length))).toEqual([1, 2, 3]);
    const error = refusal(() => parseBoundedJson(text, limits(1, text.length - 1)));
    expect(error.reason).toBe('json-too-large');
    expect(refusal(() => parseBoundedJson(bytes('[[[[]]]]'), limits(1, 4))).reason).toBe('json-too-large');
  });

  it('refuses text that is not UTF-8 JSON with the reason the caller gives, bad-data by default', () => {
    expect(refusal(() => parseBoundedJson(bytes('{"a":'), limits(4))).reason).toBe('bad-data');
    const latin1 = Buffer.from([0x22, 0xe9, 0x22]);
    const error = refusal(() => parseBoundedJson(latin1, { ...limits(4), invalid: 'bad-manifest' }));
    expect(error.reason).toBe('bad-manifest');
  });
});

describe('manifest.json limits', () => {
  const manifestText = () => signedBundleEntries(sampleBundleInput())[0]!.bytes.toString('utf8');
  const edited = (edit: (manifest: Record<string, unknown>) => void) => {
    const manifest = JSON.parse(manifestText()) as Record<string, unknown>;
    edit(manifest);
    return serializeManifest(manifest);
  };

  it('reads what the writer writes', () => {
    expect(parseManifestBytes(bytes(manifestText())).office.code).toBe('BJ01');
  });

  it.each([
    ['top level', (m: Record<string, unknown>) => (m.comment = 'x'), 'comment'],
    [
      'office',
      (m: Record<string, unknown>) => (m.office = { ...(m.office as object), fax: '1' }),
      'office.fax',
    ],
    [
      'a file record',
      (m: Record<string, unknown>) => ((m.files as Record<string, unknown>[])[1]!.mode = 0o755),
      'files.1.mode',
    ],
    ['parts', (m: Record<string, unknown>) => (m.parts = { index: 1, count: 1, of: 'x' }), 'parts.of'],
  ])('refuses an unknown field in %s, naming it', (_, edit, field) => {
    const error = refusal(() => parseManifestBytes(edited(edit)));
    expect(error.reason).toBe('unknown-manifest-field');
    expect(error.message).toContain(field);
  });

  it('names a few of many unknown fields and counts the rest', () => {
    const error = refusal(() =>
      parseManifestBytes(
        edited((m) => {
          for (let i = 0; i < 50; i += 1) m[`pad${i}`] = i;
        }),
      ),
    );
    expect(error.reason).toBe('unknown-manifest-field');
    expect(error.message).toMatch(/pad0、pad1、pad2 等 50 个/);
  });

  it('still tells a later schema version to upgrade, whatever fields it adds', () => {
    const error = refusal(() =>
      parseManifestBytes(
        edited((m) => {
          m.schemaVersion = 2;
          m.newField = true;
        }),
      ),
    );
    expect(error.reason).toBe('future-schema');
  });

  it('fits the largest manifest the writer can produce under the default caps', () => {
    const count = DEFAULT_BUNDLE_CAPS.maxEntries - 2;
    const manifest = JSON.parse(manifestText()) as Record<string, unknown>;
    manifest.files = Array.from({ length: count }, (_, i) => ({
      path: `d/${String(i).padStart(MAX_PATH_LENGTH - 2, '0')}`,
      size: DEFAULT_BUNDLE_CAPS.maxEntryBytes,
      sha256: 'f'.repeat(64),
    }));
    const largest = serializeManifest(manifest);
    expect(largest.length).toBeLessThanOrEqual(MANIFEST_JSON_LIMITS.maxBytes);
    expect(parseManifestBytes(largest).files).toHaveLength(count);
  });
});

it('gives every reason its own message', () => {
  const messages = BUNDLE_ERROR_REASONS.map((reason) => new BundleError(reason).message);
  expect(new Set(messages).size).toBe(BUNDLE_ERROR_REASONS.length);
});
