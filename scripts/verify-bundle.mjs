#!/usr/bin/env node
/**
 * Checks a RegionDesk monthly bundle against an office public key file, without the app:
 *   node scripts/verify-bundle.mjs <bundle.zip> <office-key.json>
 * Prints the office, month, revision, each file's SHA-256 check and the signature result.
 * Exit 0 when the bundle is valid, 1 when it is not, 2 on wrong usage.
 * Needs only Node 20.15 or later (for zlib.crc32) and the yauzl package.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';

const CAPS = { maxEntries: 5000, maxEntryBytes: 50 * 1024 * 1024, maxTotalBytes: 200 * 1024 * 1024 };
const MANIFEST_LIMITS = { maxBytes: 2 * 1024 * 1024, maxDepth: 8 };
const RESERVED = new Set(['manifest.json', 'manifest.sig']);
// The fields a version-1 manifest may hold, by object; anything else is refused, as the app does.
const MANIFEST_FIELDS = {
  manifest: [
    'format',
    'schemaVersion',
    'office',
    'period',
    'revision',
    'createdAt',
    'parts',
    'signerKey',
    'files',
  ],
  office: ['code', 'name', 'region'],
  parts: ['index', 'count'],
  file: ['path', 'size', 'sha256'],
};

class Invalid extends Error {}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** SHA-256 of the DER SubjectPublicKeyInfo in 16 groups of 4 hex digits, as the app shows it. */
function fingerprintOf(key) {
  const hex = sha256(key.export({ type: 'spki', format: 'der' })).toUpperCase();
  return hex.match(/.{4}/g).join(' ');
}

function readKeyFile(path) {
  let file;
  try {
    file = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new Invalid('公钥文件无法读取 / cannot read the office key file');
  }
  if (file?.format !== 'regiondesk-office-key' || file.version !== 1 || typeof file.officeCode !== 'string') {
    throw new Invalid('不是 RegionDesk 办事处公钥文件 / not a RegionDesk office key file');
  }
  let key;
  try {
    key = createPublicKey(file.publicKey);
  } catch {
    throw new Invalid('公钥无法读取 / the public key cannot be read');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Invalid('公钥不是 Ed25519 / not an Ed25519 key');
  const fingerprint = fingerprintOf(key);
  if (String(file.fingerprint).replace(/\s/g, '').toUpperCase() !== fingerprint.replace(/ /g, '')) {
    throw new Invalid('公钥文件的指纹与公钥不符 / key file fingerprint does not match its key');
  }
  return { officeCode: file.officeCode, officeName: file.officeName, key, fingerprint };
}

function unsafeName(name) {
  if (/^[\\/]/.test(name) || /^[A-Za-z]:/.test(name)) return '绝对路径 / absolute path';
  if (name.split(/[\\/]/).includes('..')) return '上级目录 / path traversal';
  if (!/^[\x20-\x7e]+$/.test(name) || name.includes('\\')) return '非法文件名 / bad file name';
  return null;
}

function readEntryData(zip, entry, limit) {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks = [];
      let length = 0;
      let crc = 0;
      stream.on('data', (chunk) => {
        length += chunk.length;
        if (length > limit) {
          stream.destroy();
          reject(new Invalid(`文件过大 / entry too large: ${entry.fileName}`));
        } else {
          crc = crc32(chunk, crc);
          chunks.push(chunk);
        }
      });
      stream.on('error', reject);
      stream.on('end', () => {
        if (crc >>> 0 !== entry.crc32)
          reject(new Invalid(`CRC 校验失败 / CRC-32 mismatch: ${entry.fileName}`));
        else resolve(Buffer.concat(chunks));
      });
    });
  });
}

/** What the local file header says differently from the central directory, or null. */
function localHeaderProblem(entry, local) {
  if (!local.fileName.equals(entry.fileNameRaw)) return 'file name';
  if (local.compressionMethod !== entry.compressionMethod) return 'compression method';
  if ((local.generalPurposeBitFlag ^ entry.generalPurposeBitFlag) & 0x1) return 'encryption flag';
  // With a data descriptor (flag 0x8) the local CRC and sizes are zero by design.
  if ((local.generalPurposeBitFlag & 0x8) === 0) {
    if (local.crc32 !== entry.crc32) return 'CRC-32';
    for (const [stated, central] of [
      [local.compressedSize, entry.compressedSize],
      [local.uncompressedSize, entry.uncompressedSize],
    ]) {
      if (stated !== 0xffffffff && stated !== central) return 'size';
    }
  }
  return null;
}

