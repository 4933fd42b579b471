/**
 * A reset link's page (issue 15): `/reset-password#token`. The token is read from the fragment
 * (never sent to the server in the address nor in a Referer), taken out of the address bar at
 * once, and sent in the body with the new password. Setting it signs the account out everywhere.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { readResetToken } from '../../../core/password-recovery.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Page } from '../../components/Page.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { setFlash } from '../../lib/flash.js';
import { navigate } from '../../router/history.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { authMessages } from '../auth/messages.js';
import { PasswordField } from '../auth/PasswordField.js';
import { useSession } from '../auth/session-context.js';
import { recoveryMessages } from './messages.js';
import './recovery.css';
import { newPasswordProblem } from './new-password.js';

/** The token in the address's fragment, read once; the fragment is then removed from the address. */
function useFragmentToken(): string | null {
  const [token] = useState(() => readResetToken(window.location.hash));
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);
  return token;
}

/** The page: a new password for the account behind the link. */
export function ResetPasswordPage() {
  const m = useMessages(recoveryMessages).reset;
  const token = useFragmentToken();
  if (token === null) {
    return (
      <Page title={m.title}>
        <p>{m.broken}</p>
        <p><Link to={PATHS.forgotPassword}>{m.other}</Link></p>
      </Page>
    );
  }
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <NewPasswordForm token={token} />
    </Page>
  );
}

function NewPasswordForm({ token }: { token: string }) {
  const m = useMessages(recoveryMessages);
  const auth = useMessages(authMessages);
  const { markSignedOut } = useSession();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const reset = useAction(async () => {
    await callApi('resetWithLink', { body: { token, newPassword: password } });
    // Every session of the account ended, this browser's too if it was signed in to it.
    markSignedOut();
    setFlash(m.forgot.done);
    navigate(PATHS.signin, { replace: true });
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = newPasswordProblem(password, '', auth, m.reset.newPasswordRequired);
    setProblem(found);
    reset.clearError();
    if (found) document.getElementById('reset-newPassword')?.focus();
    else void reset.run();
  };
  const fieldError = problem ?? (reset.error?.field === 'newPassword' ? reset.error.message : null);
  return (
    <form className="form narrow" noValidate onSubmit={onSubmit}>
      <PasswordField id="reset-newPassword" label={m.reset.newPassword} value={password} email="" onChange={setPassword} error={fieldError} />
      {reset.error && reset.error.field !== 'newPassword' ? (
        <>
          <ErrorMessage error={reset.error} />
          <p><Link to={PATHS.forgotPassword}>{m.reset.other}</Link></p>
        </>
      ) : null}
      <button type="submit" className="button button--primary button--wide" aria-disabled={reset.pending || undefined}>
        {reset.pending ? m.reset.submitting : m.reset.submit}
      </button>
    </form>
  );
}
