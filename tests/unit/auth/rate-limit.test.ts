import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICIES,
  delayAfter,
  formatWait,
  MAX_TRACKED,
  SignInLimiter,
} from '../../../src-main/core/platform/rate-limit';
import { MINUTE, TestClock } from '../../helpers/core-harness';

const SECOND = 1000;
const GUESSER = '192.168.1.66';
const OWNER_PC = '192.168.1.10';

function limiter() {
  const clock = new TestClock('2026-11-26T02:00:00.000Z');
  return { clock, limiter: new SignInLimiter(clock.now) };
}

/** An attempt that turns out wrong: begun (and so counted) and never taken back. */
const failOnce = (l: SignInLimiter, client: string, username: string) => l.begin(client, username);

describe('delayAfter', () => {
  it('lets the free failures pass, then doubles from 30 seconds up to 30 minutes', () => {
    const waits = Array.from({ length: 12 }, (_, i) => delayAfter(i + 1, DEFAULT_POLICIES.clientAccount));
    expect(waits).toEqual([
      0,
      0,
      0,
      30 * SECOND,
      MINUTE,
      2 * MINUTE,
      4 * MINUTE,
      8 * MINUTE,
      16 * MINUTE,
      30 * MINUTE,
      30 * MINUTE,
      30 * MINUTE,
    ]);
    // However long a guesser keeps going, the wait stays a finite number of milliseconds.
    expect(delayAfter(10_000, DEFAULT_POLICIES.client)).toBe(30 * MINUTE);
  });
});

