/**
 * A store for @fastify/rate-limit over a CounterStore, so the request limits of several server
 * processes on one PostgreSQL database count together (issue 16). The plugin makes one child per
 * route that has its own limit; each child counts under its own prefix, as the plugin's own
 * in-memory store keeps a separate map per route.
 */
import type { CounterStore } from './shared-state.js';

interface RateLimitState {
  current: number;
  ttl: number;
}

type Callback = (error: Error | null, state?: RateLimitState) => void;

/** The plugin passes a route's merged options, with the route under `routeInfo`. */
function routeOf(options: unknown): string {
  const info = (options as { routeInfo?: { method?: unknown; url?: unknown } } | null)?.routeInfo;
  const method = Array.isArray(info?.method) ? info.method.join(',') : String(info?.method ?? '');
  return `${method} ${String(info?.url ?? '')}`;
}

/** The store class the plugin instantiates (`store: sharedRateLimitStore(counters, now)`). */
export function sharedRateLimitStore(counters: CounterStore, nowMs: () => number) {
  return class SharedRateLimitStore {
    constructor(
      _options: unknown,
      private readonly prefix = 'rate:',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      this.answer(counters.hit(this.prefix + key, timeWindow, nowMs()), timeWindow, callback);
    }

    read(key: string, callback: Callback, timeWindow: number): void {
      this.answer(counters.read(this.prefix + key, timeWindow, nowMs()), timeWindow, callback);
    }

    child(options: unknown): SharedRateLimitStore {
      return new SharedRateLimitStore(options, `rate:${routeOf(options)}:`);
    }

    private answer(pending: Promise<{ count: number; windowStart: number }>, timeWindow: number, callback: Callback): void {
      pending.then(
        (state) => callback(null, { current: state.count, ttl: Math.max(0, state.windowStart + timeWindow - nowMs()) }),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }
  };
}
