/** The numbers behind a trend chart, week by week, folded away until asked for. */
import type { LocalDate } from '../../../core/calendar.js';
import type { TrendPoint } from '../../../core/insights/index.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatShortDay } from '../../lib/format.js';
import { insightsMessages } from './messages.js';
import { weeklyTrendRows } from './trend-view.js';

interface TrendTableProps {
  id: string;
  scale: string;
  points: readonly TrendPoint[];
  flareDays: readonly LocalDate[];
}

/** A disclosure holding a data table with a caption and header cells. */
export function TrendTable({ id, scale, points, flareDays }: TrendTableProps) {
  const m = useMessages(insightsMessages).trends;
  const locale = useFormatLocale();
  const average = (value: number | null) => (value === null ? m.table.none : value.toFixed(1));
  return (
    <details className="disclosure insights-numbers">
      <summary className="disclosure__summary">{m.tableSummary(scale)}</summary>
      <div className="table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
        <table className="data-table">
          <caption id={id}>{m.table.caption(scale)}</caption>
          <thead>
            <tr>
              <th scope="col">{m.table.weekEnd}</th>
              <th scope="col">{m.table.mean7}</th>
              <th scope="col">{m.table.mean28}</th>
              <th scope="col">{m.table.flares}</th>
            </tr>
          </thead>
          <tbody>
            {weeklyTrendRows(points, flareDays).map((row) => (
              <tr key={row.weekEnd}>
                <th scope="row">{formatShortDay(row.weekEnd, locale)}</th>
                <td>{average(row.mean7)}</td>
                <td>{average(row.mean28)}</td>
                <td>{row.flareDays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