describe('SignInLimiter', () => {
  it('makes one client wait longer after each failure on one account', () => {
    const { clock, limiter: l } = limiter();
    for (let i = 0; i < 3; i++) expect(failOnce(l, GUESSER, 'zhangwei')).toBe(0);
    expect(l.retryAfterMs(GUESSER, 'zhangwei')).toBe(0);
    expect(failOnce(l, GUESSER, 'zhangwei')).toBe(0);
    expect(l.begin(GUESSER, 'zhangwei')).toBe(30 * SECOND);
    clock.advance(12 * SECOND);
    expect(l.retryAfterMs(GUESSER, 'zhangwei')).toBe(18 * SECOND);
    // Refused attempts are not counted: hammering does not lengthen the wait, nor shorten it.
    expect(l.begin(GUESSER, 'zhangwei')).toBe(18 * SECOND);
    clock.advance(18 * SECOND);
    expect(failOnce(l, GUESSER, 'zhangwei')).toBe(0);
    expect(l.retryAfterMs(GUESSER, 'zhangwei')).toBe(MINUTE);
    clock.advance(MINUTE);
    expect(failOnce(l, GUESSER, 'zhangwei')).toBe(0);
    expect(l.retryAfterMs(GUESSER, 'zhangwei')).toBe(2 * MINUTE);
    // Letter case and spaces do not make a new account to guess at.
    expect(l.retryAfterMs(GUESSER, ' ZhangWei ')).toBe(2 * MINUTE);
  });

  it('never holds back another client of the same account, nor the same client for another account', () => {
    const { clock, limiter: l } = limiter();
    for (let i = 0; i < 9; i++) {
      // The guesser waits out each delay; the owner's PC is never made to wait.
      clock.advance(l.retryAfterMs(GUESSER, 'zhangwei'));
      expect(l.begin(GUESSER, 'zhangwei')).toBe(0);
      expect(l.retryAfterMs(OWNER_PC, 'zhangwei')).toBe(0);
    }
    expect(l.retryAfterMs(GUESSER, 'zhangwei')).toBe(16 * MINUTE);
    expect(l.begin(OWNER_PC, 'zhangwei')).toBe(0);
    l.succeed(OWNER_PC, 'zhangwei');
    expect(l.retryAfterMs(GUESSER, 'zhangwei')).toBe(16 * MINUTE);
    expect(l.retryAfterMs(GUESSER, 'wangfang')).toBe(0);
  });

  it('throttles one client trying many login names, whichever name it tries next', () => {
    const { clock, limiter: l } = limiter();
    const outcomes = Array.from({ length: 30 }, (_, i) => l.begin(GUESSER, `user${i}`));
    // Ten free failures and the eleventh that starts the wait; the other nineteen never get tried.
    expect(outcomes.filter((w) => w === 0)).toHaveLength(11);
    expect(outcomes.slice(11)).toEqual(Array(19).fill(30 * SECOND));
    expect(l.retryAfterMs(GUESSER, 'zhangwei')).toBe(30 * SECOND);
    expect(l.retryAfterMs(OWNER_PC, 'user0')).toBe(0);
    clock.advance(30 * SECOND);
    expect(l.begin(GUESSER, 'user11')).toBe(0);
    expect(l.retryAfterMs(GUESSER, 'user12')).toBe(MINUTE);
  });

  it('slows guessing spread over many PCs for the PCs that guessed, never for one that did not', () => {
    const { clock, limiter: l } = limiter();
    const pcs = Array.from({ length: 12 }, (_, i) => `192.168.1.${100 + i}`);
    for (const pc of pcs) expect(l.begin(pc, 'zhangwei')).toBe(0);
    clock.advance(10 * SECOND);
    // Twelve failures on the account: two past the ten free ones, so a minute from the last one.
    expect(l.retryAfterMs(pcs[0]!, 'zhangwei')).toBe(50 * SECOND);
    expect(l.retryAfterMs(pcs[0]!, 'lijun')).toBe(0);
    expect(l.retryAfterMs(OWNER_PC, 'zhangwei')).toBe(0);
    expect(l.begin(OWNER_PC, 'zhangwei')).toBe(0);
    l.succeed(OWNER_PC, 'zhangwei');
    // The owner's success does not wipe the guessers' trace.
    expect(l.retryAfterMs(pcs[1]!, 'zhangwei')).toBe(50 * SECOND);
  });

  it('forgets a client’s failures on an account once it signs in, but not its failures elsewhere', () => {
    const { limiter: l } = limiter();
    for (let i = 0; i < 10; i++) l.begin(GUESSER, `user${i}`);
    // A guesser with an account of his own signs in with it between guesses.
    expect(l.begin(GUESSER, 'lijun')).toBe(0);
    l.succeed(GUESSER, 'lijun');
    expect(l.begin(GUESSER, 'user10')).toBe(0);
    expect(l.retryAfterMs(GUESSER, 'user11')).toBe(30 * SECOND);

    const { limiter: office } = limiter();
    for (let i = 0; i < 3; i++) office.begin(OWNER_PC, 'zhangwei');
    expect(office.begin(OWNER_PC, 'zhangwei')).toBe(0);
    office.succeed(OWNER_PC, 'zhangwei');
    // Three more typos are free again: the success took back the pair's count.
    for (let i = 0; i < 3; i++) expect(office.begin(OWNER_PC, 'zhangwei')).toBe(0);
    expect(office.retryAfterMs(OWNER_PC, 'zhangwei')).toBe(0);
  });

  it('counts attempts still being checked, so parallel requests cannot all use one free slot', () => {
    const { limiter: l } = limiter();
    // Ten requests arrive before any password check has finished.
    const outcomes = Array.from({ length: 10 }, () => l.begin(GUESSER, 'zhangwei'));
    expect(outcomes.filter((w) => w === 0)).toHaveLength(4);
  });

  it('forgets a count after an hour without failures', () => {
    const { clock, limiter: l } = limiter();
    for (let i = 0; i < 8; i++) l.begin(GUESSER, `user${i}`);
    for (let i = 0; i < 6; i++) l.begin(GUESSER, 'zhangwei');
    expect(l.retryAfterMs(GUESSER, 'zhangwei')).toBeGreaterThan(0);
    clock.advance(60 * MINUTE - 1);
    expect(l.retryAfterMs(GUESSER, 'zhangwei')).toBe(0);
    expect(l.size).toBe(3 + 8 * 2);
    clock.advance(1);
    expect(l.retryAfterMs(GUESSER, 'zhangwei')).toBe(0);
    // A fresh start: three free failures again on the account, ten for the client.
    for (let i = 0; i < 3; i++) expect(l.begin(GUESSER, 'zhangwei')).toBe(0);
    expect(l.retryAfterMs(GUESSER, 'zhangwei')).toBe(0);
  });

  it('keeps at most MAX_TRACKED counts, dropping the least recently failing first', () => {
    const { clock, limiter: l } = limiter();
    for (let i = 0; i < 4000; i++) {
      l.begin(`10.${Math.floor(i / 250)}.${i % 250}.1`, `name${i}`);
      clock.advance(10);
    }
    expect(l.size).toBeLessThanOrEqual(MAX_TRACKED);
    // The newest clients are still known.
    expect(l.begin('10.15.249.1', 'name3999')).toBe(0);
    expect(l.begin('10.15.249.1', 'name3999')).toBe(0);
    expect(l.begin('10.15.249.1', 'name3999')).toBe(0);
    expect(l.begin('10.15.249.1', 'name3999')).toBe(30 * SECOND);
  });
});

describe('formatWait', () => {
  it('says seconds under a minute and whole minutes, rounded up, above', () => {
    expect(formatWait(1)).toBe('1 秒');
    expect(formatWait(30 * SECOND)).toBe('30 秒');
    expect(formatWait(59 * SECOND + 1)).toBe('1 分钟');
    expect(formatWait(MINUTE)).toBe('1 分钟');
    expect(formatWait(MINUTE + 1)).toBe('2 分钟');
    expect(formatWait(30 * MINUTE)).toBe('30 分钟');
  });
});
