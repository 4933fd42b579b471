/** "Who looked": the audit log about the person, one line per clinician per day, in words. */
import type { AccessLog } from '../../../contract/care.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatDayMonth } from './care-format.js';
import { careMessages } from './messages.js';

/** The section on the clinicians page. */
export function AccessLogSection() {
  const c = useMessages(careMessages);
  const m = c.care;
  const locale = useFormatLocale();
  const log = useQuery<AccessLog>('my-access-log', () => callApi('getMyAccessLog'));
  return (
    <section className="card" aria-labelledby="who-heading">
      <h2 id="who-heading">{m.whoHeading}</h2>
      <p>{m.whoIntro}</p>
      {log.status === 'loading' ? <Loading /> : null}
      {log.status === 'error' ? <ErrorMessage error={log.error} onRetry={log.reload} /> : null}
      {log.status === 'success' && log.data.items.length === 0 ? <p>{m.whoNone}</p> : null}
      {log.status === 'success' && log.data.items.length > 0 ? (
        <ul className="access-log">
          {log.data.items.map((line) => (
            <li key={`${line.day}-${line.clinician.id}`}>
              {m.whoLine(
                line.clinician.name || c.someone,
                line.areas.map((area) => c.areas[area]),
                line.changed.map((area) => c.changes(area)),
                formatDayMonth(line.day, locale),
              )}{' '}
              <span className="access-log__count">({m.times(line.count)})</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
