/**
 * `/signin/second-factor`: the second step of signing in for clinicians and admins. The first
 * time, the authenticator is set up; later, a code is asked. Nothing else opens until it is done.
 */
import { useEffect } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Page } from '../../components/Page.js';
import { useMessages } from '../../i18n/useMessages.js';
import { navigate } from '../../router/history.js';
import { PATHS } from '../../router/match-route.js';
import { useAccount } from '../auth/session-context.js';
import { useSignOut } from '../auth/useSignOut.js';
import { EnterCode } from './EnterCode.js';
import { securityMessages } from './messages.js';
import { SetupAuthenticator } from './SetupAuthenticator.js';
import './security.css';

/** Setup or code, by where the account stands; anyone past the second step goes on home. */
export function SecondFactorPage() {
  const m = useMessages(securityMessages);
  const account = useAccount();
  const pending = account.secondFactor === 'setup_needed' || account.secondFactor === 'code_needed';
  useEffect(() => {
    if (!pending) navigate(PATHS.home, { replace: true });
  }, [pending]);
  if (account.secondFactor === 'setup_needed') {
    return (
      <Page title={m.setup.title} intro={<p>{m.setup.why}</p>}>
        <SetupAuthenticator />
        <SignOutLink />
      </Page>
    );
  }
  if (account.secondFactor === 'code_needed') {
    return (
      <Page title={m.code.title} intro={<p>{m.code.intro}</p>}>
        <EnterCode />
        <p className="aside">{m.code.stuck}</p>
        <SignOutLink />
      </Page>
    );
  }
  return null;
}

function SignOutLink() {
  const m = useMessages(securityMessages);
  const signOut = useSignOut(m.signedOut);
  return (
    <div className="aside">
      <button type="button" className="button button--link" onClick={() => void signOut.run()}>
        {m.signOut}
      </button>
      {signOut.error ? <ErrorMessage error={signOut.error} /> : null}
    </div>
  );
}
