/**
 * A small card offering the tolerance test for each aerobic activity without a starting point
 * yet; it shows nothing when there is none to offer (or while it loads), so pages stay calm.
 */
import { useMessages } from '../../i18n/useMessages.js';
import { useAccount } from '../auth/session-context.js';
import { Link } from '../../router/Link.js';
import { pathTo } from '../../router/match-route.js';
import { activityWords, startingPointMessages } from './messages.js';
import { loadRun } from './tolerance-storage.js';
import { useStartingPointOffers } from './useStartingPointOffers.js';

/** The card, for the pacing page and the activity log. */
export function StartingPointOffers() {
  const m = useMessages(startingPointMessages).offers;
  const query = useStartingPointOffers();
  const account = useAccount();
  if (query.status !== 'success' || query.data.offers.length === 0) return null;
  // A test under way on this device (the person went to another page) is carried on, not begun again.
  const underWay = loadRun(account.id)?.activity ?? null;
  return (
    <section aria-labelledby="starting-point-offers" className="card starting-point-offers">
      <h2 id="starting-point-offers">{m.heading}</h2>
      <p>{m.intro}</p>
      <ul className="starting-point-offers__list">
        {query.data.offers.map((offer) => (
          <li key={offer.activity}>
            <Link className="button button--secondary button--wide" to={pathTo('startingPoint', { kind: offer.kind })}>
              {(offer.activity === underWay ? m.resume : m.link)(
                offer.label ?? capitalise(activityWords(offer.kind, offer.seated).noun),
              )}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