async function readZip(bytes) {
  const options = { lazyEntries: true, validateEntrySizes: true, decodeStrings: false, autoClose: false };
  const zip = await new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, options, (error, z) => (error ? reject(error) : resolve(z))),
  );
  try {
    if (zip.entryCount > CAPS.maxEntries) throw new Invalid(`文件过多 / too many entries: ${zip.entryCount}`);
    const entries = [];
    const seen = new Set();
    for await (const entry of zip.eachEntry()) {
      const raw = entry.fileNameRaw.toString('latin1');
      const name = raw.endsWith('/') ? raw.slice(0, -1) : raw;
      const problem = unsafeName(name);
      if (problem) throw new Invalid(`${problem}: ${name}`);
      const type = (entry.externalFileAttributes >>> 16) & 0o170000;
      if (type !== 0 && type !== 0o100000 && type !== 0o040000)
        throw new Invalid(`链接 / link entry: ${name}`);
      if (seen.has(name.toLowerCase())) throw new Invalid(`重名 / duplicate name: ${name}`);
      seen.add(name.toLowerCase());
      if (entry.uncompressedSize > CAPS.maxEntryBytes)
        throw new Invalid(`文件过大 / entry too large: ${name}`);
      const localProblem = localHeaderProblem(entry, await zip.readLocalFileHeaderPromise(entry));
      if (localProblem) {
        throw new Invalid(
          `本地文件头与目录不符 / local header disagrees with the central directory (${localProblem}): ${name}`,
        );
      }
      if (!raw.endsWith('/')) entries.push({ name, entry });
    }
    const files = new Map();
    let total = 0;
    for (const { name, entry } of entries) {
      entry.fileName = name;
      const data = await readEntryData(zip, entry, Math.min(CAPS.maxEntryBytes, CAPS.maxTotalBytes - total));
      total += data.length;
      files.set(name, data);
    }
    return files;
  } finally {
    zip.close();
  }
}

/** Nesting of objects and arrays in JSON bytes, scanned before parsing; stops past `limit`. */
function jsonDepth(bytes, limit) {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i];
    if (inString) {
      if (byte === 0x5c) i += 1;
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) {
      depth += 1;
      deepest = Math.max(deepest, depth);
      if (deepest > limit) break;
    } else if (byte === 0x5d || byte === 0x7d) depth -= 1;
  }
  return deepest;
}

function unknownFields(manifest) {
  const extra = (object, allowed, where) =>
    object !== null && typeof object === 'object' && !Array.isArray(object)
      ? Object.keys(object)
          .filter((key) => !allowed.includes(key))
          .map((key) => `${where}${key}`)
      : [];
  return [
    ...extra(manifest, MANIFEST_FIELDS.manifest, ''),
    ...extra(manifest.office, MANIFEST_FIELDS.office, 'office.'),
    ...extra(manifest.parts, MANIFEST_FIELDS.parts, 'parts.'),
    ...(Array.isArray(manifest.files) ? manifest.files : []).flatMap((file, i) =>
      extra(file, MANIFEST_FIELDS.file, `files.${i}.`),
    ),
  ];
}

function manifestShapeProblem(manifest) {
  const office = manifest.office;
  if (typeof office?.code !== 'string' || !/^[A-Za-z0-9-]{1,20}$/.test(office.code)) return 'office.code';
  if (typeof manifest.period !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(manifest.period))
    return 'period';
  if (!Number.isInteger(manifest.revision) || manifest.revision < 1) return 'revision';
  if (!Array.isArray(manifest.files)) return 'files';
  for (const file of manifest.files) {
    if (typeof file?.path !== 'string' || unsafeName(file.path) || RESERVED.has(file.path))
      return 'files.path';
    if (!Number.isInteger(file.size) || file.size < 0) return `files.size (${file.path})`;
    if (typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256))
      return `files.sha256 (${file.path})`;
  }
  return null;
}

function checkSignature(manifestBytes, sigBytes, office) {
  if (!sigBytes) return '缺少 manifest.sig / manifest.sig missing';
  const signature = Buffer.from(sigBytes.toString('latin1').trim(), 'base64');
  if (signature.length !== 64) return 'manifest.sig 格式不正确 / malformed manifest.sig';
  return verify(null, manifestBytes, office.key, signature) ? null : '签名不符 / signature does not verify';
}

