/** Edit or delete a saved check-in. */
import { useState } from 'react';
import type { Checkin } from '../../../contract/checkin.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useAction } from '../../hooks/useAction.js';
import { useCheckin } from '../../hooks/useCheckins.js';
import { useMessages } from '../../i18n/useMessages.js';
import { setFlash } from '../../lib/flash.js';
import { navigate } from '../../router/history.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { useAccount } from '../auth/session-context.js';
import { CheckinForm } from './CheckinForm.js';
import { DeleteCheckin } from './DeleteCheckin.js';
import { formFromCheckin, toUpdateRequest, type CheckinFormState } from './checkin-form.js';
import { checkinMessages } from './messages.js';

/** The edit page for check-in `id`. */
export function EditCheckinPage({ id }: { id: string }) {
  const m = useMessages(checkinMessages);
  const { timeZone } = useAccount();
  const query = useCheckin(id);
  return (
    <Page title={m.editTitle}>
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? (
        <ErrorMessage error={query.error} onRetry={query.reload} />
      ) : null}
      {query.status === 'success' && query.data === null ? (
        <p className="notice">{m.notFound}</p>
      ) : null}
      {query.status === 'success' && query.data ? (
        <EditCheckin checkin={query.data} timeZone={timeZone} />
      ) : null}
      <p className="aside">
        <Link to={PATHS.history}>{m.backToHistory}</Link>
      </p>
    </Page>
  );
}

function EditCheckin({ checkin, timeZone }: { checkin: Checkin; timeZone: string }) {
  const m = useMessages(checkinMessages);
  const [initial] = useState(() => formFromCheckin(checkin, timeZone));
  const save = useAction(async (form: CheckinFormState) => {
    await callApi('updateCheckin', {
      params: { id: checkin.id },
      body: toUpdateRequest(form, timeZone),
    });
    setFlash(m.edited);
    navigate(PATHS.history);
  });
  return (
    <>
      <CheckinForm
        initial={initial}
        mode="edit"
        timeZone={timeZone}
        pending={save.pending}
        error={save.error}
        onSubmit={(form) => void save.run(form)}
      />
      <div className="danger-zone">
        <DeleteCheckin id={checkin.id} />
      </div>
    </>
  );
}
