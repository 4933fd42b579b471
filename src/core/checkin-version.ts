/**
 * Versions of a check-in (issue 13). A check-in's version is its `updatedAt`; an edit or delete
 * made on a version that is no longer the stored one is refused, so a change made on one device
 * never silently overwrites a change made on another. An edit carries the device's `changeId`,
 * and the last one applied is kept, so the same edit sent twice is applied once.
 */

/** What to do with an edit or delete, given the stored check-in's version and last change. */
export type EditDecision = 'apply' | 'repeat' | 'changed_since';

/** The stored side of a check-in, as far as versions go. */
export interface StoredVersion {
  updatedAt: string;
  changeId: string | null;
}

/** What the device sent: the version it saw (absent from older clients) and its change's id. */
export interface SentVersion {
  version?: string | undefined;
  changeId?: string | undefined;
}

/** True when two instants name the same moment, whatever offset each is written in. */
export function isSameInstant(a: string, b: string): boolean {
  return new Date(a).getTime() === new Date(b).getTime();
}

/**
 * Decides an edit: a change already applied is a repeat (answered with the row as it stands);
 * a version that is not the stored one means the row changed since; anything else is applied.
 * Without a version (older clients) the edit is applied as before.
 */
export function decideEdit(stored: StoredVersion, sent: SentVersion): EditDecision {
  if (sent.changeId !== undefined && sent.changeId === stored.changeId) return 'repeat';
  if (sent.version !== undefined && !isSameInstant(sent.version, stored.updatedAt)) return 'changed_since';
  return 'apply';
}

/**
 * The version an edit made at `now` gives the row: `now`, or one millisecond after the previous
 * version when the clock has not moved past it, so every edit makes a new version.
 */
export function nextVersion(previous: string, now: string): string {
  const before = new Date(previous).getTime();
  const at = new Date(now).getTime();
  return new Date(Math.max(at, before + 1)).toISOString();
}
