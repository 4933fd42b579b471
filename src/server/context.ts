/** What every service needs: the database, the settings, the clock and a source of ids. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../core/access/policy.js';
import type { Database } from '../db/schema.js';
import type { SessionCache } from './auth/session-cache.js';
import type { Config } from './config.js';

/** Time and ids come from here, so tests can fix them. */
export interface Clock {
  /** The current instant as ISO-8601 UTC. */
  now(): string;
}

export interface Services {
  db: Kysely<Database>;
  config: Config;
  clock: Clock;
  newId(): string;
  /** Who is behind which session, remembered briefly; see session-cache.ts. */
  sessionCache: SessionCache;
}

/**
 * The wall clock. Requests in the same millisecond share one formatted time: formatting it took
 * longer than most of a check-in's own work (issue 16, the write path).
 */
export const systemClock: Clock = {
  now: () => {
    const ms = Date.now();
    if (ms !== lastMs) {
      lastMs = ms;
      lastIso = new Date(ms).toISOString();
    }
    return lastIso;
  },
};
let lastMs = Number.NaN;
let lastIso = '';
export const randomIds = (): string => randomUUID();

/**
 * Where a signed-in account stands with the second factor: `off` for people (not asked),
 * `setup_needed` / `code_needed` while a clinician or admin has given only the password,
 * `done` once this session passed it, `relaxed` when the practice turned the requirement off.
 */
export type SecondFactorState = 'off' | 'setup_needed' | 'code_needed' | 'done' | 'relaxed';

/** The signed-in account a request acts for: the actor of every service call. */
export interface Person extends Actor {
  email: string;
  name: string | null;
  timeZone: string;
  createdAt: string;
  secondFactor: SecondFactorState;
  /** The public id of this sign-in session (the devices list). */
  deviceId: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, set by the authentication hook; null when signed out. */
    person: Person | null;
  }
}
