/** The frame of every page: skip link, header with navigation, main, and footer. */
import type { MouseEvent, ReactNode } from 'react';
import type { Role } from '../../core/access/policy.js';
import { useMessages } from '../i18n/useMessages.js';
import { Link } from '../router/Link.js';
import { PATHS } from '../router/match-route.js';
import { useLocation } from '../router/useLocation.js';
import { sharedMessages } from './messages.js';
import { hidesTabBar, TabBar } from './TabBar.js';

interface LayoutProps {
  signedIn: boolean;
  /** The signed-in account's role, once the sign-in is complete: it decides the navigation. */
  role?: Role | undefined;
  showNav?: boolean;
  children: ReactNode;
}

function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** The page frame; navigation depends on whether someone is signed in. */
export function Layout({ signedIn, role, showNav = true, children }: LayoutProps) {
  const m = useMessages(sharedMessages);
  const { pathname } = useLocation();
  const isStaff = role === 'clinician' || role === 'admin';
  // A signed-in person moves with the tab bar (the header keeps the name only); staff and
  // signed-out visitors keep the links in the header.
  const isPerson = signedIn && role === 'person' && showNav;
  const showTabs = isPerson && !hidesTabBar(pathname);
  return (
    // Staff pages hold tables: their frame is wider at desktop width (practice.css).
    <div className={frameClass(isStaff, showTabs)}>
      <a className="skip-link" href="#main" onClick={focusMain}>
        {m.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={PATHS.home} className="brand">
            {m.appName}
          </Link>
          {showNav && !isPerson ? <SiteNav signedIn={signedIn} role={role} /> : null}
        </div>
      </header>
      {showTabs ? <TabBar /> : null}
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{m.footer.disclaimer}</p>
        <p>{m.footer.stopSigns}</p>
      </footer>
    </div>
  );
}

function frameClass(isStaff: boolean, showTabs: boolean): string {
  if (isStaff) return 'frame frame--wide';
  return showTabs ? 'frame frame--tabs' : 'frame';
}

/** The links of the header's navigation: a clinician's workspace, an admin's practice, or a visitor's. */
function linksFor(signedIn: boolean, role: Role | undefined, nav: (typeof sharedMessages)['en']['nav']) {
  if (!signedIn) {
    return [
      { to: PATHS.library, label: nav.library },
      { to: PATHS.signin, label: nav.signin },
      { to: PATHS.signup, label: nav.signup },
    ];
  }
  if (role === 'clinician') {
    return [
      { to: PATHS.caseload, label: nav.caseload },
      { to: PATHS.programmes, label: nav.programmes },
      { to: PATHS.invitePatient, label: nav.invitePatient },
      { to: PATHS.myExercises, label: nav.myExercises },
      { to: PATHS.account, label: nav.account },
    ];
  }
  return [{ to: PATHS.admin, label: nav.practice }, { to: PATHS.account, label: nav.account }];
}

function SiteNav({ signedIn, role }: { signedIn: boolean; role: Role | undefined }) {
  const m = useMessages(sharedMessages);
  const { pathname } = useLocation();
  const links = linksFor(signedIn, role, m.nav);
  return (
    <nav aria-label={m.mainNav} className="site-nav">
      <ul className={`site-nav__list site-nav__list--${links.length}`}>
        {links.map((link) => (
          <li key={link.to}>
            <Link
              to={link.to}
              className="site-nav__link"
              aria-current={currentState(link.to, pathname)}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The page itself, or a page inside its section (an exercise of the library, pacing of the plan). */
function currentState(to: string, pathname: string): 'page' | 'true' | undefined {
  if (pathname === to) return 'page';
  const inside = SECTIONS[to];
  return inside?.some((prefix) => pathname.startsWith(prefix)) ? 'true' : undefined;
}

const SECTIONS: Record<string, readonly string[]> = {
  [PATHS.library]: [`${PATHS.library}/`],
  [PATHS.admin]: [`${PATHS.admin}/`],
  [PATHS.caseload]: ['/practice/patients/'],
  [PATHS.myExercises]: ['/practice/exercises/'],
};
