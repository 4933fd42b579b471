/**
 * Counts attempts per key in a fixed window: sign-ins per account and address, codes, and every
 * sign-up or sign-in per address. Each attempt is counted BEFORE it is tried, in one atomic step
 * that also says whether the key is over its limit, so requests that arrive together cannot all
 * slip under it; a success then clears the key (or gives its attempt back). The counts live in a
 * CounterStore: in memory for one process on SQLite, in the database when several processes share
 * PostgreSQL (see shared-state.ts), so no process can be used to get around them.
 */
import type { CounterStore } from '../shared-state.js';

export class SigninThrottle {
  /**
   * @param name keeps this throttle's keys apart from every other's in a shared store.
   * @param limit attempts allowed in a window; the next one is refused.
   */
  constructor(
    private readonly store: CounterStore,
    private readonly name: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one attempt; true when it is over the limit (refuse it). */
  async take(key: string, nowMs: number): Promise<boolean> {
    const state = await this.store.hit(this.keyOf(key), this.windowMs, nowMs);
    return state.count > this.limit;
  }

  /** True when a key has used its attempts, without counting one. */
  async isSpent(key: string, nowMs: number): Promise<boolean> {
    const state = await this.store.read(this.keyOf(key), this.windowMs, nowMs);
    return state.count >= this.limit;
  }

  /** Forgets a key's attempts after a success (the sign-in or code worked). */
  async clear(key: string): Promise<void> {
    await this.store.reset(this.keyOf(key));
  }

  /** Gives one attempt back after a success, for a count that spans several callers (an account from all addresses). */
  async giveBack(key: string): Promise<void> {
    await this.store.unhit(this.keyOf(key));
  }

  private keyOf(key: string): string {
    return `throttle:${this.name}:${key}`;
  }
}
