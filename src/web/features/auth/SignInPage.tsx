/** Sign in with email and password. */
import { useState, type FormEvent } from 'react';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Flash } from '../../components/Flash.js';
import { Page } from '../../components/Page.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { navigate } from '../../router/history.js';
import { Link } from '../../router/Link.js';
import { PATHS, safeNextPath } from '../../router/match-route.js';
import { useSearchParam } from '../../router/useLocation.js';
import { authMessages } from './messages.js';
import { useSession } from './session-context.js';

/** The sign-in page; after signing in, goes on to the page the person asked for. */
export function SignInPage() {
  const m = useMessages(authMessages);
  const { setAccount } = useSession();
  const next = safeNextPath(useSearchParam('next'));
  const keepNext = next === PATHS.home ? '' : `?next=${encodeURIComponent(next)}`;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<'email' | 'password' | null>(null);
  const signIn = useAction(async () => {
    const account = await callApi('login', { body: { email, password } });
    setAccount(account);
    navigate(next, { replace: true });
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const empty = email.trim() === '' ? 'email' : password === '' ? 'password' : null;
    setMissing(empty);
    if (empty) document.getElementById(`signin-${empty}`)?.focus();
    else void signIn.run();
  };

  return (
    <Page title={m.signin.title} intro={<p>{m.signin.intro}</p>}>
      <Flash />
      <form className="form narrow" noValidate onSubmit={onSubmit}>
        <TextField
          id="signin-email"
          label={m.fields.email}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={missing === 'email' ? m.emailRequired : null}
        />
        <TextField
          id="signin-password"
          label={m.fields.password}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={missing === 'password' ? m.passwordRequired : null}
        />
        {signIn.error ? <ErrorMessage error={signIn.error} /> : null}
        <button
          type="submit"
          className="button button--primary button--wide"
          aria-disabled={signIn.pending || undefined}
        >
          {signIn.pending ? m.signin.submitting : m.signin.submit}
        </button>
      </form>
      <p className="aside">
        <Link to={PATHS.forgotPassword}>{m.signin.forgot}</Link>
      </p>
      <p className="aside">
        {m.signin.noAccount} <Link to={`${PATHS.signup}${keepNext}`}>{m.signin.createAccount}</Link>
      </p>
    </Page>
  );
}
