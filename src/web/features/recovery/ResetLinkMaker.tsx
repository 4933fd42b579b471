/**
 * "Make a password reset link" for a clinician's patient or an admin's practice (issue 15): the
 * link is shown once, with a copy button and when it stops working.
 */
import { useState, type FormEvent } from 'react';
import type { ResetLink } from '../../../contract/password-recovery.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { CopyField } from '../care/CopyField.js';
import { recoveryMessages } from './messages.js';
import './recovery.css';

/** The section on a linked patient's record. */
export function PatientResetLink({ patientId, name, timeZone }: { patientId: string; name: string; timeZone: string }) {
  const m = useMessages(recoveryMessages).link;
  const make = useAction(() => callApi('makePatientResetLink', { params: { patientId } }));
  const [link, setLink] = useState<ResetLink | null>(null);
  return (
    <section id="record-password" className="card record-section" aria-labelledby="record-password-heading">
      <h2 id="record-password-heading">{m.heading}</h2>
      <p>{m.patientBody(name)}</p>
      <button type="button" className="button button--secondary" aria-disabled={make.pending || undefined} onClick={() => void make.run().then((made) => made && setLink(made))}>
        {make.pending ? m.making : m.make}
      </button>
      {make.error ? <ErrorMessage error={make.error} /> : null}
      {link ? <ShownLink link={link} timeZone={timeZone} /> : null}
    </section>
  );
}

/** The section on the admin's page: the account is named by its email. */
export function AdminResetLink({ timeZone }: { timeZone: string }) {
  const m = useMessages(recoveryMessages).link;
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const [link, setLink] = useState<ResetLink | null>(null);
  const make = useAction(async () => setLink(await callApi('makeResetLink', { body: { email } })));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setLink(null);
    setMissing(email.trim() === '');
    if (email.trim() === '') document.getElementById('reset-link-email')?.focus();
    else void make.run();
  };
  const fieldError = missing ? m.emailRequired : make.error?.field === 'email' ? make.error.message : null;
  return (
    <section className="card" aria-labelledby="admin-reset-heading">
      <h2 id="admin-reset-heading">{m.heading}</h2>
      <p>{m.adminBody}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField id="reset-link-email" label={m.email} type="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError} />
        {make.error && make.error.field !== 'email' ? <ErrorMessage error={make.error} /> : null}
        <button type="submit" className="button button--secondary" aria-disabled={make.pending || undefined}>
          {make.pending ? m.making : m.make}
        </button>
      </form>
      {link ? <ShownLink link={link} timeZone={timeZone} /> : null}
    </section>
  );
}

function ShownLink({ link, timeZone }: { link: ResetLink; timeZone: string }) {
  const m = useMessages(recoveryMessages).link;
  const locale = useFormatLocale();
  const until = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(link.expiresAt));
  return (
    <div className="reset-link" role="status">
      <CopyField id="reset-link-value" label={m.label} value={link.link} copyLabel={m.copy} />
      <p className="field__hint">{m.until(until)}</p>
    </div>
  );
}
