/** The numbers behind the chart, week by week, in a table with a caption and header cells. */
import { useMessages } from '../../i18n/useMessages.js';
import { growthMessages } from './messages.js';
import type { WeekRow } from './growth-view.js';

/** The week-by-week table. */
export function GrowthTable({ rows }: { rows: readonly WeekRow[] }) {
  const m = useMessages(growthMessages).table;
  return (
    <div className="table-wrap" role="region" aria-labelledby="growth-table" tabIndex={0}>
      <table className="data-table">
        <caption id="growth-table">{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.week}</th>
            <th scope="col">{m.minutes}</th>
            <th scope="col">{m.activeDays}</th>
            <th scope="col">{m.gentleDays}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.week}>
              <th scope="row">{m.weekLabel(row.week)}</th>
              <td>{row.minutes}</td>
              <td>{row.activeDays}</td>
              <td>{row.gentleDays}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
