/** One clinician or admin: who, their state, and turning the account off (with a confirm step) or on. */
import { useState } from 'react';
import type { Account } from '../../../contract/account.js';
import type { StaffMember } from '../../../contract/admin.js';
import { callApi } from '../../api/client.js';
import { ConfirmStep } from '../../components/ConfirmStep.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatInstant } from '../../lib/format.js';
import { adminMessages } from './messages.js';

interface StaffCardProps {
  member: StaffMember;
  account: Account;
  onChanged: (message: string) => void;
}

/** A staff member as a small card of facts and one action. */
export function StaffCard({ member, account, onChanged }: StaffCardProps) {
  const m = useMessages(adminMessages).staff;
  const locale = useFormatLocale();
  const [asking, setAsking] = useState(false);
  const name = member.name ?? member.email;
  const isSelf = member.id === account.id;
  const when = (instant: string) => formatInstant(instant, account.timeZone, locale);
  const change = useAction(async (enable: boolean) => {
    const params = { id: member.id };
    await (enable ? callApi('enableStaff', { params }) : callApi('disableStaff', { params }));
    setAsking(false);
    onChanged(enable ? m.enabledDone(name) : m.disabledDone(name));
  });
  return (
    <li className={`staff-card${member.disabledAt ? ' staff-card--off' : ''}`}>
      <h3 className="staff-card__name">
        {name} {isSelf ? <span className="staff-card__you">{m.you}</span> : null}
      </h3>
      <p className="staff-card__email break-anywhere">{member.email}</p>
      <dl className="staff-card__facts">
        <div>
          <dt>{m.roleLabel}</dt>
          <dd>{m.role[member.role]}</dd>
        </div>
        <div>
          <dt>{m.statusLabel}</dt>
          <dd>{member.disabledAt ? m.disabled(when(member.disabledAt)) : m.enabled}</dd>
        </div>
        <div>
          <dt>{m.secondFactorLabel}</dt>
          <dd>{member.secondFactorSetUp ? m.secondFactorSetUp : m.secondFactorMissing}</dd>
        </div>
        <div>
          <dt>{m.sinceLabel}</dt>
          <dd>{when(member.createdAt)}</dd>
        </div>
      </dl>
      {isSelf ? null : member.disabledAt ? (
        <button type="button" className="button button--secondary" onClick={() => void change.run(true)}>
          {m.enable(name)}
        </button>
      ) : asking ? (
        <ConfirmStep
          question={m.disableQuestion(name)}
          details={<p>{m.disableDetails}</p>}
          confirmLabel={m.disableConfirm}
          cancelLabel={m.cancel}
          busy={change.pending}
          onConfirm={() => void change.run(false)}
          onCancel={() => setAsking(false)}
        />
      ) : (
        <button type="button" className="button button--danger-quiet" onClick={() => setAsking(true)}>
          {m.disable(name)}
        </button>
      )}
      {change.error ? <ErrorMessage error={change.error} /> : null}
    </li>
  );
}
