/** Check-ins as a list, newest first, each with its time, pain, detail and edit/delete. */
import { lazy, Suspense } from 'react';
import { CHECKIN_SCALES } from '../../../core/checkin.js';
import { latestCheckins } from '../../../core/checkin-order.js';
import type { Checkin } from '../../../contract/checkin.js';
import { sharedMessages } from '../../components/messages.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatDay, formatTime } from '../../lib/format.js';
import { Link } from '../../router/Link.js';
import { pathTo } from '../../router/match-route.js';
import { scaleMessages } from '../checkin/scale-messages.js';
import { historyMessages } from './messages.js';
import { useAccount } from '../auth/session-context.js';
import { CheckinStatusLine } from '../../sync/SyncStatusLine.js';
import { useCheckinsWithWaiting } from '../../sync/useSync.js';

// Only the history page offers delete: home's latest entries (the first page) do without its code.
const DeleteCheckin = lazy(() =>
  import('../checkin/DeleteCheckin.js').then((module) => ({ default: module.DeleteCheckin })),
);

interface CheckinListProps {
  checkins: readonly Checkin[];
  timeZone: string;
  limit?: number;
  /** Called after a check-in was deleted from the list; without it, no delete button. */
  onDeleted?: (id: string) => void;
}

/** The list of check-ins; `limit` keeps only the latest few. */
export function CheckinList({
  checkins,
  timeZone,
  limit,
  onDeleted,
}: CheckinListProps) {
  const userId = useAccount().id;
  // The person's writes waiting on this device show at once: new rows, edits, deletes.
  const shown = useCheckinsWithWaiting(userId, checkins);
  return (
    <ul className="entry-list">
      {latestCheckins(shown, limit ?? shown.length).map((checkin) => (
        <CheckinItem key={checkin.id} checkin={checkin} timeZone={timeZone} onDeleted={onDeleted} />
      ))}
    </ul>
  );
}

function CheckinItem({
  checkin,
  timeZone,
  onDeleted,
}: {
  checkin: Checkin;
  timeZone: string;
  onDeleted: CheckinListProps['onDeleted'];
}) {
  return (
    <li className="entry">
      <CheckinBody checkin={checkin} timeZone={timeZone} onDeleted={onDeleted} />
    </li>
  );
}

interface CheckinBodyProps {
  checkin: Checkin;
  timeZone: string;
  onDeleted: CheckinListProps['onDeleted'];
  /** On a timeline grouped by day the day is the group's heading: the entry says only its time. */
  isUnderItsDay?: boolean;
}

/** What a check-in says, with its edit and delete buttons. */
export function CheckinBody({ checkin, timeZone, onDeleted, isUnderItsDay = false }: CheckinBodyProps) {
  const m = useMessages(historyMessages).entry;
  const userId = useAccount().id;
  const shared = useMessages(sharedMessages);
  const scales = useMessages(scaleMessages);
  const locale = useFormatLocale();
  const time = formatTime(checkin.at, timeZone, locale);
  const when = `${formatDay(checkin.localDate, locale)}, ${time}`;
  const details = CHECKIN_SCALES.flatMap((s) => {
    const value = checkin[s];
    return value === null ? [] : [m.detail(scales[s].legend, value)];
  });
  return (
    <>
      {isUnderItsDay ? null : <p className="entry__when">{when}</p>}
      <CheckinStatusLine userId={userId} checkinKey={checkin.id} />
      <p className="entry__pain">
        <strong>{m.pain(checkin.pain)}</strong>
        {checkin.flare ? <span className="badge badge--flare">{m.flare}</span> : null}
      </p>
      {checkin.areas.length > 0 ? (
        <p>{m.where(shared.listJoin(checkin.areas.map((a) => shared.painAreas[a])))}</p>
      ) : null}
      {details.length > 0 ? <p className="entry__details">{details.join(' · ')}</p> : null}
      {checkin.notes ? <p className="entry__notes">{checkin.notes}</p> : null}
      <div className="entry__actions">
        <Link
          className="button button--secondary button--small"
          to={pathTo('editCheckin', { id: checkin.id })}
        >
          {m.edit}
          <span className="visually-hidden">{m.editContext(when)}</span>
        </Link>
        {onDeleted ? (
          <Suspense fallback={null}>
            <DeleteCheckin
              id={checkin.id}
              version={checkin.updatedAt}
              label={m.delete}
              context={m.editContext(when)}
              onDeleted={() => onDeleted(checkin.id)}
            />
          </Suspense>
        ) : null}
      </div>
    </>
  );
}
