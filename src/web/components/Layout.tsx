/** The frame of every page: skip link, header with navigation, main, and footer. */
import type { MouseEvent, ReactNode } from 'react';
import type { Role } from '../../core/access/policy.js';
import { useMessages } from '../i18n/useMessages.js';
import { Link } from '../router/Link.js';
import { PATHS } from '../router/match-route.js';
import { useLocation } from '../router/useLocation.js';
import { sharedMessages } from './messages.js';

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
export function Layout({ signedIn, showNav = true, children }: LayoutProps) {
  const m = useMessages(sharedMessages);
  return (
    <>
      <a className="skip-link" href="#main" onClick={focusMain}>
        {m.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={PATHS.home} className="brand">
            {m.appName}
          </Link>
          {showNav ? <SiteNav signedIn={signedIn} /> : null}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>{m.footer.disclaimer}</p>
        <p>{m.footer.stopSigns}</p>
      </footer>
    </>
  );
}

function SiteNav({ signedIn }: { signedIn: boolean }) {
  const m = useMessages(sharedMessages);
  const { pathname } = useLocation();
  const links = signedIn
    ? [
        { to: PATHS.home, label: m.nav.home },
        { to: PATHS.checkin, label: m.nav.checkin },
        { to: PATHS.history, label: m.nav.history },
        { to: PATHS.insights, label: m.nav.insights },
        { to: PATHS.plan, label: m.nav.plan },
        { to: PATHS.library, label: m.nav.library },
        { to: PATHS.account, label: m.nav.account },
      ]
    : [
        { to: PATHS.library, label: m.nav.library },
        { to: PATHS.signin, label: m.nav.signin },
        { to: PATHS.signup, label: m.nav.signup },
      ];
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
  [PATHS.plan]: [PATHS.pacing, '/session/'],
};
