/** The More page: what the tab bar does not hold, in three short groups, and signing out. */
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Page } from '../../components/Page.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { useSignOut } from '../auth/useSignOut.js';
import { moreMessages } from './messages.js';
import './more.css';

type ItemName = keyof (typeof moreMessages)['en']['items'];
type GroupName = keyof (typeof moreMessages)['en']['groups'];

/** Each group's links, in the order a person reaches for them. */
const GROUPS: readonly [GroupName, readonly [ItemName, string][]][] = [
  ['learn', [['checkin', PATHS.checkin], ['logActivity', PATHS.logActivity], ['library', PATHS.library], ['lessons', PATHS.lessons], ['flarePlan', PATHS.flarePlan]]],
  ['care', [['notes', PATHS.notes], ['care', PATHS.care]]],
  ['you', [['reminders', PATHS.reminders], ['account', PATHS.account]]],
];

/** The More page. */
export function MorePage() {
  const m = useMessages(moreMessages);
  const signOut = useSignOut(m.signOut.done);
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      {GROUPS.map(([group, items]) => (
        <section key={group} className="more-group" aria-labelledby={`more-${group}`}>
          <h2 id={`more-${group}`} className="more-group__heading">
            {m.groups[group]}
          </h2>
          <ul className="more-list">
            {items.map(([item, to]) => (
              <li key={item}>
                <Link to={to} className="more-list__link">
                  <span className="more-list__label">{m.items[item].label}</span>
                  <span className="more-list__hint">{m.items[item].hint}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section className="more-group" aria-labelledby="more-signout">
        <h2 id="more-signout" className="visually-hidden">
          {m.signOut.heading}
        </h2>
        <button type="button" className="button button--secondary button--wide" onClick={() => void signOut.run()}>
          {m.signOut.button}
        </button>
        {signOut.error ? <ErrorMessage error={signOut.error} /> : null}
      </section>
    </Page>
  );
}
