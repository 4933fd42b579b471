/** A quiet loading line, announced politely. */
import { useMessages } from '../i18n/useMessages.js';
import { sharedMessages } from './messages.js';

/** Shown while a page's data is on its way. */
export function Loading() {
  const m = useMessages(sharedMessages);
  return (
    <p className="loading" role="status">
      {m.loading}
    </p>
  );
}
