/** The invitation to answer the getting-started questions, shown until there is a profile. */
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { homeMessages } from './messages.js';

/** "Tell us a little about yourself", with a button to start or to continue the draft. */
export function IntakePrompt({ hasDraft }: { hasDraft: boolean }) {
  const m = useMessages(homeMessages).intake;
  return (
    <section className="card" aria-labelledby="intake-heading">
      <h2 id="intake-heading">{m.heading}</h2>
      <p>{m.body}</p>
      <Link className="button button--primary" to={PATHS.intake}>
        {hasDraft ? m.resume : m.start}
      </Link>
    </section>
  );
}
