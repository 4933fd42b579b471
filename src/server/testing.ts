/**
 * For route tests: the real app, in-process, on a real database of each kind, with a clock the
 * test controls. Requests go through `app.inject`, so every hook, limit and schema runs.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DatabaseHandle } from '../db/connect.js';
import type { TestDatabaseKind } from '../db/testing.js';
import { buildApp } from './app.js';
import { hashPassword } from './auth/passwords.js';
import { SessionCache } from './auth/session-cache.js';
import { loadConfig, type Config } from './config.js';
import { randomIds, type Clock } from './context.js';

export const TEST_ORIGIN = 'http://localhost';

/** A clock that stands still until the test moves it. */
export class TestClock implements Clock {
  constructor(private instant = '2026-11-24T10:00:00.000Z') {}
  now(): string {
    return this.instant;
  }
  set(instant: string): void {
    this.instant = instant;
  }
  advance(ms: number): void {
    this.instant = new Date(Date.parse(this.instant) + ms).toISOString();
  }
}

/** A running test app and what it stands on. */
export interface TestApp {
  app: FastifyInstance;
  clock: TestClock;
  database: DatabaseHandle;
  /** Sends a request as a browser on the app's own origin would. */
  request(options: InjectOptions & { cookie?: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Starts the app on a fresh database of the given kind. */
export async function startTestApp(kind: TestDatabaseKind, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await kind.open();
  const loaded: Config = loadConfig({ LOG_LEVEL: 'silent', PACEWISE_WEB_DIR: '/nonexistent', RATE_LIMIT_PER_MINUTE: '100000', SIGNIN_LIMIT_PER_ADDRESS: '1000', ...env });
  // Tests move the clock by days and weeks between requests: sessions never idle out there,
  // unless a test sets the limits to try them (auth/idle-sessions.test.ts).
  const setsIdle = env.SESSION_IDLE_DAYS !== undefined || env.STAFF_IDLE_MINUTES !== undefined;
  const config: Config = setsIdle ? loaded : { ...loaded, sessionIdleMs: Number.MAX_SAFE_INTEGER, staffIdleMs: Number.MAX_SAFE_INTEGER };
  const clock = new TestClock();
  const app = await buildApp({ db: database.db, config, clock, newId: randomIds, sessionCache: new SessionCache() });
  await app.ready();
  return {
    app,
    clock,
    database,
    request: ({ cookie, headers, ...options }) =>
      app.inject({
        ...options,
        headers: { host: 'localhost', origin: TEST_ORIGIN, ...(cookie ? { cookie } : {}), ...headers },
      }),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/**
 * Maya's intake as route tests send it: lower back pain, walks unaided, 15 minutes on the chosen
 * days, a chair and a mat, no safety answer that needs a clinician. Tests change what they need.
 */
export function sampleProfile(overrides: Record<string, unknown> = {}) {
  return {
    painAreas: ['lower_back'],
    conditions: ['chronic_low_back_pain'],
    mobility: 'walks_unaided',
    floorTransfers: true,
    minutesPerDay: 15,
    daysPerWeek: 5,
    preferredTimes: ['morning'],
    equipment: ['chair', 'mat'],
    likes: ['walking', 'yoga'],
    painToday: 5,
    safety: { heart_condition: false },
    goals: [{ activity: 'Gardening for an hour', score: 3 }],
    ...overrides,
  };
}

/** Signs a new person up and returns their session cookie and account id. */
export async function signUpPerson(
  test: TestApp,
  email: string,
  extra: Record<string, unknown> = {},
): Promise<{ cookie: string; id: string }> {
  const response = await test.request({
    method: 'POST',
    url: '/api/auth/signup',
    payload: { email, password: 'a calm walk by the river', ...extra },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.body}`);
  return { cookie: sessionCookieOf(response), id: response.json<{ id: string }>().id };
}

/** The `name=value` of the session cookie a response set. */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'pacewise_session');
  if (!cookie) throw new Error('no session cookie was set');
  return `${cookie.name}=${cookie.value}`;
}

/**
 * Makes a clinician or admin account straight in the database and signs it in past the second
 * factor, for tests of what staff do (issue 10's own flows set it up through the real routes).
 */
export async function signUpStaff(
  test: TestApp,
  email: string,
  role: 'clinician' | 'admin',
  name = email.split('@')[0] ?? null,
): Promise<{ cookie: string; id: string }> {
  const id = randomIds();
  const now = test.clock.now();
  await test.database.db
    .insertInto('users')
    .values({ id, email, name, role, password_hash: await hashPassword(STAFF_PASSWORD), time_zone: 'Europe/Berlin', created_at: now, updated_at: now })
    .execute();
  const response = await test.request({ method: 'POST', url: '/api/auth/login', payload: { email, password: STAFF_PASSWORD } });
  if (response.statusCode !== 200) throw new Error(`staff sign-in failed: ${response.body}`);
  await test.database.db.updateTable('auth_sessions').set({ second_factor_at: now }).where('user_id', '=', id).execute();
  return { cookie: sessionCookieOf(response), id };
}

/** The password of accounts made by `signUpStaff`. */
export const STAFF_PASSWORD = 'a steady hand on the rail';
