import { ApiError } from '../../../../src-shared/errors';
import { canonicalJson } from '../../../../src-shared/domain/channel';
import type { Db } from '../../db/database';
import { chain, type ChainedEntry, type ChainProblem, verifyChain } from './case-chain';

/**
 * Appends an entry to a case's log in the caller's transaction and moves the case's head to it.
 * The last entry is read inside the same transaction, so two writers cannot chain onto one entry.
 */
export async function appendLog(
  trx: Db,
  entry: { caseId: number; at: string; by: number; kind: string; data: unknown },
): Promise<ChainedEntry> {
  const last = (await readLog(trx, entry.caseId)).at(-1) ?? null;
  const next = chain(last, entry);
  await trx
    .insertInto('channel_case_log')
    .values({
      case_id: next.caseId,
      seq: next.seq,
      at: next.at,
      by: next.by,
      kind: next.kind,
      data: canonicalJson(next.data),
      prev_hash: next.prevHash,
      hash: next.hash,
    })
    .execute();
  await trx
    .updateTable('channel_cases')
    .set({ log_head: next.hash, log_count: next.seq })
    .where('id', '=', entry.caseId)
    .execute();
  return next;
}

/** A case's log in the order it was written (row id), not by seq: reordering must show. */
export async function readLog(db: Db, caseId: number): Promise<ChainedEntry[]> {
  const rows = await db
    .selectFrom('channel_case_log')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    caseId: r.case_id,
    seq: r.seq,
    at: r.at,
    by: r.by,
    kind: r.kind,
    data: JSON.parse(r.data) as unknown,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

/** What is wrong with a case's stored log, checked against the head kept on the case. */
export async function verifyCaseLog(db: Db, caseId: number): Promise<ChainProblem[]> {
  const head = await db
    .selectFrom('channel_cases')
    .select(['log_head', 'log_count'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!head) throw new ApiError('NOT_FOUND', '找不到这个案件。');
  return verifyChain(await readLog(db, caseId), { hash: head.log_head, count: head.log_count });
}

/** A chain problem as the case file prints it. */
export function describeProblem(p: ChainProblem): string {
  switch (p.kind) {
    case 'edited':
      return `第 ${p.seq} 条记录内容被改动`;
    case 'gap':
      return p.foundSeq === null
        ? `缺少第 ${p.expectedSeq} 条记录`
        : `应为第 ${p.expectedSeq} 条,实为第 ${p.foundSeq} 条(记录被删除或调换顺序)`;
    case 'broken_link':
      return `第 ${p.seq} 条记录与前一条不衔接(前面的记录被删除、调换或改写)`;
    case 'head_mismatch':
      return '日志末尾与案件登记的不符(最后的记录被删除或追加了伪造记录)';
  }
}
