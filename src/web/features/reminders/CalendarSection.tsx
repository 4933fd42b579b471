/**
 * The private calendar feed: make a secret link (shown once, to copy), make a new one (the old
 * stops), or stop it. Plain words say what the link shows: session times, nothing else.
 */
import { useState } from 'react';
import type { RemindersResponse } from '../../../contract/reminder.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { refreshData } from '../../data/cache.js';
import { useAction } from '../../hooks/useAction.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatInstant } from '../../lib/format.js';
import { useAccount } from '../auth/session-context.js';
import { CopyField } from '../care/CopyField.js';
import { reminderMessages } from './messages.js';
import { REMINDERS_KEY } from './useReminders.js';

/** The calendar part of "How reminders reach you". */
export function CalendarSection({ calendar }: { calendar: RemindersResponse['calendar'] }) {
  const m = useMessages(reminderMessages).calendar;
  const locale = useFormatLocale();
  const { timeZone } = useAccount();
  const [fresh, setFresh] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const renew = useAction(async () => {
    const made = await callApi('renewCalendarFeed');
    setNote(calendar.active ? m.renewed : '');
    // The server may give a path or a full address; the calendar app needs the full one.
    setFresh(new URL(made.url, window.location.origin).href);
    refreshData(REMINDERS_KEY);
  });
  const stop = useAction(async () => {
    await callApi('deleteCalendarFeed');
    setFresh(null);
    setNote(m.stopped);
    refreshData(REMINDERS_KEY);
  });
  const error = renew.error ?? stop.error;
  return (
    <section className="reminders-way" aria-labelledby="reminders-calendar-heading">
      <h3 id="reminders-calendar-heading">{m.heading}</h3>
      <p>{m.body}</p>
      <p className="notice reminders-privacy">{m.privacy}</p>
      {fresh ? (
        <div className="reminders-feed">
          <CopyField id="calendar-feed-url" label={m.urlLabel} value={fresh} copyLabel={m.copy} />
          <p className="field__hint">{m.urlHint}</p>
        </div>
      ) : null}
      {calendar.active && !fresh && calendar.createdAt ? (
        <>
          <p>{m.isOn(formatInstant(calendar.createdAt, timeZone, locale))}</p>
          <p className="field__hint">{m.isOnHint}</p>
        </>
      ) : null}
      <p role="status" className={note ? 'notice notice--success' : 'visually-hidden'}>
        {note}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="button-row">
        {calendar.active || fresh ? (
          <>
            <button type="button" className="button button--secondary" aria-disabled={renew.pending || undefined} onClick={() => void renew.run()}>
              {m.renew}
            </button>
            <button type="button" className="button button--secondary" aria-disabled={stop.pending || undefined} onClick={() => void stop.run()}>
              {m.stop}
            </button>
          </>
        ) : (
          <button type="button" className="button button--primary" aria-disabled={renew.pending || undefined} onClick={() => void renew.run()}>
            {m.make}
          </button>
        )}
      </div>
      {calendar.active || fresh ? <p className="field__hint">{m.renewHint}</p> : null}
    </section>
  );
}
