/**
 * Why a bundle (or a set of bundle parts) was refused. The union is closed so the import screen
 * can map every reason to its own advice; `message` is already a sentence a clerk can read.
 */
export const BUNDLE_ERROR_REASONS = [
  'not-zip',
  'truncated',
  'crc-mismatch',
  'header-mismatch',
  'traversal',
  'absolute-path',
  'bad-name',
  'symlink',
  'duplicate-name',
  'too-many-entries',
  'too-large',
  'missing-manifest',
  'bad-manifest',
  'unknown-manifest-field',
  'json-too-large',
  'too-deep',
  'future-schema',
  'unknown-office',
  'bad-signature',
  'hash-mismatch',
  'size-mismatch',
  'unlisted-file',
  'missing-file',
  'wrong-period',
  'bad-parts',
  'bad-data',
  'unknown-section',
  'office-mismatch',
  'manifest-mismatch',
  'report-outside-month',
  'revision-conflict',
] as const;

export type BundleErrorReason = (typeof BUNDLE_ERROR_REASONS)[number];

const MESSAGES: Record<BundleErrorReason, string> = {
  'not-zip': '这不是 RegionDesk 数据包（不是有效的 zip 文件）',
  truncated: '数据包已损坏、不完整或格式不受支持，可能在下载或复制时被截断，请重新获取',
  'crc-mismatch': '数据包中有文件的内容与压缩包记录的校验码（CRC-32）不符，文件在复制或传输中已损坏或被改动',
  'header-mismatch':
    '数据包的压缩结构前后矛盾：文件头记录的文件名或参数与压缩包目录不一致，不同的解压软件会读出不同的内容，已拒绝',
  traversal: '数据包中有指向上级目录的文件名（“..”），已拒绝',
  'absolute-path': '数据包中有绝对路径的文件名，已拒绝',
  'bad-name': '数据包中有不允许的文件名（只允许英文字母、数字和常见符号），已拒绝',
  symlink: '数据包中包含链接或特殊文件，已拒绝',
  'duplicate-name': '数据包中有重名文件（不区分大小写），已拒绝',
  'too-many-entries': '数据包中的文件数量超过上限，已拒绝',
  'too-large': '数据包中的文件解压后超过大小上限，已拒绝',
  'missing-manifest': '数据包缺少清单文件 manifest.json',
  'bad-manifest': '数据包的清单文件 manifest.json 格式不正确',
  'unknown-manifest-field':
    '数据包的清单文件 manifest.json 含有本软件不认识的字段，可能被改动过或不是 RegionDesk 生成的，已拒绝',
  'json-too-large': '数据包中的清单或报表数据文件超过允许的大小，可能被填充了无关内容，已拒绝',
  'too-deep': '数据包中的清单或报表数据文件嵌套层数过多，不是 RegionDesk 生成的正常内容，已拒绝',
  'future-schema': '数据包由更新版本的 RegionDesk 生成，请先升级本软件再导入',
  'unknown-office': '数据包来自未登记公钥的办事处，请先登记该办事处的公钥',
  'bad-signature': '数据包签名无效，清单可能被改动，或不是用该办事处的密钥签名的',
  'hash-mismatch': '数据包中的文件内容与清单不符，可能被改动或已损坏',
  'size-mismatch': '数据包中的文件大小与清单不符',
  'unlisted-file': '数据包中有清单未列出的文件',
  'missing-file': '数据包缺少清单中列出的文件',
  'wrong-period': '数据包的月份与所选月份不符',
  'bad-parts': '分卷不完整、有重复或不属于同一个数据包',
  'bad-data': '数据包中的报表数据(data/bundle.json)不完整或格式不正确',
  'unknown-section': '数据包中的报表数据含有本软件不认识的部分，可能由更新版本的 RegionDesk 生成，已拒绝',
  'office-mismatch':
    '数据包中报表数据所写的办事处（名称或区域）与签名清单不一致，报表会被印上别的办事处的抬头，已拒绝',
  'manifest-mismatch': '数据包中的报表数据与签名清单不一致（月份、版本或文件），可能被改动过，已拒绝',
  'report-outside-month': '数据包中有不属于该月份的报表，已拒绝',
  'revision-conflict':
    '该办事处同一月份同一版本的数据包已导入过,但内容不同。请让办事处重新导出(会生成新版本)后再导入',
};

// What the clerk can do about it, said after the detail so the sentence naming the culprit stays whole.
const ADVICE: Partial<Record<BundleErrorReason, string>> = {
  'crc-mismatch': '请让办事处重新发送该数据包；如仍出错，请重新导出',
  'header-mismatch': '请让办事处用 RegionDesk 重新导出后再发送，不要用其他软件重新压缩',
  'unknown-manifest-field': '请让办事处用 RegionDesk 重新导出后再发送',
  'json-too-large': '请让办事处重新导出；如确为正常数据，请联系总部技术人员',
  'too-deep': '请让办事处用 RegionDesk 重新导出后再发送',
  'unknown-section': '请先把销售部的 RegionDesk 升级到最新版本，再导入该数据包',
  'office-mismatch': '请与办事处核实后，让其用 RegionDesk 重新导出再发送',
  'manifest-mismatch': '请让办事处用 RegionDesk 重新导出后再发送',
  'report-outside-month': '请让办事处用 RegionDesk 重新导出该月的数据包后再发送',
};

function sentence(reason: BundleErrorReason, detail: string | undefined): string {
  const what = detail ? `${MESSAGES[reason]}（${detail}）。` : `${MESSAGES[reason]}。`;
  const advice = ADVICE[reason];
  return advice ? `${what}${advice}。` : what;
}

/** A refused bundle: `reason` for code, `message` (Chinese) for people, `detail` names the culprit. */
export class BundleError extends Error {
  readonly reason: BundleErrorReason;
  readonly detail: string | undefined;

  constructor(reason: BundleErrorReason, detail?: string) {
    super(sentence(reason, detail));
    this.name = 'BundleError';
    this.reason = reason;
    this.detail = detail;
  }
}

export function isBundleError(error: unknown): error is BundleError {
  return error instanceof BundleError;
}
