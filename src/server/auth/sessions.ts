/**
 * Server-side sign-in sessions. The cookie holds a random token; the database holds only its
 * SHA-256, so a copy of the database cannot sign anyone in. A new session at every sign-in.
 */
import * as nodeCrypto from 'node:crypto';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  deleteAuthSession,
  findUserBySession,
  insertAuthSession,
  touchSessionLastSeen,
  type UserRow,
} from '../../db/user.repository.js';
import { isRole } from '../../core/access/policy.js';
import { findSetting } from '../../db/settings.repository.js';
import type { Person, SecondFactorState, Services } from '../context.js';
import { isSharedDatabase } from '../shared-state.js';

export const SESSION_COOKIE = 'pacewise_session';

/**
 * The cookie's name: under https `__Host-pacewise_session`, which browsers accept only when it is
 * Secure, for the whole site and from this host alone, so no sibling subdomain can set or shadow
 * it (ASVS 3.4.4; issue 16, finding 18). Plain http (a home install) keeps the plain name.
 */
export function sessionCookieName(services: Services): string {
  return isSecure(services) ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

/** The SHA-256 of a session token: what the database keeps as the session's id. */
export function hashToken(token: string): string {
  // The one-shot hash (Node 20.12 and later) makes no Hash object; this runs on every request.
  return typeof nodeCrypto.hash === 'function' ? nodeCrypto.hash('sha256', token, 'hex') : createHash('sha256').update(token).digest('hex');
}

/** What a sign-in session adds to the account: the second factor and the device id. */
export interface SessionFacts {
  secondFactorAt: string | null;
  deviceId: string | null;
}

const NO_SESSION: SessionFacts = { secondFactorAt: null, deviceId: null };

/** The practice setting `second_factor_required` (true unless an admin relaxed it). */
export async function isSecondFactorRequired(services: Services): Promise<boolean> {
  return (await findSetting(services.db, 'second_factor_required')) !== 'false';
}

/** Where the account stands with the second factor in this session. */
export function secondFactorStateOf(row: Pick<UserRow, 'role' | 'totp_secret'>, facts: SessionFacts, required: boolean): SecondFactorState {
  if (row.role === 'person') return 'off';
  if (facts.secondFactorAt !== null) return 'done';
  if (!required) return 'relaxed';
  return row.totp_secret === null ? 'setup_needed' : 'code_needed';
}

/** The signed-in account as services see it. */
export function toPerson(row: UserRow, facts: SessionFacts = NO_SESSION, secondFactorRequired = true): Person {
  const secondFactor = secondFactorStateOf(row, facts, secondFactorRequired);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    timeZone: row.time_zone,
    createdAt: row.created_at,
    role: isRole(row.role) ? row.role : 'person',
    secondFactor,
    signInComplete: secondFactor === 'off' || secondFactor === 'done' || secondFactor === 'relaxed',
    deviceId: facts.deviceId,
  };
}

function isSecure(services: Services): boolean {
  return services.config.publicUrl?.protocol === 'https:';
}

/**
 * Starts a new session for the account (ending the one the request carried), sets the cookie and
 * returns the account as this new session sees it.
 */
export async function startSession(services: Services, request: FastifyRequest, reply: FastifyReply, row: UserRow): Promise<Person> {
  await endSession(services, request, reply);
  const token = randomBytes(32).toString('base64url');
  const now = services.clock.now();
  const maxAgeSeconds = services.config.sessionDays * 86_400;
  const expiresAt = new Date(Date.parse(now) + maxAgeSeconds * 1000).toISOString();
  const deviceId = randomUUID();
  const userAgent = (request.headers['user-agent'] ?? '').slice(0, 300) || null;
  await insertAuthSession(services.db, {
    id: hashToken(token), user_id: row.id, created_at: now, expires_at: expiresAt,
    second_factor_at: null, device_id: deviceId, user_agent: userAgent, last_seen_at: now,
  });
  reply.setCookie(sessionCookieName(services), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(services),
    path: '/',
    maxAge: maxAgeSeconds,
  });
  return toPerson(row, { secondFactorAt: null, deviceId }, await isSecondFactorRequired(services));
}

/** Ends the session the request carries, if any, and clears the cookie. */
export async function endSession(services: Services, request: FastifyRequest, reply: FastifyReply) {
  const token = request.cookies[sessionCookieName(services)];
  if (token) {
    const sessionId = hashToken(token);
    services.sessionCache.forgetSession(sessionId);
    await deleteAuthSession(services.db, sessionId);
    // Again once the row is gone: a request that read it while the delete waited for its commit
    // must not keep it in the cache (SQLite commits writes at the end of the turn).
    services.sessionCache.forgetSession(sessionId);
  }
  reply.clearCookie(sessionCookieName(services), { path: '/', httpOnly: true, sameSite: 'lax', secure: isSecure(services) });
}

/** The person behind the request's session cookie, or null. */
export async function findPerson(services: Services, request: FastifyRequest): Promise<Person | null> {
  const token = request.cookies[sessionCookieName(services)];
  if (!token || token.length > 100) return null;
  const sessionId = hashToken(token);
  const now = services.clock.now();
  const nowMs = Date.parse(now);
  // Several processes on one PostgreSQL read the session every time, so a sign-out on one
  // ends it on all of them at once; one process on SQLite may remember it briefly.
  const remembers = !isSharedDatabase(services.db);
  const cached = remembers ? services.sessionCache.get(sessionId, nowMs) : null;
  if (cached) return cached;
  // A sign-out that lands while this read is in flight must win: the ticket says so to the cache.
  const ticket = services.sessionCache.readTicket();
  const row = await findUserBySession(services.db, sessionId, now);
  if (!row || row.disabled_at !== null) return null;
  if (isIdleTooLong(services, row, nowMs)) {
    await deleteAuthSession(services.db, sessionId);
    return null;
  }
  const deviceId = row.session_device_id ?? randomUUID();
  if (row.session_device_id === null || isLastSeenStale(row.session_last_seen_at, nowMs)) {
    await touchSessionLastSeen(services.db, sessionId, now, deviceId);
  }
  const facts = { secondFactorAt: row.session_second_factor_at, deviceId };
  const person = toPerson(row, facts, await isSecondFactorRequired(services));
  if (remembers) services.sessionCache.set(sessionId, person, Date.parse(row.session_expires_at), nowMs, ticket);
  return person;
}

/**
 * True when the session has not been used for longer than its role allows: 30 minutes for
 * staff, 14 days for a person (by default). "Last seen" is written every 5 minutes at most, so
 * the limit holds to within that.
 */
function isIdleTooLong(services: Services, row: { role: string; session_last_seen_at: string | null; session_created_at: string }, nowMs: number): boolean {
  const seen = Date.parse(row.session_last_seen_at ?? row.session_created_at);
  const limit = row.role === 'person' ? services.config.sessionIdleMs : services.config.staffIdleMs;
  return nowMs - seen > limit;
}

/** How often a session's "last seen" is written: the devices list needs no finer grain. */
const LAST_SEEN_EVERY_MS = 5 * 60_000;

function isLastSeenStale(lastSeenAt: string | null, nowMs: number): boolean {
  return lastSeenAt === null || nowMs - Date.parse(lastSeenAt) >= LAST_SEEN_EVERY_MS;
}
