/** What every service needs: the database, the settings, the clock and a source of ids. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
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

export const systemClock: Clock = { now: () => new Date().toISOString() };
export const randomIds = (): string => randomUUID();

/** The signed-in person a request acts for. */
export interface Person {
  id: string;
  email: string;
  name: string | null;
  timeZone: string;
  createdAt: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, set by the authentication hook; null when signed out. */
    person: Person | null;
  }
}
