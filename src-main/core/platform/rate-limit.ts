/**
 * Sign-in throttling with growing delays instead of a lock-out. Failures are counted three ways:
 * per client and account (someone guessing one person's password), per client across accounts
 * (someone trying many login names) and per account across clients (guessing from several PCs).
 * Each count, once past its free failures, makes the client wait before its next try, doubling
 * with every further failure up to a cap. The per-account count only holds back clients that have
 * failed on that account themselves, so the right password from a PC that has not been failing
 * always gets in: nobody can lock a person out from another PC.
 */
export interface ThrottlePolicy {
  /** Failures allowed without any wait. */
  freeFailures: number;
  /** The wait after the first failure past the free ones; each further failure doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A count is forgotten after this long without a failure (longer than maxDelayMs). */
  forgetAfterMs: number;
}

export interface LimiterPolicies {
  clientAccount: ThrottlePolicy;
  client: ThrottlePolicy;
  account: ThrottlePolicy;
}

const MINUTE = 60_000;

export const DEFAULT_POLICIES: LimiterPolicies = {
  // A person who mistypes three times waits 30 s, then 1, 2, 4, 8, 16 and at most 30 minutes.
  clientAccount: {
    freeFailures: 3,
    firstDelayMs: 30_000,
    maxDelayMs: 30 * MINUTE,
    forgetAfterMs: 60 * MINUTE,
  },
  // A shared office PC may see a few people mistype; trying ten login names is no longer that.
  client: { freeFailures: 10, firstDelayMs: 30_000, maxDelayMs: 30 * MINUTE, forgetAfterMs: 60 * MINUTE },
  account: { freeFailures: 10, firstDelayMs: 30_000, maxDelayMs: 30 * MINUTE, forgetAfterMs: 60 * MINUTE },
};

/** Counts kept at most; beyond it the least recently failing are dropped first. */
export const MAX_TRACKED = 10_000;

interface Count {
  failures: number;
  lastAt: number;
  /** lastAt before the latest attempt, so an attempt that succeeds can be taken back whole. */
  previousAt: number | null;
}

/** The wait a count imposes after its last failure: 0 within the free failures, then doubling. */
export function delayAfter(failures: number, policy: ThrottlePolicy): number {
  const over = failures - policy.freeFailures;
  if (over <= 0) return 0;
  // 2^30 already exceeds any cap; a bigger exponent would only risk Infinity.
  return Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.min(over - 1, 30));
}

export class SignInLimiter {
  private counts = new Map<string, Count>();

  constructor(
    private readonly now: () => Date,
    private readonly policies: LimiterPolicies = DEFAULT_POLICIES,
  ) {}

  private keys(clientKey: string, username: string) {
    const account = username.trim().normalize('NFC').toLowerCase();
    return {
      clientAccount: `ca\u0000${clientKey}\u0000${account}`,
      client: `c\u0000${clientKey}`,
      account: `a\u0000${account}`,
    };
  }

  private current(key: string, policy: ThrottlePolicy): Count | null {
    const count = this.counts.get(key);
    if (!count) return null;
    if (this.now().getTime() - count.lastAt >= policy.forgetAfterMs) {
      this.counts.delete(key);
      return null;
    }
    return count;
  }

  private waitFor(key: string, policy: ThrottlePolicy): number {
    const count = this.current(key, policy);
    if (!count) return 0;
    return Math.max(0, count.lastAt + delayAfter(count.failures, policy) - this.now().getTime());
  }

  /** Milliseconds this client must wait before trying this account again; 0 when it may try now. */
  retryAfterMs(clientKey: string, username: string): number {
    const k = this.keys(clientKey, username);
    const p = this.policies;
    const ownFailures = this.current(k.clientAccount, p.clientAccount) !== null;
    return Math.max(
      this.waitFor(k.clientAccount, p.clientAccount),
      this.waitFor(k.client, p.client),
      // Guessing spread over PCs slows down each PC that guessed, never one that did not.
      ownFailures ? this.waitFor(k.account, p.account) : 0,
    );
  }

  /**
   * Starts an attempt: returns the wait in milliseconds if the client must wait (nothing is
   * counted), else 0 and counts the attempt as a failure until succeed() takes it back. Counting
   * before the password is checked keeps parallel requests from all passing one free slot.
   */
  begin(clientKey: string, username: string): number {
    const wait = this.retryAfterMs(clientKey, username);
    if (wait > 0) return wait;
    const k = this.keys(clientKey, username);
    const at = this.now().getTime();
    for (const name of ['clientAccount', 'client', 'account'] as const) {
      const count = this.current(k[name], this.policies[name]);
      // Re-inserted so the map's order stays least recently failing first.
      this.counts.delete(k[name]);
      this.counts.set(k[name], {
        failures: (count?.failures ?? 0) + 1,
        lastAt: at,
        previousAt: count?.lastAt ?? null,
      });
    }
    this.trim();
    return 0;
  }

  /**
   * The attempt begun for this client and account had the right password: its own failures are
   * forgotten; the client's and the account's lose only this attempt, so a guesser cannot wipe
   * them by signing in to an account of his own, nor the owner wipe the traces of a guesser.
   */
  succeed(clientKey: string, username: string): void {
    const k = this.keys(clientKey, username);
    this.counts.delete(k.clientAccount);
    for (const key of [k.client, k.account]) {
      const count = this.counts.get(key);
      if (!count) continue;
      if (count.failures <= 1) {
        this.counts.delete(key);
      } else {
        count.failures -= 1;
        count.lastAt = count.previousAt ?? count.lastAt;
      }
    }
  }

  /** How many counts are kept (for tests of the memory bound). */
  get size(): number {
    return this.counts.size;
  }

  private trim(): void {
    if (this.counts.size <= MAX_TRACKED) return;
    const cutoff = this.now().getTime() - this.longestMemory();
    for (const [key, count] of this.counts) {
      if (count.lastAt <= cutoff) this.counts.delete(key);
    }
    for (const key of this.counts.keys()) {
      if (this.counts.size <= MAX_TRACKED) break;
      this.counts.delete(key);
    }
  }

  private longestMemory(): number {
    const p = this.policies;
    return Math.max(p.clientAccount.forgetAfterMs, p.client.forgetAfterMs, p.account.forgetAfterMs);
  }
}

/** A wait as people say it: 30 秒, or whole minutes rounded up (2 分钟). */
export function formatWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
}
