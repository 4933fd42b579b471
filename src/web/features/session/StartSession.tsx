/**
 * The way into a guided session from the week: Start, or Resume when one is under way on this
 * device (and "Done today" beside Start once it is finished); and the way to log an activity
 * done away from the app.
 */
import { useState } from 'react';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatLongDay } from '../../lib/format.js';
import { Link } from '../../router/Link.js';
import { PATHS, pathTo } from '../../router/match-route.js';
import { useAccount } from '../auth/session-context.js';
import { sessionMessages } from './messages.js';
import { loadSession, markOf, sessionKey } from './session-storage.js';

interface StartSessionProps {
  date: string;
  slot: string;
  prominent: boolean;
  /** Say which session in the button itself (where no heading above names it). */
  named?: boolean;
}

/** Start or Resume for one session of the plan. */
export function StartSession({ date, slot, prominent, named = false }: StartSessionProps) {
  const m = useMessages(sessionMessages);
  const locale = useFormatLocale();
  const account = useAccount();
  const [mark] = useState(() => markOf(loadSession(sessionKey(account.id, date, slot))));
  const resume = mark === 'inProgress';
  const style = prominent || resume ? 'button--primary' : 'button--secondary button--small';
  const verb = resume ? m.plan.resume : m.plan.start;
  const slotName = m.slots[slot] ?? slot;
  const day = formatLongDay(date, locale);
  return (
    <div className={`plan-session__start${prominent ? ' plan-session__start--today' : ''}`}>
      <Link className={`button ${style}`} to={pathTo('session', { date, slot })}>
        {named ? m.plan.named(verb, slotName) : verb}
        <span className="visually-hidden">
          {named ? m.plan.dayContext(day) : m.plan.context(slotName, day)}
        </span>
      </Link>
      {mark === 'done' ? <span className="plan-session__done">{m.plan.done}</span> : null}
    </div>
  );
}

/** "Log a walk, a swim or another activity". */
export function LogActivityLink() {
  const m = useMessages(sessionMessages).plan;
  return (
    <p className="plan__log-activity">
      <Link to={PATHS.logActivity}>{m.logActivity}</Link>
    </p>
  );
}
