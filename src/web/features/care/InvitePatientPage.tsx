/**
 * Inviting a patient (`/practice/invite`): make a one-use invitation with an optional private
 * reminder, then show its link and code once, with copy buttons; below, the open and recent
 * invitations, each open one with a withdraw button.
 */
import { useState, type FormEvent } from 'react';
import type { CreatedInvitation, InvitationList } from '../../../contract/care.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Page } from '../../components/Page.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useFocusOnMount } from '../../hooks/useFocusOnMount.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { useAccount } from '../auth/session-context.js';
import { formatDate } from './care-format.js';
import { CopyField } from './CopyField.js';
import { InvitationTable } from './InvitationTable.js';
import { careMessages } from './messages.js';

/** The invite page. */
export function InvitePatientPage() {
  const m = useMessages(careMessages).invite;
  const [made, setMade] = useState<CreatedInvitation | null>(null);
  const list = useQuery<InvitationList>('care-invitations', () => callApi('listCareInvitations'));
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      <MakeInvitation
        onMade={(invitation) => {
          setMade(invitation);
          list.reload();
        }}
      />
      {made ? <MadeInvitation key={made.id} invitation={made} /> : null}
      <InvitationTable list={list} />
    </Page>
  );
}

function MakeInvitation({ onMade }: { onMade: (invitation: CreatedInvitation) => void }) {
  const m = useMessages(careMessages).invite;
  const [label, setLabel] = useState('');
  const make = useAction(async () => {
    const trimmed = label.trim();
    onMade(await callApi('createCareInvitation', { body: trimmed ? { label: trimmed } : {} }));
    setLabel('');
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void make.run();
  };
  const labelError = make.error?.field === 'label' ? make.error.message : null;
  return (
    <form className="form narrow card" noValidate onSubmit={onSubmit}>
      <TextField id="invite-label" label={m.labelLabel} hint={m.labelHint} maxLength={80} autoComplete="off" value={label} onChange={(e) => setLabel(e.target.value)} error={labelError} />
      {make.error && !labelError ? <ErrorMessage error={make.error} /> : null}
      <button type="submit" className="button button--primary" aria-disabled={make.pending || undefined}>
        {make.pending ? m.making : m.make}
      </button>
    </form>
  );
}

function MadeInvitation({ invitation }: { invitation: CreatedInvitation }) {
  const m = useMessages(careMessages).invite;
  const locale = useFormatLocale();
  const { timeZone } = useAccount();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="card card--made" aria-labelledby="made-heading">
      <h2 id="made-heading" ref={heading} tabIndex={-1}>
        {m.madeHeading}
      </h2>
      <p>{m.once}</p>
      <CopyField id="made-link" label={m.linkLabel} value={invitation.link} copyLabel={m.copyLink} />
      <CopyField id="made-code" label={m.codeLabel} value={invitation.code} copyLabel={m.copyCode} large />
      <p>{m.expires(formatDate(invitation.expiresAt, timeZone, locale))}</p>
    </section>
  );
}
