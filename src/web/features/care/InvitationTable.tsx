/** The clinician's open and recent invitations, with a withdraw button on each open one. */
import type { InvitationList, InvitationSummary } from '../../../contract/care.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { useAction } from '../../hooks/useAction.js';
import type { QueryState } from '../../hooks/useQuery.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { useAccount } from '../auth/session-context.js';
import { formatDate } from './care-format.js';
import { careMessages } from './messages.js';

/** The section with its table. */
export function InvitationTable({ list }: { list: QueryState<InvitationList> & { reload: () => void } }) {
  const m = useMessages(careMessages).invite;
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{m.listHeading}</h2>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {list.status === 'success' && list.data.items.length === 0 ? <p>{m.listNone}</p> : null}
      {list.status === 'success' && list.data.items.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table invitation-table">
            <caption className="visually-hidden">{m.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.columns.reminder}</th>
                <th scope="col">{m.columns.status}</th>
                <th scope="col">{m.columns.made}</th>
                <th scope="col">{m.columns.expires}</th>
                <th scope="col">{m.columns.action}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((item) => (
                <InvitationRow key={item.id} item={item} onWithdrawn={list.reload} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function InvitationRow({ item, onWithdrawn }: { item: InvitationSummary; onWithdrawn: () => void }) {
  const m = useMessages(careMessages).invite;
  const locale = useFormatLocale();
  const { timeZone } = useAccount();
  const withdraw = useAction(async () => {
    await callApi('withdrawCareInvitation', { params: { id: item.id } });
    onWithdrawn();
  });
  const label = item.label ?? m.noLabel;
  return (
    <tr>
      <th scope="row" className="break-anywhere">{label}</th>
      <td>{m.status[item.status]}</td>
      <td>{formatDate(item.createdAt, timeZone, locale)}</td>
      <td>{formatDate(item.expiresAt, timeZone, locale)}</td>
      <td>
        {item.status === 'open' ? (
          <button type="button" className="button button--small button--danger-quiet" aria-label={m.withdrawLabel(label)} aria-disabled={withdraw.pending || undefined} onClick={() => void withdraw.run()}>
            {m.withdraw}
          </button>
        ) : null}
        {withdraw.error ? <ErrorMessage error={withdraw.error} /> : null}
      </td>
    </tr>
  );
}
