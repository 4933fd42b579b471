/**
 * A short-lived memory of which session belongs to whom, so a request does not need a database
 * read to know who is calling. Entries live at most `ttlMs` and never past the session's own
 * expiry; signing out, deleting an account or changing it forgets them at once in this process.
 * (Several server processes on one PostgreSQL database notice a sign-out elsewhere within
 * `ttlMs`.)
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

  /** Remembers the person of a session. */
  set(sessionId: string, person: Person, sessionExpiresAt: number, nowMs: number): void {
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(sessionId, { person, sessionExpiresAt, cachedUntil: nowMs + this.ttlMs });
  }

  /** Forgets one session (signed out). */
  forgetSession(sessionId: string): void {
    this.entries.delete(sessionId);
  }

  /** Forgets every session of a person (account changed or deleted). */
  forgetPerson(personId: string): void {
    for (const [id, entry] of this.entries) if (entry.person.id === personId) this.entries.delete(id);
  }

  /** Forgets every session (a practice setting that changes everyone's standing). */
  clear(): void {
    this.entries.clear();
  }
}
