/**
 * One entry of the journal's timeline: a small icon and a kind in words (never colour alone),
 * its time, and what it says. Check-ins keep their edit and delete buttons.
 */
import type { ReactNode } from 'react';
import type { TimelineEntry } from '../../../core/journal/timeline.js';
import type { Checkin } from '../../../contract/checkin.js';
import type { SessionLog } from '../../../contract/session-log.js';
import type { TimelineAnswerDto } from '../../../contract/timeline.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatTime } from '../../lib/format.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { CheckinBody } from './CheckinList.js';
import { historyMessages } from './messages.js';
import { sessionAmount } from './timeline-view.js';

/** A timeline entry as History holds it. */
export type JournalEntry = TimelineEntry<Checkin, SessionLog, TimelineAnswerDto>;

interface EntryProps {
  entry: JournalEntry;
  timeZone: string;
  onDeleted: (id: string) => void;
}

/** The icon of each kind of entry; the words beside it carry the meaning. */
function iconOf(entry: JournalEntry): string {
  switch (entry.kind) {
    case 'checkin':
      return entry.flare ? '⚑' : '✎';
    case 'session':
      return entry.outcome === 'done' ? '✓' : entry.outcome === 'partial' ? '◐' : '■';
    case 'bad_day':
      return '☁';
    case 'questionnaire':
      return '☰';
  }
}

/** The entry as a list item. */
export function TimelineEntryItem({ entry, timeZone, onDeleted }: EntryProps) {
  const m = useMessages(historyMessages);
  const locale = useFormatLocale();
  const time = m.entry.time(formatTime(entry.at, timeZone, locale));
  const variant = entry.kind === 'session' ? `${entry.kind}-${entry.outcome}` : entry.kind;
  return (
    <li className={`entry timeline-entry timeline-entry--${variant}`}>
      <p className="timeline-entry__head">
        <span className="timeline-entry__icon" aria-hidden="true">
          {iconOf(entry)}
        </span>
        <span className="timeline-entry__kind">{titleOf(entry, m)}</span>
        <span className="timeline-entry__time">{time}</span>
      </p>
      <EntryBody entry={entry} timeZone={timeZone} onDeleted={onDeleted} />
    </li>
  );
}

type Words = (typeof historyMessages)['en'];

function titleOf(entry: JournalEntry, m: Words): string {
  switch (entry.kind) {
    case 'checkin':
      return m.kinds.checkin;
    case 'session':
      return m.session[entry.outcome];
    case 'bad_day':
      return m.badDay.title;
    case 'questionnaire': {
      const name = m.questionnaire.names[entry.item.instrument] ?? m.questionnaire.other;
      return m.questionnaire.title(name);
    }
  }
}

function EntryBody({ entry, timeZone, onDeleted }: EntryProps): ReactNode {
  const m = useMessages(historyMessages);
  switch (entry.kind) {
    case 'checkin':
      return <CheckinBody checkin={entry.item} timeZone={timeZone} onDeleted={onDeleted} isUnderItsDay />;
    case 'session':
      return <SessionBody log={entry.item} />;
    case 'bad_day':
      return <p>{m.badDay.body}</p>;
    case 'questionnaire':
      return (
        <p>
          <Link to={PATHS.outcomes}>{m.questionnaire.link}</Link>
        </p>
      );
  }
}

function SessionBody({ log }: { log: SessionLog }) {
  const m = useMessages(historyMessages).session;
  const { exercises, minutes } = sessionAmount(log);
  return (
    <>
      {log.stopReason ? <p className="timeline-entry__reason">{m.reason(m.reasons[log.stopReason])}</p> : null}
      <p>{m.pain(log.painBefore, log.painAfter)}</p>
      <p>{log.toleranceTest ? m.test : m.amount(exercises, minutes)}</p>
      {log.notes ? <p className="entry__notes">{log.notes}</p> : null}
    </>
  );
}
