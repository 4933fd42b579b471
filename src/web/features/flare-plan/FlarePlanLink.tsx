/**
 * One tap to the person's flare plan: "Open my flare plan" when there is one, "Write my flare
 * plan" when there is not (while it loads, the plan page decides).
 */
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { flarePlanMessages } from './messages.js';
import { useFlarePlan } from './useFlarePlan.js';

/** A link to my flare plan, or to writing it. */
export function FlarePlanLink({ primary = false }: { primary?: boolean }) {
  const m = useMessages(flarePlanMessages).card;
  const query = useFlarePlan();
  const none = query.status === 'success' && query.data === null;
  return (
    <Link
      className={`button ${primary ? 'button--primary' : 'button--secondary'}`}
      to={none ? PATHS.editFlarePlan : PATHS.flarePlan}
    >
      {none ? m.write : m.open}
    </Link>
  );
}
