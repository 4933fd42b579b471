/** Sessions logged week by week beside the plan: information, never a score. */
import type { LocalDate } from '../../../core/calendar.js';
import type { ConsistencyWeek } from '../../../core/insights/index.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatShortDay } from '../../lib/format.js';
import { weeksSinceStart } from './consistency-view.js';
import { insightsMessages } from './messages.js';

interface ConsistencyProps {
  weeks: readonly ConsistencyWeek[];
  firstJournalDay: LocalDate | null;
}

/** The latest week's sentence (from the server) and a table of the weeks, newest first. */
export function ConsistencySection({ weeks: all, firstJournalDay }: ConsistencyProps) {
  const m = useMessages(insightsMessages).consistency;
  const weeks = weeksSinceStart(all, firstJournalDay);
  const latest = weeks.at(-1);
  const hasPlan = weeks.some((w) => w.planned !== null);
  return (
    <section aria-labelledby="consistency-heading" className="insights-section card">
      <h2 id="consistency-heading">{m.heading}</h2>
      <p className="insights-section__intro">{m.intro}</p>
      {latest ? <p className="insights-lead">{latest.message}</p> : <p>{m.empty}</p>}
      {weeks.length > 0 && !hasPlan ? <p>{m.noPlans}</p> : null}
      {weeks.length > 0 ? <ConsistencyTable weeks={weeks} hasPlan={hasPlan} /> : null}
    </section>
  );
}

function ConsistencyTable({ weeks, hasPlan }: { weeks: ConsistencyWeek[]; hasPlan: boolean }) {
  const m = useMessages(insightsMessages).consistency;
  const locale = useFormatLocale();
  return (
    <div className="table-wrap" role="region" aria-labelledby="consistency-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="consistency-caption">{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.week}</th>
            <th scope="col">{m.done}</th>
            {hasPlan ? <th scope="col">{m.planned}</th> : null}
          </tr>
        </thead>
        <tbody>
          {[...weeks].reverse().map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">{formatShortDay(week.weekStart, locale)}</th>
              <td>{week.done}</td>
              {hasPlan ? <td>{week.planned ?? m.noPlan}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
