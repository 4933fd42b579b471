/** The accessible equivalent of the chart: one row per day, newest first. */
import type { DailyPain } from '../../../core/checkin.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatShortDay, formatWeekday } from '../../lib/format.js';
import { historyMessages } from './messages.js';

/** A data table of daily pain with a caption and header cells. */
export function PainTable({ daily }: { daily: readonly DailyPain[] }) {
  const m = useMessages(historyMessages).table;
  const locale = useFormatLocale();
  const rows = [...daily].reverse();
  return (
    <div className="table-wrap" role="region" aria-labelledby="pain-table-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="pain-table-caption">{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.day}</th>
            <th scope="col">{m.average}</th>
            <th scope="col">{m.highest}</th>
            <th scope="col">{m.entries}</th>
            <th scope="col">{m.flare}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.day} className={d.entries === 0 ? 'is-empty' : undefined}>
              <th scope="row">
                {formatShortDay(d.day, locale)}{' '}
                <span className="data-table__weekday">{formatWeekday(d.day, locale)}</span>
              </th>
              {d.meanPain === null ? (
                <td colSpan={4}>{m.noEntry}</td>
              ) : (
                <>
                  <td>{d.meanPain}</td>
                  <td>{d.maxPain}</td>
                  <td>{d.entries}</td>
                  <td>{d.flare ? m.flareYes : m.flareNo}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