async function main(bundlePath, keyPath) {
  const office = readKeyFile(keyPath);
  console.log(
    `公钥 Key: ${office.officeCode} ${office.officeName ?? ''}  指纹 fingerprint ${office.fingerprint}`,
  );
  let files;
  try {
    files = await readZip(readFileSync(bundlePath));
  } catch (error) {
    if (error instanceof Invalid) throw error;
    if (/too many bytes in the stream/.test(error.message)) {
      throw new Invalid(
        '文件解压后超过声明大小（压缩炸弹）/ an entry inflates beyond its declared size (zip bomb)',
      );
    }
    throw new Invalid(`不是完整的 zip 文件 / not a readable zip (${error.message})`);
  }
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) throw new Invalid('缺少 manifest.json / manifest.json missing');
  if (manifestBytes.length > MANIFEST_LIMITS.maxBytes) {
    throw new Invalid(
      `manifest.json 过大 / manifest.json too large: ${manifestBytes.length} B (limit ${MANIFEST_LIMITS.maxBytes} B)`,
    );
  }
  if (jsonDepth(manifestBytes, MANIFEST_LIMITS.maxDepth) > MANIFEST_LIMITS.maxDepth) {
    throw new Invalid(
      `manifest.json 嵌套过深 / manifest.json nested too deeply (limit ${MANIFEST_LIMITS.maxDepth} levels)`,
    );
  }
  let manifest;
  try {
    manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes));
  } catch {
    throw new Invalid('manifest.json 不是有效 JSON / manifest.json is not valid JSON');
  }
  if (manifest?.format !== 'regiondesk-bundle' || manifest.schemaVersion !== 1) {
    throw new Invalid('清单格式或版本不受支持 / unsupported manifest format or schema version');
  }
  const unknown = unknownFields(manifest);
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 3).map((field) => field.slice(0, 60).replace(/[^\x20-\x7e]/g, '?'));
    const more = unknown.length > shown.length ? ` (+${unknown.length - shown.length})` : '';
    throw new Invalid(`清单含未知字段 / unknown manifest field: ${shown.join(', ')}${more}`);
  }
  const shapeProblem = manifestShapeProblem(manifest);
  if (shapeProblem) throw new Invalid(`清单格式不正确 / malformed manifest: ${shapeProblem}`);
  const { code, name, region } = manifest.office ?? {};
  console.log(`办事处 Office: ${code} ${name ?? ''} (${region ?? ''})`);
  console.log(
    `月份 Period: ${manifest.period}  版本 Revision: ${manifest.revision}  创建 Created: ${manifest.createdAt}`,
  );

  const problems = [];
  if (code !== office.officeCode)
    problems.push(`公钥属于 ${office.officeCode} / key belongs to another office`);
  const signatureProblem = checkSignature(manifestBytes, files.get('manifest.sig'), office);
  console.log(`签名 Signature: ${signatureProblem ? `无效 INVALID — ${signatureProblem}` : '有效 valid'}`);
  if (signatureProblem) problems.push(signatureProblem);

  const listed = new Set();
  for (const file of manifest.files) {
    listed.add(file.path);
    const bytes = files.get(file.path);
    let status = '正确 OK';
    if (!bytes) status = '缺失 MISSING';
    else if (sha256(bytes) !== file.sha256) status = '哈希不符 HASH MISMATCH';
    else if (bytes.length !== file.size) status = '大小不符 SIZE MISMATCH';
    console.log(`  [${status}] ${file.path}  ${file.size} B  sha256 ${file.sha256.slice(0, 16)}…`);
    if (!bytes || status !== '正确 OK') problems.push(`${status}: ${file.path}`);
  }
  for (const path of files.keys()) {
    if (!listed.has(path) && !RESERVED.has(path)) {
      console.log(`  [未列出 UNLISTED] ${path}`);
      problems.push(`未列出 unlisted: ${path}`);
    }
  }
  if (problems.length > 0) throw new Invalid(problems.join('; '));
}

const [bundlePath, keyPath] = process.argv.slice(2);
if (!bundlePath || !keyPath) {
  console.error('用法 usage: node scripts/verify-bundle.mjs <bundle.zip> <office-key.json>');
  process.exit(2);
}
try {
  await main(bundlePath, keyPath);
  console.log('结果 Result: 有效 valid — 数据包完整且签名正确 / bundle is intact and correctly signed');
  process.exit(0);
} catch (error) {
  const reason = error instanceof Invalid ? error.message : String(error?.message ?? error);
  console.log(`结果 Result: 无效 INVALID — ${reason}`);
  process.exit(1);
}
