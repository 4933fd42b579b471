/** Average pain in each part of the day: description beside the time-of-day pattern. */
import type { TimeOfDay } from '../../../core/insights/index.js';
import { useMessages } from '../../i18n/useMessages.js';
import { insightsMessages } from './messages.js';

/** A small data table; the part with the lowest pain is named in words, not by colour. */
export function TimeOfDayTable({ timeOfDay }: { timeOfDay: TimeOfDay }) {
  const m = useMessages(insightsMessages).parts;
  return (
    <div
      className="table-wrap insights-parts"
      role="region"
      aria-labelledby="parts-caption"
      tabIndex={0}
    >
      <table className="data-table">
        <caption id="parts-caption">{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.part}</th>
            <th scope="col">{m.mean}</th>
            <th scope="col">{m.n}</th>
          </tr>
        </thead>
        <tbody>
          {timeOfDay.parts.map((p) => (
            <tr key={p.part}>
              <th scope="row">{m.names[p.part]}</th>
              <td>
                {p.meanPain === null ? m.none : p.meanPain.toFixed(1)}
                {timeOfDay.lowest === p.part ? ` (${m.lowest})` : ''}
              </td>
              <td>{p.n}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
