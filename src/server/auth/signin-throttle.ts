/**
 * Counts attempts per key in a fixed window: failed sign-ins per account and address, failed
 * codes, and every sign-up or sign-in per address. A success clears a key's count. The counts
 * live in a CounterStore: in memory for one process on SQLite, in the database when several
 * processes share PostgreSQL (see shared-state.ts), so no process can be used to get around them.
 */
import type { CounterStore } from '../shared-state.js';

export class SigninThrottle {
  /**
   * @param name keeps this throttle's keys apart from every other's in a shared store.
   */
  constructor(
    private readonly store: CounterStore,
    private readonly name: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** True when this key has failed (or tried) too often in the current window. */
  async isBlocked(key: string, nowMs: number): Promise<boolean> {
    const state = await this.store.read(this.keyOf(key), this.windowMs, nowMs);
    return state.count >= this.limit;
  }

  /** Counts a failed attempt. */
  async recordFailure(key: string, nowMs: number): Promise<void> {
    await this.store.hit(this.keyOf(key), this.windowMs, nowMs);
  }

  /** Counts one attempt, for limits that count every try, not only failures. */
  async recordAttempt(key: string, nowMs: number): Promise<void> {
    await this.store.hit(this.keyOf(key), this.windowMs, nowMs);
  }

  /** Forgets the failures of a key after a success. */
  async recordSuccess(key: string): Promise<void> {
    await this.store.reset(this.keyOf(key));
  }

  private keyOf(key: string): string {
    return `throttle:${this.name}:${key}`;
  }
}
