/** A new invitation link, shown once: a read-only field to select, a copy button and the expiry. */
import { useEffect, useRef, useState } from 'react';
import type { CreatedInvitation } from '../../../contract/admin.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatInstant } from '../../lib/format.js';
import { adminMessages } from './messages.js';

interface NewInvitationLinkProps {
  invitation: CreatedInvitation & { email: string };
  timeZone: string;
}

/** The link box; focus moves to its heading so it is read first. */
export function NewInvitationLink({ invitation, timeZone }: NewInvitationLinkProps) {
  const m = useMessages(adminMessages).invite;
  const locale = useFormatLocale();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  // The parent keys this by the invitation, so each new link starts fresh and takes focus.
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(invitation.link);
      setCopy('copied');
    } catch {
      field.current?.select();
      setCopy('failed');
    }
  };
  return (
    <div className="notice notice--success invite-link">
      <h3 ref={heading} tabIndex={-1} className="notice__title">
        {m.linkHeading}
      </h3>
      <p>{m.linkOnce}</p>
      <div className="field">
        <label htmlFor="invite-link" className="field__label">
          {m.linkLabel(invitation.email)}
        </label>
        <input
          ref={field}
          id="invite-link"
          className="field__input invite-link__input"
          readOnly
          value={invitation.link}
          onFocus={(e) => e.target.select()}
        />
      </div>
      <p>{m.expires(formatInstant(invitation.expiresAt, timeZone, locale))}</p>
      <button type="button" className="button button--primary" onClick={() => void copyLink()}>
        {m.copy}
      </button>
      <p role="status" className={copy === 'idle' ? 'visually-hidden' : undefined}>
        {copy === 'copied' ? m.copied : copy === 'failed' ? m.copyFailed : ''}
      </p>
    </div>
  );
}
