/** Edit or delete a saved check-in. */
import { useState } from 'react';
import type { Checkin } from '../../../contract/checkin.js';
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
import { editCheckin, sendSoon, sync } from '../../sync/sync.js';
import { useCheckinWithWaiting } from '../../sync/useSync.js';
import { CheckinForm } from './CheckinForm.js';
import { DeleteCheckin } from './DeleteCheckin.js';
import { formFromCheckin, toUpdateRequest, type CheckinFormState } from './checkin-form.js';
import { checkinMessages } from './messages.js';

/** The edit page for check-in `id`. */
export function EditCheckinPage({ id }: { id: string }) {
  const m = useMessages(checkinMessages);
  const { timeZone, id: userId } = useAccount();
  const query = useCheckin(id);
  // A check-in made on this device and not sent yet is edited as it is kept here.
  const shown = useCheckinWithWaiting(userId, id, query.status === 'success' ? query.data : null);
  return (
    <Page title={m.editTitle}>
      {query.status === 'loading' && !shown ? <Loading /> : null}
      {query.status === 'error' && !shown ? (
        <ErrorMessage error={query.error} onRetry={query.reload} />
      ) : null}
      {query.status === 'success' && !shown ? (
        <p className="notice">{m.notFound}</p>
      ) : null}
      {shown ? (
        <EditCheckin key={shown.updatedAt} userId={userId} checkin={shown} timeZone={timeZone} />
      ) : null}
      <p className="aside">
        <Link to={PATHS.history}>{m.backToHistory}</Link>
      </p>
    </Page>
  );
}

function EditCheckin({ userId, checkin, timeZone }: { userId: string; checkin: Checkin; timeZone: string }) {
  const m = useMessages(checkinMessages);
  const [initial] = useState(() => formFromCheckin(checkin, timeZone));
  const save = useAction(async (form: CheckinFormState) => {
    // Made on the version shown; the sync module sends it (now, or when back online).
    const key = editCheckin(userId, checkin.id, checkin.updatedAt, toUpdateRequest(form, timeZone));
    await sendSoon(userId);
    // "Saved" only when it is; a waiting or refused change says so on the history page instead.
    if (sync.statusOf(userId, key) === 'saved') setFlash(m.edited);
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
        <DeleteCheckin id={checkin.id} version={checkin.updatedAt} />
      </div>
    </>
  );
}
