/**
 * A signed-in person's navigation: five tabs fixed to the bottom of the screen, within reach of a
 * thumb (issue 15). Everything else lives on the More page.
 */
import { useMessages } from '../i18n/useMessages.js';
import { Link } from '../router/Link.js';
import { PATHS } from '../router/match-route.js';
import { useLocation } from '../router/useLocation.js';
import { sharedMessages } from './messages.js';
import { TabIcon, type TabIconName } from './tab-icons.js';
import { currentTab, TAB_PATHS } from './tab-sections.js';

const ICONS: Record<keyof typeof TAB_PATHS, TabIconName> = {
  today: 'today',
  plan: 'plan',
  journal: 'journal',
  insights: 'insights',
  more: 'more',
};

/** The bottom tab bar; the tab of the page shown (or of its section) is marked as current. */
export function TabBar() {
  const m = useMessages(sharedMessages);
  const { pathname } = useLocation();
  const current = currentTab(pathname);
  const tabs = Object.keys(TAB_PATHS) as (keyof typeof TAB_PATHS)[];
  return (
    <nav aria-label={m.mainNav} className="tabbar">
      <ul className="tabbar__list">
        {tabs.map((tab) => (
          <li key={tab}>
            <Link
              to={TAB_PATHS[tab]}
              className="tabbar__link"
              aria-current={current === tab ? (pathname === TAB_PATHS[tab] ? 'page' : 'true') : undefined}
            >
              <TabIcon name={ICONS[tab]} />
              <span className="tabbar__label">{m.tabs[tab]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Where the bar is not shown: a guided session and intake take the whole screen. */
export function hidesTabBar(pathname: string): boolean {
  return pathname === PATHS.intake || (pathname.startsWith('/session/') && pathname !== PATHS.logActivity);
}
