/** Invitations still waiting to be used, each with a withdraw button. */
import type { OpenInvitation } from '../../../contract/admin.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatInstant } from '../../lib/format.js';
import { adminMessages } from './messages.js';

interface OpenInvitationsProps {
  invitations: readonly OpenInvitation[];
  timeZone: string;
  onChanged: (message: string) => void;
}

/** The open invitations section. */
export function OpenInvitations({ invitations, timeZone, onChanged }: OpenInvitationsProps) {
  const m = useMessages(adminMessages).invitations;
  const locale = useFormatLocale();
  const withdraw = useAction(async (invitation: OpenInvitation) => {
    await callApi('withdrawInvitation', { params: { id: invitation.id } });
    onChanged(m.withdrawn(invitation.email));
  });
  return (
    <section className="card" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{m.heading}</h2>
      {invitations.length === 0 ? <p>{m.empty}</p> : null}
      <ul className="invitation-list">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="invitation-list__item">
            <p className="invitation-list__who">
              <strong className="break-anywhere">{invitation.name ?? invitation.email}</strong>
              {invitation.name ? <span className="break-anywhere"> · {invitation.email}</span> : null}
              <span className="badge badge--quiet">{m.kind[invitation.kind]}</span>
            </p>
            <p className="invitation-list__when">{m.expires(formatInstant(invitation.expiresAt, timeZone, locale))}</p>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-disabled={withdraw.pending || undefined}
              onClick={() => void withdraw.run(invitation)}
            >
              {m.withdraw(invitation.email)}
            </button>
          </li>
        ))}
      </ul>
      {withdraw.error ? <ErrorMessage error={withdraw.error} /> : null}
    </section>
  );
}
