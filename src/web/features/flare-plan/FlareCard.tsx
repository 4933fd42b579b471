/**
 * Home during a flare (pacing's flare mode, a bad day, or a check-in today marked flare): a kind
 * word and the person's flare plan one tap away.
 */
import type { Checkin } from '../../../contract/checkin.js';
import { useMyPlan, usePacing } from '../../hooks/usePlan.js';
import { useMessages } from '../../i18n/useMessages.js';
import { FlarePlanLink } from './FlarePlanLink.js';
import { isDuringFlare } from './flare-plan-form.js';
import { flarePlanMessages } from './messages.js';
import { useFlarePlan } from './useFlarePlan.js';

/** The flare card, shown only during a flare. */
export function FlareCard({ checkinsToday }: { checkinsToday: readonly Checkin[] }) {
  const m = useMessages(flarePlanMessages).card;
  const pacing = usePacing();
  const myPlan = useMyPlan();
  const plan = useFlarePlan();
  const pacingMode = pacing.status === 'success' && pacing.data.kind === 'ready' ? pacing.data.data.mode : null;
  const badDay = myPlan.status === 'success' && myPlan.data.kind === 'ready' && myPlan.data.data.badDay;
  if (!isDuringFlare({ pacingMode, badDay, checkinsToday })) return null;
  const none = plan.status === 'success' && plan.data === null;
  return (
    <section className="card card--flare" aria-labelledby="flare-card-heading">
      <h2 id="flare-card-heading">{m.heading}</h2>
      <p>{none ? m.bodyNone : m.body}</p>
      <FlarePlanLink primary />
    </section>
  );
}
