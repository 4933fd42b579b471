/**
 * Counts attempts per key in a fixed window: failed sign-ins per account and address, failed
 * codes, and every sign-up or sign-in per address. A success clears a key's count. Kept in
 * memory: one server process.
 */
export class SigninThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** True when this email has failed too often in the current window. */
  isBlocked(email: string, nowMs: number): boolean {
    const entry = this.failures.get(email);
    if (!entry) return false;
    if (nowMs - entry.since >= this.windowMs) {
      this.failures.delete(email);
      return false;
    }
    return entry.count >= this.limit;
  }

  /** Counts a failed sign-in. */
  recordFailure(email: string, nowMs: number): void {
    const entry = this.failures.get(email);
    if (!entry || nowMs - entry.since >= this.windowMs) {
      this.failures.set(email, { count: 1, since: nowMs });
      this.prune(nowMs);
    } else {
      entry.count += 1;
    }
  }

  /** Counts one attempt, for limits that count every try, not only failures. */
  recordAttempt(key: string, nowMs: number): void {
    this.recordFailure(key, nowMs);
  }

  /** Forgets the failures of an email after a successful sign-in. */
  recordSuccess(email: string): void {
    this.failures.delete(email);
  }

  private prune(nowMs: number): void {
    if (this.failures.size < 10_000) return;
    for (const [email, entry] of this.failures) {
      if (nowMs - entry.since >= this.windowMs) this.failures.delete(email);
    }
  }
}
