/** The daily check-in: pain and Save in a few seconds; more if the person wants. */
import { useState } from 'react';
import { useSearchParam } from '../../router/useLocation.js';
import { painFromLink } from './pain-from-link.js';
import { isPegDue, windowStart } from '../../../core/checkin.js';
import type { Checkin } from '../../../contract/checkin.js';
import { Page } from '../../components/Page.js';
import { useAction } from '../../hooks/useAction.js';
import { useCheckinsBetween } from '../../hooks/useCheckins.js';
import { useFocusOnMount } from '../../hooks/useFocusOnMount.js';
import { useToday } from '../../hooks/useToday.js';
import { useMessages } from '../../i18n/useMessages.js';
import { newClientId } from '../../lib/new-client-id.js';
import { Link } from '../../router/Link.js';
import { navigate } from '../../router/history.js';
import { PATHS } from '../../router/match-route.js';
import { useAccount } from '../auth/session-context.js';
import { previewCheckin, withSavedAt } from '../../sync/checkin-preview.js';
import { CheckinStatusLine } from '../../sync/SyncStatusLine.js';
import { saveCheckin, sendSoon, sync } from '../../sync/sync.js';
import { CheckinSchema } from '../../../contract/checkin.js';
import { FlarePlanLink } from '../flare-plan/FlarePlanLink.js';
import { LessonLink } from '../lessons/LessonLink.js';
import { CheckinForm } from './CheckinForm.js';
import { emptyCheckinForm, toCreateRequest, type CheckinFormState } from './checkin-form.js';
import { checkinMessages } from './messages.js';

/** The check-in page; after saving, offers another check-in with a fresh form. */
export function CheckinPage() {
  const m = useMessages(checkinMessages);
  const { timeZone, id: userId } = useAccount();
  const [round, setRound] = useState(0);
  const [saved, setSaved] = useState<Checkin | null>(null);
  const again = () => {
    setSaved(null);
    setRound((n) => n + 1);
  };
  return (
    <Page title={m.title} intro={saved ? undefined : <p>{m.intro}</p>}>
      {saved ? (
        <CheckinSaved userId={userId} checkin={saved} onAgain={again} />
      ) : (
        <NewCheckin key={round} userId={userId} timeZone={timeZone} onSaved={setSaved} />
      )}
    </Page>
  );
}

function NewCheckin({
  userId,
  timeZone,
  onSaved,
}: {
  userId: string;
  timeZone: string;
  onSaved: (checkin: Checkin) => void;
}) {
  // One id per form: a double tap or a retry after a lost answer stores one check-in.
  const [clientId] = useState(() => newClientId());
  // Home's quick check-in brings the pain along; the person then only saves.
  const painLink = painFromLink(useSearchParam('pain'));
  const [initial] = useState(() => ({ ...emptyCheckinForm(Date.now(), timeZone), pain: painLink }));
  const isPegShown = useIsPegDue(timeZone);
  const save = useAction(async (form: CheckinFormState) => {
    // Kept on this device first, with the moment it was made; shown as the server has it once sent.
    const nowIso = new Date().toISOString();
    const body = withSavedAt({ ...toCreateRequest(form, clientId, timeZone), clientId }, nowIso);
    const preview = previewCheckin({ ...body, at: body.at ?? nowIso }, timeZone, nowIso);
    saveCheckin(userId, body, preview);
    await sendSoon(userId);
    const stored = CheckinSchema.safeParse(sync.find(userId, clientId)?.result);
    const checkin = stored.success ? stored.data : preview;
    // Something new leads straight to the safety questions (CLINICAL.md §1).
    if (checkin.somethingNew) navigate(`${PATHS.safety}?after=checkin`);
    else onSaved(checkin);
  });
  return (
    <CheckinForm
      initial={initial}
      mode="create"
      timeZone={timeZone}
      pending={save.pending}
      error={save.error}
      showPeg={isPegShown}
      onSubmit={(form) => void save.run(form)}
    />
  );
}

/** True once the last 30 days are loaded and hold no PEG answer from the last 7 days. */
function useIsPegDue(timeZone: string): boolean {
  const today = useToday(timeZone);
  const recent = useCheckinsBetween(windowStart(today, 30), today);
  return recent.status === 'success' && isPegDue(recent.data, today);
}

interface CheckinSavedProps {
  userId: string;
  /** As the server has it, or as kept on this device while it waits to be sent. A flare offers the flare plan first. */
  checkin: Checkin;
  onAgain: () => void;
}

function CheckinSaved({ userId, checkin, onAgain }: CheckinSavedProps) {
  const m = useMessages(checkinMessages).saved;
  const withPeg = checkin.peg !== null;
  const { flare } = checkin;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="notice notice--success" aria-labelledby="checkin-saved">
      <h2 id="checkin-saved" ref={heading} tabIndex={-1} className="notice__title">
        {m.title}
      </h2>
      <p>{m.body}</p>
      <CheckinStatusLine userId={userId} checkinKey={checkin.id} />
      {withPeg ? <p>{m.pegSaved}</p> : null}
      {flare ? (
        <div className="flare-offer">
          <p>{m.flare}</p>
          <div className="button-row">
            <FlarePlanLink primary />
          </div>
          <LessonLink lessonId="flare_ups" />
        </div>
      ) : null}
      <div className="button-row">
        <Link className={`button ${flare ? 'button--secondary' : 'button--primary'}`} to={PATHS.home}>
          {m.home}
        </Link>
        <Link className="button button--secondary" to={PATHS.history}>
          {m.history}
        </Link>
        <button type="button" className="button button--secondary" onClick={onAgain}>
          {m.again}
        </button>
      </div>
    </section>
  );
}
