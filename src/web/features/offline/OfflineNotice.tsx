/** "You are offline — showing what this device saved at 14:02", while requests get no answer. */
import { useQueryClient } from '@tanstack/react-query';
import { useIsOffline } from '../../data/connection.js';
import { lastSavedAtMs } from '../../data/persisted-cache.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatTime } from '../../lib/format.js';
import { useAccount } from '../auth/session-context.js';
import { offlineMessages } from './messages.js';

/** The notice; an empty status region while the server answers. */
export function OfflineNotice() {
  const offline = useIsOffline();
  const account = useAccount();
  const queryClient = useQueryClient();
  const locale = useFormatLocale();
  const m = useMessages(offlineMessages);
  const savedAt = lastSavedAtMs(queryClient.getQueryCache().getAll(), account.id);
  const text = savedAt === null
    ? m.saved
    : m.savedAt(formatTime(new Date(savedAt).toISOString(), account.timeZone, locale));
  // The status region is always there, so the words are announced when they appear.
  return (
    <div role="status" className={offline ? 'notice' : 'visually-hidden'}>
      {offline ? <p>{text}</p> : null}
    </div>
  );
}
