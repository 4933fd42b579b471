/**
 * A short-lived memory of which session belongs to whom, so a request does not need a database
 * read to know who is calling. Entries live at most `ttlMs` and never past the session's own
 * expiry; signing out, deleting an account or changing it forgets them at once in this process.
 * Revocation wins over a request in flight: a person read from the database before a sign-out
 * (or a deletion, or a change) is not remembered after it. Used on SQLite only: on PostgreSQL,
 * where several processes may share the database, every request reads its session (sessions.ts).
 */
import type { Person } from '../context.js';

interface Entry {
  person: Person;
  sessionExpiresAt: number;
  cachedUntil: number;
}

const MAX_ENTRIES = 10_000;

export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** A count of every revocation so far: a read tags itself with it, and a later one voids it. */
  private revocations = 0;
  /** The revocation number at which each session (`s:id`) or person (`p:id`) was last forgotten. */
  private readonly revokedAt = new Map<string, number>();
  private clearedAt = 0;

  constructor(private readonly ttlMs = 10_000) {}

  /** The person of a session, if remembered and still valid at `nowMs`. */
  get(sessionId: string, nowMs: number): Person | null {
    const entry = this.entries.get(sessionId);
    if (!entry) return null;
    if (nowMs >= entry.cachedUntil || nowMs >= entry.sessionExpiresAt) {
      this.entries.delete(sessionId);
      return null;
    }
    return entry.person;
  }

  /** Where revocations stand now: take it before reading a session from the database. */
  readTicket(): number {
    return this.revocations;
  }

  /**
   * Remembers the person of a session, read from the database after `ticket` was taken —
   * unless the session or the person was forgotten since (a sign-out that raced the read).
   */
  set(sessionId: string, person: Person, sessionExpiresAt: number, nowMs: number, ticket = this.revocations): void {
    const latest = Math.max(this.clearedAt, this.revokedAt.get(`s:${sessionId}`) ?? 0, this.revokedAt.get(`p:${person.id}`) ?? 0);
    if (latest > ticket) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(sessionId, { person, sessionExpiresAt, cachedUntil: nowMs + this.ttlMs });
  }

  /** Forgets one session (signed out). */
  forgetSession(sessionId: string): void {
    this.entries.delete(sessionId);
    this.markRevoked(`s:${sessionId}`);
  }

  /** Forgets every session of a person (account changed or deleted). */
  forgetPerson(personId: string): void {
    for (const [id, entry] of this.entries) if (entry.person.id === personId) this.entries.delete(id);
    this.markRevoked(`p:${personId}`);
  }

  /** Forgets every session (a practice setting that changes everyone's standing). */
  clear(): void {
    this.entries.clear();
    this.clearedAt = ++this.revocations;
  }

  private markRevoked(key: string): void {
    // Old marks only matter to reads in flight; when there are many, treat it as a clear.
    if (this.revokedAt.size >= MAX_ENTRIES) {
      this.revokedAt.clear();
      this.clearedAt = this.revocations + 1;
    }
    this.revokedAt.set(key, ++this.revocations);
  }
}
