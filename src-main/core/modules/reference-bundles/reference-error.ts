import { ApiError } from '../../../../src-shared/errors';
import { isBundleError } from '../../platform/bundle-format';

/**
 * Why a reference bundle was refused for reasons of its own, beside the zip, manifest, signature
 * and hash reasons it shares with the monthly bundle (BundleError). Closed, so the import screen
 * can give each its advice; `message` is a Chinese sentence saying what to do.
 */
export const REFERENCE_ERROR_REASONS = [
  'not-reference',
  'reference-future-schema',
  'bad-reference-data',
  'office-key',
  'unknown-head-office',
  'fingerprint-mismatch',
  'other-head-office-key',
  'sequence-gap',
  'older-sequence',
] as const;

export type ReferenceErrorReason = (typeof REFERENCE_ERROR_REASONS)[number];

const MESSAGES: Record<ReferenceErrorReason, string> = {
  'not-reference':
    '这不是参考数据包（可能是办事处的月度数据包）。请选择销售部发布的参考数据包（文件名以 reference- 开头）',
  'reference-future-schema': '参考数据包由更新版本的 RegionDesk 生成。请先升级本软件，再导入该参考数据包',
  'bad-reference-data': '参考数据包中的数据不完整或格式不正确，未导入任何数据。请向销售部重新索取参考数据包',
  'office-key':
    '参考数据包是用办事处的密钥签名的，不是销售部的密钥，已拒绝。参考数据包只能由销售部发布，请向销售部索取',
  'unknown-head-office':
    '本办事处尚未登记销售部的公钥。请先查看数据包的公钥指纹，与销售部电话核对无误后再确认导入',
  'fingerprint-mismatch':
    '确认的指纹与参考数据包的签名公钥不一致，未导入。请重新选择文件，并与销售部重新核对指纹',
  'other-head-office-key':
    '参考数据包不是用本办事处已登记的销售部公钥签名的，已拒绝。请与销售部核实；如销售部确已更换密钥，请联系技术人员',
  'sequence-gap':
    '这是增量参考数据包，但本办事处缺少它之前的更新，不能直接导入。请先导入缺少的参考数据包，或向销售部索取全量参考数据包',
  'older-sequence': '本办事处已有同样或更新的参考数据，该参考数据包已导入过或较旧，无需导入',
};

/** A refused reference bundle: `reason` for code, `message` (Chinese) for people, `detail` names the culprit. */
export class ReferenceBundleError extends Error {
  readonly reason: ReferenceErrorReason;
  readonly detail: string | undefined;

  constructor(reason: ReferenceErrorReason, detail?: string) {
    super(detail ? `${MESSAGES[reason]}（${detail}）。` : `${MESSAGES[reason]}。`);
    this.name = 'ReferenceBundleError';
    this.reason = reason;
    this.detail = detail;
  }
}

/** The refusal's reason and sentence, for either kind of bundle error; null for anything else. */
export function refusalOf(error: unknown): { reason: string; message: string } | null {
  if (error instanceof ReferenceBundleError || isBundleError(error)) {
    return { reason: error.reason, message: error.message };
  }
  return null;
}

/** A refusal as the API returns it (BAD_INPUT, `fields.bundle` = the reason); anything else unchanged. */
export function asApiError(error: unknown): unknown {
  const refusal = refusalOf(error);
  return refusal ? new ApiError('BAD_INPUT', refusal.message, { bundle: refusal.reason }) : error;
}
