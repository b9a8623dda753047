import { EDITABLE_STATUSES } from '../../../../src-shared/domain/report-status';
import { ApiError } from '../../../../src-shared/errors';
import type { SessionUser } from '../../handler-types';

interface Scoped {
  author_id: number;
  entered_by: number;
  status: string;
}

/**
 * Who may read a report: its author, the regional manager, and a clerk for what is no longer
 * a draft or what the clerk typed in. A rep never sees another rep's reports.
 */
export function canRead(me: SessionUser, r: Scoped): boolean {
  if (r.author_id === me.id) return true;
  if (me.role === 'manager') return true;
  if (me.role === 'clerk') return r.entered_by === me.id || r.status !== 'draft';
  return false;
}

/** Who may change a report's content: the author, or a clerk entering a paper form for them. */
export function canWrite(me: SessionUser, r: Scoped): boolean {
  return r.author_id === me.id || me.role === 'clerk';
}

export function assertReadable(me: SessionUser, r: Scoped | undefined): asserts r is Scoped {
  // The same answer for "absent" and "not yours", so ids cannot be probed.
  if (!r || !canRead(me, r)) throw new ApiError('NOT_FOUND', '找不到此报表,或您无权查看。');
}

export function assertEditable(me: SessionUser, r: Scoped): void {
  if (!canWrite(me, r)) throw new ApiError('FORBIDDEN', '只能修改自己的报表。');
  if (!(EDITABLE_STATUSES as readonly string[]).includes(r.status)) {
    throw new ApiError('INVALID_STATE', '此报表已提交或已审核,不能再修改;如需更正请联系区域经理退回。');
  }
}
