/**
 * The intake's last question: "Would you like a reminder?" with the check-in time. Nothing is
 * turned on unless the person says yes; "No thanks" changes nothing.
 */
import { useState } from 'react';
import { DEFAULT_REMINDER_SETTINGS, isClockTime } from '../../../core/reminders/settings.js';
import type { ReminderSettingsSchema } from '../../../contract/reminder.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { reminderMessages } from './messages.js';
import { describeReminderState, withCheckinReminder } from './reminder-form.js';
import { useReminders } from './useReminders.js';
import './reminders.css';

type Answer = { kind: 'yes'; time: string } | { kind: 'no' };

/** The question, only while no reminder is on (a second intake does not ask again). */
export function ReminderOptIn() {
  const query = useReminders();
  // Kept here, so the answer stays on screen when the settings are fetched again.
  const [answer, setAnswer] = useState<Answer | null>(null);
  if (answer) return <OptInAnswered answer={answer} />;
  if (query.status !== 'success') return null;
  const state = describeReminderState(query.data.settings, new Date().toISOString());
  if (state.kind !== 'none_on') return null;
  return <OptInQuestion settings={query.data.settings} onAnswer={setAnswer} />;
}

function OptInAnswered({ answer }: { answer: Answer }) {
  const m = useMessages(reminderMessages).optIn;
  return (
    <section className="card reminder-opt-in" aria-labelledby="opt-in-heading">
      <h3 id="opt-in-heading">{m.heading}</h3>
      <p role="status">{answer.kind === 'yes' ? m.done(answer.time) : m.declined}</p>
      <Link to={PATHS.reminders}>{m.settings}</Link>
    </section>
  );
}

interface OptInQuestionProps {
  settings: ReminderSettingsSchema;
  onAnswer: (answer: Answer) => void;
}

function OptInQuestion({ settings, onAnswer }: OptInQuestionProps) {
  const m = useMessages(reminderMessages).optIn;
  const formWords = useMessages(reminderMessages).form;
  const [time, setTime] = useState(DEFAULT_REMINDER_SETTINGS.reminders.checkin.time);
  const [wrong, setWrong] = useState(false);
  const save = useAction(async () => {
    await callApi('putReminders', { body: withCheckinReminder(settings, time) });
    onAnswer({ kind: 'yes', time });
  });
  const sayYes = () => {
    setWrong(!isClockTime(time));
    if (isClockTime(time)) void save.run();
    else document.getElementById('opt-in-time')?.focus();
  };
  return (
    <section className="card reminder-opt-in" aria-labelledby="opt-in-heading">
      <h3 id="opt-in-heading">{m.heading}</h3>
      <p>{m.body}</p>
      <TextField
        id="opt-in-time"
        type="time"
        className="field--time"
        label={m.timeLabel}
        value={time}
        error={wrong ? formWords.timeError : null}
        onChange={(event) => setTime(event.target.value)}
      />
      {save.error ? <ErrorMessage error={save.error} /> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={save.pending || undefined}
          onClick={sayYes}
        >
          {save.pending ? m.saving : m.yes}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onAnswer({ kind: 'no' })}
        >
          {m.no}
        </button>
      </div>
    </section>
  );
}
