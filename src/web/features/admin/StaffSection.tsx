/** The staff list with their state, and the open invitations, each with its one action. */
import { useState } from 'react';
import type { Account } from '../../../contract/account.js';
import type { StaffList } from '../../../contract/admin.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import type { QueryState } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { adminMessages } from './messages.js';
import { OpenInvitations } from './OpenInvitations.js';
import { StaffCard } from './StaffCard.js';

interface StaffSectionProps {
  state: QueryState<StaffList> & { reload: () => void };
  account: Account;
}

/** Clinicians and admins, then the invitations still waiting. */
export function StaffSection({ state, account }: StaffSectionProps) {
  const m = useMessages(adminMessages);
  const [status, setStatus] = useState('');
  const changed = (message: string) => {
    setStatus(message);
    state.reload();
  };
  return (
    <>
      <section className="card" aria-labelledby="staff-heading">
        <h2 id="staff-heading">{m.staff.heading}</h2>
        <p role="status" className={status ? 'notice notice--success' : 'visually-hidden'}>
          {status}
        </p>
        {state.status === 'loading' ? <Loading /> : null}
        {state.status === 'error' ? <ErrorMessage error={state.error} onRetry={state.reload} /> : null}
        {state.status === 'success' ? (
          <ul className="staff-list">
            {state.data.staff.map((member) => (
              <StaffCard key={member.id} member={member} account={account} onChanged={changed} />
            ))}
          </ul>
        ) : null}
        {state.status === 'success' && state.data.staff.every((s) => s.role !== 'clinician') ? (
          <p>{m.staff.empty}</p>
        ) : null}
      </section>
      {state.status === 'success' ? (
        <OpenInvitations invitations={state.data.invitations} timeZone={account.timeZone} onChanged={changed} />
      ) : null}
    </>
  );
}
