/** Whether a session log has reached the server: waiting on this device, sending, or saved. */
import { useSyncExternalStore } from 'react';
import { useMessages } from '../../i18n/useMessages.js';
import { sessionMessages } from './messages.js';
import { outbox } from './outbox.js';

/** A status line that updates as the outbox sends. */
export function SaveStatus({ userId, clientId }: { userId: string; clientId: string }) {
  const m = useMessages(sessionMessages).summary.status;
  const status = useSyncExternalStore(outbox.subscribe, () => outbox.statusOf(userId, clientId));
  const text =
    status === 'rejected' ? m.rejected(outbox.messageOf(userId, clientId) ?? '') : m[status];
  const tone = status === 'saved' ? 'success' : status === 'rejected' ? 'error' : 'waiting';
  return (
    <p className={`save-status save-status--${tone}`} role="status">
      {text}
    </p>
  );
}
