/** The page for an address the app does not know. */
import { useMessages } from '../i18n/useMessages.js';
import { Link } from '../router/Link.js';
import { PATHS } from '../router/match-route.js';
import { sharedMessages } from './messages.js';
import { Page } from './Page.js';

/** "Page not found", with a way home. */
export function NotFoundPage() {
  const m = useMessages(sharedMessages).notFound;
  return (
    <Page title={m.title}>
      <p>{m.body}</p>
      <Link to={PATHS.home}>{m.home}</Link>
    </Page>
  );
}
