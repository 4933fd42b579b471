/**
 * Recovery codes for a forgotten password (issue 15), at `/account/recovery-codes`: offered right
 * after sign-up (the password just typed is still in memory, so nothing is asked again; the
 * person may skip), and renewed later from the account page with the password.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Page } from '../../components/Page.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { navigate } from '../../router/history.js';
import { Link } from '../../router/Link.js';
import { PATHS, safeNextPath } from '../../router/match-route.js';
import { useSearchParam } from '../../router/useLocation.js';
import { CodesList } from './CodesList.js';
import { recoveryMessages } from './messages.js';
import './recovery.css';
import { forgetSignupPassword, peekSignupPassword } from './signup-password.js';

/** The page: the offer after sign-up, or the renewal; then the codes, shown once. */
export function RecoveryCodesPage() {
  const m = useMessages(recoveryMessages).codes;
  const asked = useSearchParam('next');
  const next = asked === null ? PATHS.account : safeNextPath(asked);
  const [signupPassword] = useState(peekSignupPassword);
  const [codes, setCodes] = useState<string[] | null>(null);
  useEffect(() => forgetSignupPassword, []);
  const make = useAction(async (password: string) => {
    const made = await callApi('makeMyRecoveryCodes', { body: { password } });
    forgetSignupPassword();
    setCodes(made.recoveryCodes);
  });
  if (codes) {
    return (
      <Page title={signupPassword ? m.title : m.renewTitle}>
        <CodesList codes={codes} onDone={() => navigate(next, { replace: true })} />
      </Page>
    );
  }
  if (signupPassword) {
    return (
      <Page title={m.title} intro={<p>{m.intro}</p>}>
        <div className="recovery-offer">
          <button type="button" className="button button--primary button--wide" aria-disabled={make.pending || undefined} onClick={() => void make.run(signupPassword)}>
            {make.pending ? m.making : m.make}
          </button>
          {make.error ? <ErrorMessage error={make.error} /> : null}
          <Link to={next} className="button button--secondary button--wide">{m.skip}</Link>
          <p className="field__hint">{m.skipNote}</p>
        </div>
      </Page>
    );
  }
  return <RenewCodes onMake={(password) => void make.run(password)} pending={make.pending} error={make.error} />;
}

interface RenewProps {
  onMake: (password: string) => void;
  pending: boolean;
  error: ReturnType<typeof useAction>['error'];
}

/** New codes later on: how many are left, and the password asked again. */
function RenewCodes({ onMake, pending, error }: RenewProps) {
  const m = useMessages(recoveryMessages).codes;
  const left = useQuery('recovery-codes:left', () => callApi('getMyRecoveryCodes'));
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(password === '');
    if (password === '') document.getElementById('recovery-password')?.focus();
    else onMake(password);
  };
  const fieldError = missing ? m.passwordRequired : error?.field === 'password' ? error.message : null;
  return (
    <Page title={m.renewTitle} intro={<p>{m.intro}</p>}>
      <section className="card" aria-labelledby="renew-heading">
        <h2 id="renew-heading">{m.renew}</h2>
        {left.status === 'success' ? <p>{m.left(left.data.left)}</p> : null}
        <p>{m.renewIntro}</p>
        <form className="form" noValidate onSubmit={onSubmit}>
          <TextField id="recovery-password" label={m.password} hint={m.passwordHint} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} error={fieldError} />
          {error && error.field !== 'password' ? <ErrorMessage error={error} /> : null}
          <button type="submit" className="button button--primary button--wide" aria-disabled={pending || undefined}>
            {pending ? m.making : m.renew}
          </button>
        </form>
      </section>
      <p><Link to={PATHS.account}>{m.back}</Link></p>
    </Page>
  );
}
