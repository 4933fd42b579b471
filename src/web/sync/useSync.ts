/** The sync queue as pages read it: the person's writes, where one stands, check-ins with waiting writes applied. */
import { useMemo, useSyncExternalStore } from 'react';
import type { Checkin } from '../../contract/checkin.js';
import { applyWaiting, touchesCheckin, waitingCreates, type SyncEntry } from './ops.js';
import { syncView as sync } from './synced.js';
import type { SyncStatus } from './sync-view.js';

/** How long a check-in shows "Saved" after its write went through. */
const SHOW_SAVED_MS = 10 * 60_000;

/** The person's writes kept on this device, updated as they are sent. */
export function useSyncEntries(userId: string): readonly SyncEntry[] {
  return useSyncExternalStore(sync.subscribe, () => sync.entries(userId));
}

/** Where the write `key` stands. */
export function useOpStatus(userId: string, key: string): SyncStatus {
  return useSyncExternalStore(sync.subscribe, () => sync.statusOf(userId, key));
}

/**
 * The check-ins to show: the server's, with the person's waiting edits applied and waiting deletes
 * left out, and the check-ins made on this device that the server does not have yet, newest first.
 */
export function useCheckinsWithWaiting(userId: string, checkins: readonly Checkin[]): Checkin[] {
  const entries = useSyncEntries(userId);
  return useMemo(() => {
    const known = sync.known(userId);
    const onServer = new Set(checkins.map((c) => c.id));
    const shown = checkins.flatMap((c) => applyWaiting(c, entries, known) ?? []);
    const made = waitingCreates(entries, known).filter((c) => !onServer.has(c.id) && !onServer.has(known.ids[c.id] ?? ''));
    return [...made, ...shown].sort((a, b) => b.at.localeCompare(a.at));
  }, [userId, checkins, entries]);
}

/**
 * Where the newest write of a check-in stands (named by its id, or its clientId while it waits to
 * be created): waiting, sending, changed, refused, or saved in the last minutes; null for nothing to say.
 */
export function checkinStatusOf(userId: string, key: string, nowMs: number): SyncStatus | null {
  const known = sync.known(userId);
  const entry = sync.entries(userId).findLast((e) => touchesCheckin(e.op, key, known));
  if (!entry) return null;
  if (sync.isSending(entry.op.key)) return 'sending';
  if (entry.status === 'saved') return nowMs - (entry.doneAtMs ?? 0) < SHOW_SAVED_MS ? 'saved' : null;
  return entry.status;
}

/** Where the newest write of a check-in stands, updated as it is sent. */
export function useCheckinStatus(userId: string, key: string): SyncStatus | null {
  return useSyncExternalStore(sync.subscribe, () => checkinStatusOf(userId, key, Date.now()));
}

/** The check-in shown as `id`: the server's with waiting writes applied, or one made here and not sent; null when neither. */
export function useCheckinWithWaiting(userId: string, id: string, fromServer: Checkin | null): Checkin | null {
  const entries = useSyncEntries(userId);
  return useMemo(() => {
    const known = sync.known(userId);
    if (fromServer) return applyWaiting(fromServer, entries, known);
    return waitingCreates(entries, known).find((c) => c.id === id) ?? null;
  }, [userId, id, fromServer, entries]);
}
