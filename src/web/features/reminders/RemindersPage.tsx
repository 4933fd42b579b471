/** `/account/reminders`: the person's reminders — where they stand, which and when, and how they come. */
import type { RemindersResponse } from '../../../contract/reminder.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { refreshData } from '../../data/cache.js';
import { useMessages } from '../../i18n/useMessages.js';
import { CalendarSection } from './CalendarSection.js';
import { reminderMessages } from './messages.js';
import { PauseSection } from './PauseSection.js';
import { PushSection } from './PushSection.js';
import { ReminderChoices } from './ReminderChoices.js';
import { REMINDERS_KEY, useReminders } from './useReminders.js';
import './reminders.css';

/** The reminders page. */
export function RemindersPage() {
  const m = useMessages(reminderMessages);
  const query = useReminders();
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? (
        <ErrorMessage error={query.error} onRetry={query.reload} />
      ) : null}
      {query.status === 'success' ? <RemindersBody data={query.data} /> : null}
    </Page>
  );
}

function RemindersBody({ data }: { data: RemindersResponse }) {
  const m = useMessages(reminderMessages).ways;
  const refresh = () => refreshData(REMINDERS_KEY);
  return (
    <>
      <PauseSection settings={data.settings} onChange={refresh} />
      <ReminderChoices settings={data.settings} onSaved={refresh} />
      <section className="card reminders-ways" aria-labelledby="reminders-ways-heading">
        <h2 id="reminders-ways-heading">{m.heading}</h2>
        <p>{m.inApp}</p>
        <PushSection push={data.push} />
        <CalendarSection calendar={data.calendar} />
      </section>
    </>
  );
}
