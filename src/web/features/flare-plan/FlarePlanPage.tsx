/** My flare plan, shown calmly, with Change and Print; without one, a short invitation to write it. */
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import type { FlarePlanSchema } from '../../../contract/flare-plan.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Flash } from '../../components/Flash.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { formatInstant } from '../../lib/format.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { useAccount } from '../auth/session-context.js';
import { checkinMessages } from '../checkin/messages.js';
import { flarePlanMessages } from './messages.js';
import { RedFlags } from './RedFlags.js';
import { useFlarePlan } from './useFlarePlan.js';

/** The flare plan page. */
export function FlarePlanPage() {
  const m = useMessages(flarePlanMessages);
  const query = useFlarePlan();
  return (
    <Page title={m.title} intro={<p className="flare-no-print">{m.intro}</p>}>
      <div className="flare-no-print">
        <Flash />
      </div>
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? <ErrorMessage error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'success' && query.data === null ? (
        <section className="card">
          <p>{m.none.body}</p>
          <Link className="button button--primary" to={PATHS.editFlarePlan}>
            {m.none.write}
          </Link>
        </section>
      ) : null}
      {query.status === 'success' && query.data ? <PlanShown plan={query.data} /> : null}
    </Page>
  );
}

function PlanShown({ plan }: { plan: FlarePlanSchema }) {
  const m = useMessages(flarePlanMessages);
  const locale = useFormatLocale();
  const { timeZone } = useAccount();
  const steps = m.steps;
  const reliefWords = useMessages(checkinMessages).detail.relief;
  const words = (text: string | null) =>
    text ? <p className="flare-plan__words">{text}</p> : <p className="field__hint">{m.view.empty}</p>;
  return (
    <div className="flare-plan">
      <section aria-labelledby="fp-helps">
        <h2 id="fp-helps">{steps.helps.heading}</h2>
        {plan.helps.length > 0 ? (
          <ul className="flare-plan__list">
            {plan.helps.map((kind) => (
              <li key={kind}>{reliefWords[kind]}</li>
            ))}
          </ul>
        ) : null}
        {plan.helps.length > 0 && !plan.helpsOwnWords ? null : words(plan.helpsOwnWords)}
      </section>
      <section aria-labelledby="fp-days">
        <h2 id="fp-days">{steps.firstDays.heading}</h2>
        {words(plan.firstDays)}
      </section>
      <section aria-labelledby="fp-stop">
        <h2 id="fp-stop">{steps.stopDoing.heading}</h2>
        {words(plan.stopDoing)}
      </section>
      <section aria-labelledby="fp-tell">
        <h2 id="fp-tell">{steps.tell.heading}</h2>
        {plan.tellWho || plan.tellAsk ? (
          <>
            {plan.tellWho ? <p className="flare-plan__words">{plan.tellWho}</p> : null}
            {plan.tellAsk ? (
              <p className="flare-plan__words">
                <strong>{m.view.ask}</strong> {plan.tellAsk}
              </p>
            ) : null}
          </>
        ) : (
          words(null)
        )}
      </section>
      <section aria-labelledby="fp-doctor">
        <h2 id="fp-doctor">{steps.callDoctor.heading}</h2>
        <RedFlags />
        {plan.callDoctor ? (
          <p className="flare-plan__words">
            <strong>{m.view.mine}</strong> {plan.callDoctor}
          </p>
        ) : null}
      </section>
      <p className="field__hint">{m.view.updated(formatInstant(plan.updatedAt, timeZone, locale))}</p>
      <div className="button-row flare-no-print">
        <Link className="button button--primary" to={PATHS.editFlarePlan}>
          {m.view.change}
        </Link>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {m.view.print}
        </button>
      </div>
    </div>
  );
}
