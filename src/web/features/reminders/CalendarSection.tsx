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
  const { fresh, note, renew, stop } = useCalendarFeed(calendar.active);
  const isOn = calendar.active || fresh !== null;
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
      {calendar.active && !fresh ? <FeedIsOn createdAt={calendar.createdAt} /> : null}
      <p role="status" className={note ? 'notice notice--success' : 'visually-hidden'}>
        {note}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      {isOn ? <p className="field__hint">{m.renewHint}</p> : null}
      <div className="button-row">
        <button
          type="button"
          className={`button ${isOn ? 'button--secondary' : 'button--primary'}`}
          aria-disabled={renew.pending || undefined}
          onClick={() => void renew.run()}
        >
          {isOn ? m.renew : m.make}
        </button>
        {isOn ? (
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={stop.pending || undefined}
            onClick={() => void stop.run()}
          >
            {m.stop}
          </button>
        ) : null}
      </div>
    </section>
  );
}

/** Making, renewing and stopping the link; `fresh` is a link just made (shown this once). */
function useCalendarFeed(wasActive: boolean) {
  const m = useMessages(reminderMessages).calendar;
  const [fresh, setFresh] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const renew = useAction(async () => {
    const made = await callApi('renewCalendarFeed');
    setNote(wasActive ? m.renewed : '');
    // The server may give a path or a full address; a calendar app needs the full one.
    setFresh(new URL(made.url, window.location.origin).href);
    refreshData(REMINDERS_KEY);
  });
  const stop = useAction(async () => {
    await callApi('deleteCalendarFeed');
    setFresh(null);
    setNote(m.stopped);
    refreshData(REMINDERS_KEY);
  });
  return { fresh, note, renew, stop };
}

/** "Your calendar link is on", with when it was made; the link itself is never shown again. */
function FeedIsOn({ createdAt }: { createdAt: string | null }) {
  const m = useMessages(reminderMessages).calendar;
  const locale = useFormatLocale();
  const { timeZone } = useAccount();
  return (
    <>
      <p>{m.isOn(createdAt ? formatInstant(createdAt, timeZone, locale) : null)}</p>
      <p className="field__hint">{m.isOnHint}</p>
    </>
  );
}
