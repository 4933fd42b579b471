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
import {
  describeReminderState,
  hoursUntilTomorrow,
  toPutRemindersRequest,
  toReminderForm,
  type ReminderState,
} from './reminder-form.js';

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
  const { taps, act, done } = usePauseTaps(settings, onChange, timeZone);
  return (
    <section className="card reminders-status" aria-labelledby="reminders-status-heading">
      <h2 id="reminders-status-heading">{m.heading}</h2>
      <StatusLine state={state} now={now} timeZone={timeZone} />
      <div className="button-row reminders-status__buttons">
        {TAPS_FOR[state.kind].map((tap) => (
          <button
            key={tap}
            type="button"
            className={`button ${tap === 'backOn' ? 'button--primary' : 'button--secondary'}`}
            aria-disabled={act.pending || undefined}
            onClick={taps[tap]}
          >
            {m[tap]}
          </button>
        ))}
      </div>
      <p role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>
        {done}
      </p>
      {act.error ? <ErrorMessage error={act.error} /> : null}
    </section>
  );
}

/** What each one-tap button does, and the line it announces when done. */
function usePauseTaps(settings: ReminderSettingsSchema, onChange: () => void, timeZone: string) {
  const m = useMessages(reminderMessages).status;
  const [done, setDone] = useState('');
  const act = useAction(async (change: () => Promise<RemindersResponse>, message: string) => {
    await change();
    onChange();
    setDone(message);
  });
  const snooze = (hours: number, message: string) => () =>
    void act.run(() => callApi('snoozeReminders', { body: { hours } }), message);
  const pause = (paused: boolean) => () => {
    const body = toPutRemindersRequest(toReminderForm(settings), paused);
    void act.run(() => callApi('putReminders', { body }), paused ? m.done.paused : m.done.resumed);
  };
  const taps: Record<Tap, () => void> = {
    snoozeHour: snooze(1, m.done.snoozedHour),
    snoozeTomorrow: () =>
      snooze(hoursUntilTomorrow(new Date().toISOString(), timeZone), m.done.snoozedTomorrow)(),
    endSnooze: snooze(0, m.done.snoozeEnded),
    allOff: pause(true),
    backOn: pause(false),
  };
  return { taps, act, done };
}

type Tap = 'snoozeHour' | 'snoozeTomorrow' | 'endSnooze' | 'allOff' | 'backOn';

/** The one-tap buttons that make sense in each state (nothing to snooze when nothing is on). */
const TAPS_FOR: Record<ReminderState['kind'], readonly Tap[]> = {
  none_on: [],
  no_days: ['allOff'],
  on: ['snoozeHour', 'snoozeTomorrow', 'allOff'],
  snoozed: ['endSnooze', 'allOff'],
  paused: ['backOn'],
};

function StatusLine({
  state,
  now,
  timeZone,
}: {
  state: ReminderState;
  now: string;
  timeZone: string;
}) {
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
      const until = sameDay
        ? formatTime(state.until, timeZone, locale)
        : formatInstant(state.until, timeZone, locale);
      return <p>{m.status.snoozed(until)}</p>;
    }
    case 'on': {
      const list = state.reminders
        .map((r) => m.status.onItem(m.status.kinds[r.kind], r.time))
        .join('; ');
      return <p>{m.status.on(list)}</p>;
    }
  }
}
