/** Invite a clinician: email and name in, a one-use link out, shown once with a copy button. */
import { useState, type FormEvent } from 'react';
import type { CreatedInvitation } from '../../../contract/admin.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { adminMessages } from './messages.js';
import { NewInvitationLink } from './NewInvitationLink.js';

interface InviteClinicianProps {
  timeZone: string;
  onInvited: () => void;
}

/** The invite form, and the link it made. */
export function InviteClinician({ timeZone, onInvited }: InviteClinicianProps) {
  const m = useMessages(adminMessages).invite;
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const [created, setCreated] = useState<(CreatedInvitation & { email: string }) | null>(null);
  const invite = useAction(async () => {
    const trimmed = name.trim();
    const answer = await callApi('inviteClinician', { body: { email, ...(trimmed ? { name: trimmed } : {}) } });
    setCreated({ ...answer, email: email.trim().toLowerCase() });
    setEmail('');
    setName('');
    onInvited();
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const isMissing = email.trim() === '';
    setMissing(isMissing);
    if (isMissing) document.getElementById('invite-email')?.focus();
    else void invite.run();
  };
  const fieldError = (field: string) => (invite.error?.field === field ? invite.error.message : null);
  return (
    <section className="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{m.heading}</h2>
      <p>{m.body}</p>
      {created ? <NewInvitationLink key={created.id} invitation={created} timeZone={timeZone} /> : null}
      <form className="form narrow" noValidate onSubmit={onSubmit}>
        <TextField
          id="invite-email"
          label={m.emailLabel}
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={missing ? m.emailRequired : fieldError('email')}
        />
        <TextField
          id="invite-name"
          label={m.nameLabel}
          hint={m.nameHint}
          autoComplete="off"
          maxLength={80}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError('name')}
        />
        {invite.error && !invite.error.field ? <ErrorMessage error={invite.error} /> : null}
        <button type="submit" className="button button--primary" aria-disabled={invite.pending || undefined}>
          {invite.pending ? m.submitting : m.submit}
        </button>
      </form>
    </section>
  );
}
