import { describe, expect, it } from 'vitest';
import {
  chain,
  type ChainedEntry,
  GENESIS_HASH,
  verifyChain,
} from '../../../src-main/core/modules/channel/case-chain';
import { canonicalJson } from '../../../src-shared/domain/channel';

function sampleLog(): ChainedEntry[] {
  const out: ChainedEntry[] = [];
  const add = (kind: string, data: unknown) => {
    out.push(
      chain(out.at(-1) ?? null, {
        caseId: 7,
        at: `2026-12-0${out.length + 1}T02:00:00.000Z`,
        by: 1,
        kind,
        data,
      }),
    );
  };
  add('created', { 地点: '绍兴柯桥', 数量: 40 });
  add('moved', { from: 'registered', to: 'verifying' });
  add('moved', { from: 'verifying', to: 'confirmed' });
  add('decided', { fines: [{ userId: 2, amountFen: 60_000 }] });
  return out;
}

const headOf = (log: ChainedEntry[]) => ({ hash: log.at(-1)!.hash, count: log.length });

describe('案件日志 hash chain', () => {
  it('canonical JSON ignores key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: '售' } })).toBe(
      canonicalJson({ a: { c: '售', d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });

  it('verifies an untouched log', () => {
    const log = sampleLog();
    expect(log[0]!.prevHash).toBe(GENESIS_HASH);
    expect(log[1]!.prevHash).toBe(log[0]!.hash);
    expect(verifyChain(log, headOf(log))).toEqual([]);
  });

  it('detects an edited entry', () => {
    const log = sampleLog();
    const head = headOf(log);
    log[1] = { ...log[1]!, data: { from: 'registered', to: 'rejected' } };
    expect(verifyChain(log, head)).toEqual([{ kind: 'edited', seq: 2 }]);
  });

  it('detects a deleted entry, in the middle or at the end', () => {
    const log = sampleLog();
    const head = headOf(log);
    const middle = log.filter((e) => e.seq !== 2);
    expect(verifyChain(middle, head).map((p) => p.kind)).toEqual(
      expect.arrayContaining(['gap', 'broken_link', 'head_mismatch']),
    );
    // Without the head a dropped last entry would look like a shorter, valid log.
    const last = log.slice(0, -1);
    expect(verifyChain(last)).toEqual([]);
    expect(verifyChain(last, head)).toEqual([{ kind: 'head_mismatch' }]);
  });

  it('detects reordered entries', () => {
    const log = sampleLog();
    const head = headOf(log);
    const swapped = [log[0]!, log[2]!, log[1]!, log[3]!];
    expect(verifyChain(swapped, head).map((p) => p.kind)).toEqual(
      expect.arrayContaining(['gap', 'broken_link']),
    );
  });

  it('detects an entry rewritten with a fresh hash, by the next link', () => {
    const log = sampleLog();
    const head = headOf(log);
    const forged = chain(log[0]!, {
      caseId: 7,
      at: log[1]!.at,
      by: 1,
      kind: 'moved',
      data: { to: 'rejected' },
    });
    log[1] = forged;
    expect(verifyChain(log, head)).toEqual([{ kind: 'broken_link', seq: 3 }]);
  });
});
