import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../../src-shared/domain/channel/canonical-json';

/** The previous hash of a case's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an entry of a case's log says; `seq` numbers a case's entries 1, 2, 3… */
export interface CaseLogEntry {
  caseId: number;
  seq: number;
  at: string;
  by: number;
  /** created, edited, moved, decided, evidence… */
  kind: string;
  data: unknown;
}

export interface ChainedEntry extends CaseLogEntry {
  prevHash: string;
  hash: string;
}

/** SHA-256 (hex) over the previous hash and the entry's canonical JSON. */
export function entryHash(prevHash: string, entry: CaseLogEntry): string {
  const body = canonicalJson({
    caseId: entry.caseId,
    seq: entry.seq,
    at: entry.at,
    by: entry.by,
    kind: entry.kind,
    data: entry.data,
  });
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

/** Chains a new entry onto the last one (or starts the chain). */
export function chain(last: ChainedEntry | null, entry: Omit<CaseLogEntry, 'seq'>): ChainedEntry {
  const prevHash = last?.hash ?? GENESIS_HASH;
  const full = { ...entry, seq: (last?.seq ?? 0) + 1 };
  return { ...full, prevHash, hash: entryHash(prevHash, full) };
}

export type ChainProblem =
  | { kind: 'edited'; seq: number }
  | { kind: 'gap'; expectedSeq: number; foundSeq: number | null }
  | { kind: 'broken_link'; seq: number }
  | { kind: 'head_mismatch' };

/**
 * Checks a case's log as stored, in the order stored: each entry's hash recomputed (an edit),
 * seq running 1, 2, 3… (a deletion or reordering), each prev hash the hash before it, and the last
 * hash and count equal to the head kept on the case (a deleted last entry leaves no other trace).
 */
export function verifyChain(
  entries: readonly ChainedEntry[],
  head?: { hash: string; count: number },
): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let prev = GENESIS_HASH;
  entries.forEach((e, i) => {
    if (e.seq !== i + 1) problems.push({ kind: 'gap', expectedSeq: i + 1, foundSeq: e.seq });
    if (e.prevHash !== prev) problems.push({ kind: 'broken_link', seq: e.seq });
    if (entryHash(e.prevHash, e) !== e.hash) problems.push({ kind: 'edited', seq: e.seq });
    prev = e.hash;
  });
  if (head && (head.count !== entries.length || head.hash !== (entries.at(-1)?.hash ?? GENESIS_HASH)))
    problems.push({ kind: 'head_mismatch' });
  return problems;
}
