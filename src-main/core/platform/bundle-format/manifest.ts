import { z } from 'zod';
import { parseBoundedJson } from './bounded-json';
import { BundleError } from './bundle-error';
import { MANIFEST_JSON_LIMITS, MANIFEST_PATH, pathKey, pathProblem, RESERVED_PATHS } from './bundle-rules';
import { officeCodeSchema } from './keys';

export const BUNDLE_FORMAT = 'regiondesk-bundle';
export const BUNDLE_SCHEMA_VERSION = 1;

const bundlePath = z
  .string()
  .refine((path) => pathProblem(path) === null, '文件路径只能是英文字母、数字和常见符号组成的相对路径')
  .refine((path) => !RESERVED_PATHS.includes(path), '清单不能列出 manifest.json 或 manifest.sig 本身');

// Every object is strict: a field this version does not know is refused, not silently dropped, so
// what was signed and stored holds nothing that no one looked at (a later format bumps schemaVersion).
export const bundleFileSchema = z.strictObject({
  path: bundlePath,
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 应为 64 位小写十六进制'),
});

export const bundleOfficeSchema = z.strictObject({
  code: officeCodeSchema,
  name: z.string().trim().min(1, '请填写办事处名称').max(100),
  region: z.string().trim().min(1, '请填写区域名称').max(50),
});

export const bundlePeriodSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 年-月，如 2025-06');

/**
 * `parts` marks a bundle that is one of several self-contained bundles for the same month. It is
 * not used by `splitBundle`, which cuts one signed zip into byte ranges instead (see split-bundle.ts).
 */
export const bundlePartsSchema = z
  .strictObject({ index: z.number().int().min(1), count: z.number().int().min(1) })
  .refine((parts) => parts.index <= parts.count, '分卷序号不能大于分卷总数');

export const bundleManifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  schemaVersion: z.literal(BUNDLE_SCHEMA_VERSION),
  office: bundleOfficeSchema,
  period: bundlePeriodSchema,
  revision: z.number().int().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  parts: bundlePartsSchema.optional(),
  /**
   * The signing office's public key (PEM). Never trusted by itself: head office checks the
   * signature against a registered key, or, for an office seen for the first time, shows this
   * key's fingerprint and registers it only after someone confirms it with the office.
   */
  signerKey: z.string().max(1000).optional(),
  files: z.array(bundleFileSchema).superRefine((files, ctx) => {
    const seen = new Set<string>();
    for (const file of files) {
      const key = pathKey(file.path);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `清单中文件重复：${file.path}` });
      seen.add(key);
    }
  }),
});

export type BundleManifest = z.infer<typeof bundleManifestSchema>;
export type BundleFileRecord = z.infer<typeof bundleFileSchema>;

/** The exact bytes that are signed and stored as manifest.json. */
export function serializeManifest(manifest: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

/** The unknown fields a manifest carries, for the refusal: a few, shortened, printable. */
function unknownFields(issues: z.core.$ZodIssue[]): string | null {
  const names = issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key].join('.')) : [],
  );
  if (names.length === 0) return null;
  const shown = names
    .slice(0, 3)
    .map((name) => name.replace(/[^\x20-\x7e\u4e00-\u9fff]/g, '?'))
    .map((name) => (name.length > 40 ? `${name.slice(0, 40)}…` : name));
  return names.length > shown.length ? `${shown.join('、')} 等 ${names.length} 个` : shown.join('、');
}

/**
 * Reads manifest.json: 'json-too-large' or 'too-deep' before parsing, 'unknown-manifest-field'
 * for a field this version does not know, 'bad-manifest' for anything else that is not a
 * version-1 manifest, except a RegionDesk manifest of a later schema version, which is
 * 'future-schema' so the clerk is told to upgrade rather than that the bundle is broken.
 */
export function parseManifestBytes(bytes: Buffer): BundleManifest {
  const json = parseBoundedJson(bytes, {
    ...MANIFEST_JSON_LIMITS,
    what: MANIFEST_PATH,
    invalid: 'bad-manifest',
  });
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BUNDLE_FORMAT) {
    throw new BundleError('bad-manifest', '不是 RegionDesk 数据包清单');
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BUNDLE_SCHEMA_VERSION) {
    throw new BundleError('future-schema', `清单版本 ${version}，本软件支持 ${BUNDLE_SCHEMA_VERSION}`);
  }
  const parsed = bundleManifestSchema.safeParse(json, { error: () => '缺少或格式不正确' });
  if (!parsed.success) {
    const unknown = unknownFields(parsed.error.issues);
    if (unknown) throw new BundleError('unknown-manifest-field', unknown);
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `${issue.path.join('.')}：` : '';
    throw new BundleError('bad-manifest', `${where}${issue.message}`);
  }
  return parsed.data;
}
