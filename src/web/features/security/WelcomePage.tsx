/**
 * Opening a one-use link for a clinician or admin: who invited you and for what role, then a
 * name and a new password (or the password of the account you already have). The app goes on
 * to the authenticator set-up; a used or expired link is told plainly.
 */
import { useState, type FormEvent } from 'react';
import type { WelcomeInfo } from '../../../contract/admin.js';
import { isApiError } from '../../api/api-error.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { deviceTimeZone } from '../../lib/device-time-zone.js';
import { navigate } from '../../router/history.js';
import { PATHS } from '../../router/match-route.js';
import { formatInstant } from '../../lib/format.js';
import { welcomeMessages } from '../admin/welcome-messages.js';
import { PasswordField } from '../auth/PasswordField.js';
import { useSession } from '../auth/session-context.js';

/** The welcome page of link `token`. */
export function WelcomePage({ token }: { token: string }) {
  const m = useMessages(welcomeMessages);
  const offer = useQuery(`welcome:${token}`, () => callApi('getWelcome', { params: { token } }));
  if (offer.status === 'loading') return <Page title={m.title}><Loading /></Page>;
  if (offer.status === 'error') {
    const gone = isApiError(offer.error) && (offer.error.status === 404 || offer.error.status === 400);
    return gone ? <LinkGone /> : <Page title={m.title}><ErrorMessage error={offer.error} onRetry={offer.reload} /></Page>;
  }
  return <WelcomeForm token={token} offer={offer.data} />;
}

function LinkGone() {
  const m = useMessages(welcomeMessages).gone;
  return (
    <Page title={m.title}>
      <div className="notice notice--caution">
        <p>{m.body}</p>
        <p>{m.next}</p>
      </div>
    </Page>
  );
}

function WelcomeForm({ token, offer }: { token: string; offer: WelcomeInfo }) {
  const m = useMessages(welcomeMessages);
  const locale = useFormatLocale();
  const { setAccount } = useSession();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const timeZone = deviceTimeZone();
  const claim = useAction(async () => {
    const trimmed = name.trim();
    const body = { password, ...(trimmed && !offer.hasAccount ? { name: trimmed } : {}), ...(timeZone && !offer.hasAccount ? { timeZone } : {}) };
    const account = await callApi('claimWelcome', { params: { token }, body });
    setAccount(account);
    const pending = account.secondFactor === 'setup_needed' || account.secondFactor === 'code_needed';
    navigate(pending ? PATHS.secondFactor : PATHS.home, { replace: true });
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // The policy's hint shows as the password is typed; the server has the last word on it.
    const found = password === '' ? m.passwordRequired : null;
    setProblem(found);
    claim.clearError();
    if (found) document.getElementById('welcome-password')?.focus();
    else void claim.run();
  };
  const passwordError = problem ?? (claim.error?.field === 'password' ? claim.error.message : null);
  return (
    <Page title={m.title} intro={<p>{m.invitedAs[offer.kind]}</p>}>
      <div className="card welcome-facts">
        {offer.invitedBy ? <p>{m.invitedBy(offer.invitedBy)}</p> : null}
        <p>
          {m.forEmail} <strong className="break-anywhere">{offer.email}</strong>
        </p>
        <p>{m.expires(formatInstant(offer.expiresAt, timeZone ?? 'UTC', locale))}</p>
      </div>
      <form className="form narrow" noValidate onSubmit={onSubmit}>
        <p>{offer.hasAccount ? m.existingAccount : m.newAccount}</p>
        {offer.hasAccount ? null : (
          <TextField id="welcome-name" label={m.nameLabel} hint={m.nameHint} autoComplete="name" maxLength={80} value={name} onChange={(e) => setName(e.target.value)} error={claim.error?.field === 'name' ? claim.error.message : null} />
        )}
        {offer.hasAccount ? (
          <TextField id="welcome-password" type="password" label={m.currentPassword} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} error={passwordError} />
        ) : (
          <PasswordField id="welcome-password" value={password} email={offer.email} onChange={setPassword} error={passwordError} />
        )}
        <p className="field__hint">{m.nextStep}</p>
        {claim.error && !claim.error.field ? <ErrorMessage error={claim.error} /> : null}
        <button type="submit" className="button button--primary button--wide" aria-disabled={claim.pending || undefined}>
          {claim.pending ? m.submitting : m.submit}
        </button>
      </form>
    </Page>
  );
}

