/** One line saying where a write stands: waiting on this device, sending, saved, or not saved and why. */
import { useMessages } from '../i18n/useMessages.js';
import { syncMessages } from './messages.js';
import type { SyncStatus } from './sync-view.js';
import { useCheckinStatus, useOpStatus } from './useSync.js';
import { syncView } from './synced.js';

/** The words and tone for a status; the tone is also said in words, never by colour alone. */
export function StatusText({ status, message }: { status: SyncStatus; message?: string | undefined }) {
  const m = useMessages(syncMessages).status;
  const text = status === 'rejected' ? m.rejected(message ?? '') : m[status];
  const tone = status === 'saved' ? 'success' : status === 'rejected' || status === 'changed' ? 'error' : 'waiting';
  return (
    <p className={`save-status save-status--${tone}`} role="status">
      {text}
    </p>
  );
}

/** Where the write `opKey` (a session, a walk or swim, an answer, a bad-day mark) stands. */
export function SyncStatusLine({ userId, opKey }: { userId: string; opKey: string }) {
  const status = useOpStatus(userId, opKey);
  return <StatusText status={status} message={syncView.find(userId, opKey)?.message} />;
}

/** Where a check-in's newest write stands; nothing when there is nothing to say. */
export function CheckinStatusLine({ userId, checkinKey }: { userId: string; checkinKey: string }) {
  const status = useCheckinStatus(userId, checkinKey);
  return status === null ? null : <StatusText status={status} />;
}
