/**
 * "How your amounts change" at `/pacing`: the mode in one plain line, today's amounts, and every
 * change with its day and its reason, newest first.
 */
import type { PacingResponse } from '../../../contract/plan.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { usePacing } from '../../hooks/usePlan.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatLongDay } from '../../lib/format.js';
import { Link } from '../../router/Link.js';
import { PATHS, pathTo } from '../../router/match-route.js';
import { IntakePrompt } from '../home/IntakePrompt.js';
import { StartingPointOffers } from '../starting-point/StartingPointOffers.js';
import { pacingMessages } from './messages.js';
import { describeQuota, newestFirst } from './pacing-words.js';

/** The pacing page. */
export function PacingPage() {
  const m = useMessages(pacingMessages);
  const query = usePacing();
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <StartingPointOffers />
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? (
        <ErrorMessage error={query.error} onRetry={query.reload} />
      ) : null}
      {query.status === 'success' && query.data.kind === 'noProfile' ? (
        <IntakePrompt hasDraft={query.data.hasDraft} />
      ) : null}
      {query.status === 'success' && query.data.kind === 'ready' ? (
        <Pacing pacing={query.data.data} />
      ) : null}
      <p className="aside">
        <Link to={PATHS.plan}>{m.backToPlan}</Link>
      </p>
    </Page>
  );
}

function Pacing({ pacing }: { pacing: PacingResponse }) {
  const m = useMessages(pacingMessages);
  if (pacing.quotas.length === 0 && pacing.changes.length === 0) {
    return <p className="notice">{m.empty}</p>;
  }
  return (
    <>
      <section
        aria-labelledby="pacing-mode"
        className={`card pacing-mode pacing-mode--${pacing.mode}`}
      >
        <h2 id="pacing-mode">{m.modeHeading}</h2>
        <p>{m.modes[pacing.mode]}</p>
      </section>
      <section aria-labelledby="pacing-quotas">
        <h2 id="pacing-quotas">{m.quotasHeading}</h2>
        {pacing.quotas.length === 0 ? (
          <p>{m.empty}</p>
        ) : (
          <ul className="quota-list">
            {pacing.quotas.map((quota) => (
              <li key={quota.activity}>
                {quota.exerciseId ? (
                  <Link to={pathTo('exercise', { id: quota.exerciseId })}>
                    {describeQuota(quota, m.quota)}
                  </Link>
                ) : (
                  describeQuota(quota, m.quota)
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <Changes changes={pacing.changes} />
    </>
  );
}

function Changes({ changes }: { changes: PacingResponse['changes'] }) {
  const m = useMessages(pacingMessages);
  const locale = useFormatLocale();
  return (
    <section aria-labelledby="pacing-changes">
      <h2 id="pacing-changes">{m.changesHeading}</h2>
      {changes.length === 0 ? (
        <p>{m.noChanges}</p>
      ) : (
        <ol className="change-list">
          {newestFirst(changes).map((change, index) => (
            <li key={`${change.at}-${change.activity}-${index}`} className="change">
              <p className="change__when">
                <time dateTime={change.at}>{formatLongDay(change.at, locale)}</time>
              </p>
              <p className="change__message">{change.message}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
