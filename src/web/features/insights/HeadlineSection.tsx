/**
 * The page's first words: one plain sentence of what changed in the person's pain, and a second
 * only for a link the server claimed. Before patterns can be compared, what they still need.
 */
import type { InsightsResponse } from '../../../contract/insights.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { insightsMessages } from './messages.js';

/** The section; without a headline (an answer kept from before issue 15), nothing. */
export function HeadlineSection({ insights }: { insights: InsightsResponse }) {
  const m = useMessages(insightsMessages);
  const { headline, needs } = insights;
  if (!headline) return null;
  return (
    <section aria-labelledby="headline-heading" className="card insights-headline">
      <h2 id="headline-heading">{m.headline.heading}</h2>
      <p className="insights-headline__lead">{m.headline.pain(headline.pain)}</p>
      {headline.link ? <p>{m.headline.link(headline.link)}</p> : null}
      {needs ? (
        <>
          <p>{needs.message}</p>
          <p className="insights-muted">{m.needs.body}</p>
          <Link className="button button--primary insights-no-print" to={PATHS.checkin}>
            {m.needs.checkin}
          </Link>
        </>
      ) : null}
    </section>
  );
}
