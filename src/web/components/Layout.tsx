/** The frame of every page: skip link, header with navigation, main, and footer. */
import type { MouseEvent, ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { Link } from '../router/Link.js';
import { PATHS } from '../router/match-route.js';
import { sharedMessages } from './messages.js';

interface LayoutProps {
  signedIn: boolean;
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
  const links = signedIn
    ? [
        { to: PATHS.home, label: m.nav.home },
        { to: PATHS.checkin, label: m.nav.checkin },
        { to: PATHS.history, label: m.nav.history },
        { to: PATHS.account, label: m.nav.account },
      ]
    : [
        { to: PATHS.signin, label: m.nav.signin },
        { to: PATHS.signup, label: m.nav.signup },
      ];
  return (
    <nav aria-label={m.mainNav} className="site-nav">
      <ul className="site-nav__list">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to} className="site-nav__link">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
