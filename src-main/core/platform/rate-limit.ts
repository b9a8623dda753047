/**
 * Sign-in throttling: after MAX_FAILURES failed attempts for the same account from the
 * same client within the window, further attempts are refused until the window passes.
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 5 * 60_000;

export class SignInLimiter {
  private failures = new Map<string, number[]>();

  constructor(private readonly now: () => Date) {}

  private key(clientKey: string, username: string): string {
    return `${clientKey}\u0000${username.toLowerCase()}`;
  }

  private recent(key: string): number[] {
    const cutoff = this.now().getTime() - WINDOW_MS;
    const list = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Minutes until the next attempt is allowed, or 0 when it is allowed now. */
  blockedMinutes(clientKey: string, username: string): number {
    const list = this.recent(this.key(clientKey, username));
    if (list.length < MAX_FAILURES) return 0;
    const waitMs = list[0]! + WINDOW_MS - this.now().getTime();
    return Math.max(1, Math.ceil(waitMs / 60_000));
  }

  fail(clientKey: string, username: string): void {
    const key = this.key(clientKey, username);
    this.failures.set(key, [...this.recent(key), this.now().getTime()]);
  }

  succeed(clientKey: string, username: string): void {
    this.failures.delete(this.key(clientKey, username));
  }
}
