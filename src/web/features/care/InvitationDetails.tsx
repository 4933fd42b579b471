/** An invitation as the person reads it before answering: who, exactly what is shared, and the promises. */
import { useState } from 'react';
import type { CareLink, FoundInvitation, InvitationRef } from '../../../contract/care.js';
import { NEVER_SHARED } from '../../../core/care/shares.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { useAccount } from '../auth/session-context.js';
import { formatDate } from './care-format.js';
import { careMessages } from './messages.js';

/** How the person answered. */
export type Answer = { kind: 'accepted'; link: CareLink } | { kind: 'declined' };

interface InvitationDetailsProps {
  invitation: FoundInvitation;
  invitationRef: InvitationRef;
  onAnswer: (answer: Answer) => void;
}

/** Who invites, what they will see, what is never shared, and Accept / Decline. */
export function InvitationDetails({ invitation, invitationRef, onAnswer }: InvitationDetailsProps) {
  const m = useMessages(careMessages).join;
  const locale = useFormatLocale();
  const { timeZone } = useAccount();
  const [shareNotes, setShareNotes] = useState(false);
  const name = invitation.clinician.name;
  const accept = useAction(async () => {
    const link = await callApi('acceptCareInvitation', { body: { ...invitationRef, shareNotes } });
    onAnswer({ kind: 'accepted', link });
  });
  const decline = useAction(async () => {
    await callApi('declineCareInvitation', { body: invitationRef });
    onAnswer({ kind: 'declined' });
  });
  const busy = accept.pending || decline.pending;
  return (
    <div className="stack">
      <section className="card" aria-labelledby="invite-from">
        <h2 id="invite-from">{m.from(name)}</h2>
        <p>{m.fromEmail(invitation.clinician.email)}</p>
        <p className="field__hint">{m.expires(formatDate(invitation.expiresAt, timeZone, locale))}</p>
      </section>
      <SharedSection invitation={invitation} shareNotes={shareNotes} onShareNotes={setShareNotes} />
      <NeverSharedSection name={name} shareNotes={shareNotes} />
      {accept.error ? <ErrorMessage error={accept.error} /> : null}
      {decline.error ? <ErrorMessage error={decline.error} /> : null}
      <div className="button-row">
        <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => void (busy ? null : accept.run())}>
          {accept.pending ? m.accepting : m.accept}
        </button>
        <button type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={() => void (busy ? null : decline.run())}>
          {m.decline}
        </button>
      </div>
    </div>
  );
}

function SharedSection(props: { invitation: FoundInvitation; shareNotes: boolean; onShareNotes: (value: boolean) => void }) {
  const c = useMessages(careMessages);
  const { invitation, shareNotes } = props;
  return (
    <section className="card" aria-labelledby="invite-shared">
      <h2 id="invite-shared">{c.join.sharedHeading(invitation.clinician.name)}</h2>
      <ul className="share-list">
        {invitation.shares.map((share) => (
          <li key={share}>{c.shares[share]}</li>
        ))}
        {shareNotes ? <li>{c.shares.checkin_notes}</li> : null}
      </ul>
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            className="choice__input"
            checked={shareNotes}
            aria-describedby="share-notes-hint"
            onChange={(event) => props.onShareNotes(event.target.checked)}
          />
          <span className="choice__text">{c.join.notesLabel}</span>
        </label>
        <p id="share-notes-hint" className="field__hint">
          {c.join.notesHint}
        </p>
      </div>
    </section>
  );
}

function NeverSharedSection({ name, shareNotes }: { name: string; shareNotes: boolean }) {
  const c = useMessages(careMessages);
  return (
    <>
      <section className="card" aria-labelledby="invite-never">
        <h2 id="invite-never">{c.join.neverHeading}</h2>
        <ul className="share-list share-list--never">
          {NEVER_SHARED.map((item) => (
            <li key={item}>{c.never[item]}</li>
          ))}
          {shareNotes ? null : <li>{c.shares.checkin_notes}</li>}
        </ul>
      </section>
      <section className="card" aria-labelledby="invite-promises">
        <h2 id="invite-promises">{c.join.promisesHeading}</h2>
        <p>{c.join.canEnd}</p>
        <p>{c.join.recorded(name)}</p>
      </section>
    </>
  );
}
