/**
 * "Forgot your password?" (issue 15): a recovery code with a new password; a link by email when
 * the practice sends mail; and, always, who else can help. The answer to a mail request is the
 * same whether the email has an account or not, and so is what this page says.
 */
import { useState, type FormEvent } from 'react';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Page } from '../../components/Page.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { CodeResetForm } from './CodeResetForm.js';
import { recoveryMessages } from './messages.js';
import './recovery.css';

/** The page, one way back in per section. */
export function ForgotPasswordPage() {
  const m = useMessages(recoveryMessages).forgot;
  const options = useQuery('recovery-options', () => callApi('getRecoveryOptions'));
  const mail = options.status === 'success' && options.data.mail;
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <div className="recovery-ways">
        <section className="card" aria-labelledby="forgot-code-heading">
          <h2 id="forgot-code-heading">{m.codeHeading}</h2>
          <p>{m.codeIntro}</p>
          <CodeResetForm />
        </section>
        {mail ? <MailSection /> : null}
        <section className="card" aria-labelledby="forgot-ask-heading">
          <h2 id="forgot-ask-heading">{m.askHeading}</h2>
          <p>{m.askBody}</p>
          {options.status === 'success' && !mail ? <p>{m.noMail}</p> : null}
        </section>
      </div>
      <p className="aside">
        <Link to={PATHS.signin}>{m.back}</Link>
      </p>
    </Page>
  );
}

/** "Get a link by email": one field, and the same words afterwards for every email. */
function MailSection() {
  const m = useMessages(recoveryMessages).forgot;
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState(false);
  const send = useAction(async () => {
    await callApi('requestResetMail', { body: { email } });
    setSent(true);
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(email.trim() === '');
    if (email.trim() === '') document.getElementById('forgot-mail-email')?.focus();
    else void send.run();
  };
  const fieldError = missing ? m.emailRequired : send.error?.field === 'email' ? send.error.message : null;
  return (
    <section className="card" aria-labelledby="forgot-mail-heading">
      <h2 id="forgot-mail-heading">{m.mailHeading}</h2>
      <p>{m.mailIntro}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField id="forgot-mail-email" label={m.email} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError} />
        {send.error && send.error.field !== 'email' ? <ErrorMessage error={send.error} /> : null}
        <button type="submit" className="button button--secondary button--wide" aria-disabled={send.pending || undefined}>
          {send.pending ? m.mailSending : m.mailSubmit}
        </button>
        <div role="status" className={sent ? 'notice notice--success' : 'visually-hidden'}>
          {sent ? <p>{m.mailSent}</p> : null}
        </div>
      </form>
    </section>
  );
}
