/**
 * Home's calm reminder card when the app opens: what is due now (at most the server's due list),
 * each with its action, "Not now" (counts as today's reminder, so it does not come back), and a
 * link to the settings. The home page places it; a guided session never shows it.
 */
import { useState } from 'react';
import type { DueReminder } from '../../../contract/reminder.js';
import { callApi } from '../../api/client.js';
import { useAction } from '../../hooks/useAction.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { describeDue } from './due-notice.js';
import { reminderMessages } from './messages.js';
import { REMINDERS_KEY } from './useReminders.js';
import './reminders.css';

/** Nothing unless a reminder is due; then one card for all that are. */
export function ReminderNotice() {
  const due = useQuery(`${REMINDERS_KEY}:due`, () => callApi('getDueReminders'));
  const [closed, setClosed] = useState(false);
  if (closed || due.status !== 'success' || due.data.due.length === 0) return null;
  return <NoticeCard due={due.data.due} onClosed={() => setClosed(true)} />;
}

function NoticeCard({ due, onClosed }: { due: readonly DueReminder[]; onClosed: () => void }) {
  const m = useMessages(reminderMessages).notice;
  const dismiss = useAction(async () => {
    await Promise.all(due.map((item) => callApi('dismissReminder', { body: { kind: item.kind } })));
  });
  const close = () => {
    onClosed();
    void dismiss.run();
  };
  return (
    <section className="card card--reminder" aria-labelledby="reminder-notice-heading">
      <h2 id="reminder-notice-heading">{m.heading}</h2>
      <ul className="reminder-notice__list">
        {due.map((item) => (
          <li key={item.kind}>
            <DueLine item={item} onOpen={() => void dismiss.run()} />
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={close}>
          {m.notNow}
        </button>
        <Link to={PATHS.reminders}>{m.settings}</Link>
      </div>
    </section>
  );
}

/** The words and the action of one due reminder; opening it counts as seeing it. */
function DueLine({ item, onOpen }: { item: DueReminder; onOpen: () => void }) {
  const m = useMessages(reminderMessages).notice;
  const { text, action, to } = describeDue(item, m);
  return (
    <>
      <p>{text}</p>
      <Link className="button button--primary" to={to} onClick={onOpen}>
        {action}
      </Link>
    </>
  );
}
