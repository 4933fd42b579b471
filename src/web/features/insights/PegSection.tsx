/** The weekly PEG: the server's summary, a chart of the scores, and a table of every week. */
import { useCallback, useMemo } from 'react';
import type { PegSummary, PegWeek } from '../../../core/insights/index.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatShortDay } from '../../lib/format.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { pegOptions } from './chart-options.js';
import { insightsMessages } from './messages.js';
import { toPegChartData } from './peg-view.js';
import { UplotCanvas } from './UplotCanvas.js';

/** The section; a chart only once there are two weeks to join. */
export function PegSection({ peg }: { peg: PegSummary }) {
  const m = useMessages(insightsMessages).peg;
  return (
    <section aria-labelledby="peg-heading" className="insights-section card">
      <h2 id="peg-heading">{m.heading}</h2>
      <p className="insights-section__intro">{m.intro}</p>
      <p className="insights-lead">{peg.message}</p>
      {peg.weeks.length >= 2 ? <PegChart weeks={peg.weeks} /> : null}
      {peg.weeks.length > 0 ? <PegTable weeks={peg.weeks} /> : null}
      {peg.weeks.length === 0 ? (
        <Link className="button button--secondary insights-no-print" to={PATHS.checkin}>
          {m.answer}
        </Link>
      ) : null}
    </section>
  );
}

function PegChart({ weeks }: { weeks: readonly PegWeek[] }) {
  const m = useMessages(insightsMessages).peg;
  const locale = useFormatLocale();
  const data = useMemo(() => toPegChartData(weeks), [weeks]);
  const options = useCallback(
    (size: { width: number; height: number }) =>
      pegOptions(
        size,
        weeks.map((w) => formatShortDay(w.weekStart, locale)),
      ),
    [weeks, locale],
  );
  return (
    <figure className="chart insights-chart" aria-hidden="true">
      <UplotCanvas height={180} data={data} options={options} />
      <figcaption className="chart__legend">
        <span className="chart__key chart__key--mean7">{m.legendScore}</span>
        {weeks.some((w) => w.meaningfulFromPrevious !== null) ? (
          <span className="chart__key chart__key--ring">{m.legendMark}</span>
        ) : null}
      </figcaption>
    </figure>
  );
}

function PegTable({ weeks }: { weeks: readonly PegWeek[] }) {
  const m = useMessages(insightsMessages).peg;
  const locale = useFormatLocale();
  return (
    <div className="table-wrap" role="region" aria-labelledby="peg-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="peg-caption">{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.week}</th>
            <th scope="col">{m.score}</th>
            <th scope="col">{m.fromPrevious}</th>
            <th scope="col">{m.fromFirst}</th>
          </tr>
        </thead>
        <tbody>
          {[...weeks].reverse().map((w) => (
            <tr key={w.weekStart}>
              <th scope="row">{formatShortDay(w.weekStart, locale)}</th>
              <td>{w.score.toFixed(2)}</td>
              <td>{m.change(w.changeFromPrevious, w.meaningfulFromPrevious)}</td>
              <td>{m.change(w.changeFromFirst, w.meaningfulFromFirst)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
