/**
 * Server-side sign-in sessions. The cookie holds a random token; the database holds only its
 * SHA-256, so a copy of the database cannot sign anyone in. A new session at every sign-in.
 */
import { createHash, randomBytes } from 'node:crypto';
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  deleteAuthSession,
  findUserBySession,
  insertAuthSession,
  type UserRow,
} from '../../db/user.repository.js';
import type { Person, Services } from '../context.js';

export const SESSION_COOKIE = 'pacewise_session';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The signed-in person as services see them. */
export function toPerson(row: UserRow): Person {
  return { id: row.id, email: row.email, name: row.name, timeZone: row.time_zone, createdAt: row.created_at };
}

function isSecure(services: Services): boolean {
  return services.config.publicUrl?.protocol === 'https:';
}

/** Starts a new session for the account (ending the one the request carried) and sets the cookie. */
export async function startSession(services: Services, request: FastifyRequest, reply: FastifyReply, userId: string) {
  await endSession(services, request, reply);
  const token = randomBytes(32).toString('base64url');
  const now = services.clock.now();
  const maxAgeSeconds = services.config.sessionDays * 86_400;
  const expiresAt = new Date(Date.parse(now) + maxAgeSeconds * 1000).toISOString();
  await insertAuthSession(services.db, { id: hashToken(token), user_id: userId, created_at: now, expires_at: expiresAt });
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(services),
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

/** Ends the session the request carries, if any, and clears the cookie. */
export async function endSession(services: Services, request: FastifyRequest, reply: FastifyReply) {
  const token = request.cookies[SESSION_COOKIE];
  if (token) {
    const sessionId = hashToken(token);
    services.sessionCache.forgetSession(sessionId);
    await deleteAuthSession(services.db, sessionId);
  }
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: isSecure(services) });
}

/** The person behind the request's session cookie, or null. */
export async function findPerson(services: Services, request: FastifyRequest): Promise<Person | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token || token.length > 100) return null;
  const sessionId = hashToken(token);
  const now = services.clock.now();
  const nowMs = Date.parse(now);
  const cached = services.sessionCache.get(sessionId, nowMs);
  if (cached) return cached;
  const row = await findUserBySession(services.db, sessionId, now);
  if (!row) return null;
  const person = toPerson(row);
  services.sessionCache.set(sessionId, person, Date.parse(row.session_expires_at), nowMs);
  return person;
}
