/** Where reminders stand now, with the one-tap snoozes and "Turn all reminders off". */
import { useState } from 'react';
import { toLocalDate } from '../../../core/calendar.js';
import type { RemindersResponse, ReminderSettingsSchema } from '../../../contract/reminder.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { useNow } from '../../hooks/useToday.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatInstant, formatTime } from '../../lib/format.js';
import { useAccount } from '../auth/session-context.js';
import { reminderMessages } from './messages.js';
import { describeReminderState, hoursUntilTomorrow, toPutRemindersRequest, toReminderForm, type ReminderState } from './reminder-form.js';

interface PauseSectionProps {
  settings: ReminderSettingsSchema;
  onChange: () => void;
}

/** The status line and the buttons that fit it. */
export function PauseSection({ settings, onChange }: PauseSectionProps) {
  const m = useMessages(reminderMessages).status;
  const { timeZone } = useAccount();
  const now = new Date(useNow()).toISOString();
  const state = describeReminderState(settings, now);
  const [done, setDone] = useState('');
  const act = useAction(async (change: () => Promise<RemindersResponse>, message: string) => {
    await change();
    onChange();
    setDone(message);
  });
  const snooze = (hours: number, message: string) =>
    void act.run(() => callApi('snoozeReminders', { body: { hours } }), message);
  const pause = (paused: boolean) =>
    void act.run(
      () => callApi('putReminders', { body: toPutRemindersRequest(toReminderForm(settings), paused) }),
      paused ? m.done.paused : m.done.resumed,
    );
  const busy = act.pending || undefined;
  return (
    <section className="card reminders-status" aria-labelledby="reminders-status-heading">
      <h2 id="reminders-status-heading">{m.heading}</h2>
      <StatusLine state={state} now={now} timeZone={timeZone} />
      <div className="button-row reminders-status__buttons">
        {state.kind === 'on' ? (
          <>
            <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => snooze(1, m.done.snoozedHour)}>
              {m.snoozeHour}
            </button>
            <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => snooze(hoursUntilTomorrow(new Date().toISOString(), timeZone), m.done.snoozedTomorrow)}>
              {m.snoozeTomorrow}
            </button>
          </>
        ) : null}
        {state.kind === 'snoozed' ? (
          <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => snooze(0, m.done.snoozeEnded)}>
            {m.endSnooze}
          </button>
        ) : null}
        {state.kind === 'on' || state.kind === 'snoozed' || state.kind === 'no_days' ? (
          <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => pause(true)}>
            {m.allOff}
          </button>
        ) : null}
        {state.kind === 'paused' ? (
          <button type="button" className="button button--primary" aria-disabled={busy} onClick={() => pause(false)}>
            {m.backOn}
          </button>
        ) : null}
      </div>
      <p role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>
        {done}
      </p>
      {act.error ? <ErrorMessage error={act.error} /> : null}
    </section>
  );
}

function StatusLine({ state, now, timeZone }: { state: ReminderState; now: string; timeZone: string }) {
  const m = useMessages(reminderMessages);
  const locale = useFormatLocale();
  switch (state.kind) {
    case 'none_on':
      return <p>{m.status.noneOn}</p>;
    case 'no_days':
      return <p>{m.status.noDays}</p>;
    case 'paused':
      return <p>{m.status.paused}</p>;
    case 'snoozed': {
      const sameDay = toLocalDate(state.until, timeZone) === toLocalDate(now, timeZone);
      const until = sameDay ? formatTime(state.until, timeZone, locale) : formatInstant(state.until, timeZone, locale);
      return <p>{m.status.snoozed(until)}</p>;
    }
    case 'on': {
      const list = state.reminders.map((r) => m.status.onItem(m.status.kinds[r.kind], r.time)).join('; ');
      return <p>{m.status.on(list)}</p>;
    }
  }
}
