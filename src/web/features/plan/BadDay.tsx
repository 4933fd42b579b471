/**
 * "I'm having a bad day": one kind confirmation turns today into its gentle version; Undo takes
 * it back the same day. No reason is asked for, and nothing is counted against the person.
 */
import { useEffect, useRef, useState } from 'react';
import { MyPlanResponse } from '../../../contract/plan.js';
import { markBadDay, sendSoon, sync } from '../../sync/sync.js';
import { SyncStatusLine } from '../../sync/SyncStatusLine.js';
import { useSyncEntries } from '../../sync/useSync.js';
import { useAccount } from '../auth/session-context.js';
import { ConfirmStep } from '../../components/ConfirmStep.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { FlarePlanLink } from '../flare-plan/FlarePlanLink.js';
import { planMessages } from './messages.js';

interface BadDayProps {
  /** Today, in the person's zone: the day a mark is for, even when it is sent later. */
  date: string;
  badDay: boolean;
  /** Only an active day can be made gentler; the mark can always be taken back. */
  canMark: boolean;
  onChange: (next: MyPlanResponse) => void;
}

/** The bad-day button, its confirmation, and the gentle-day note with Undo. */
export function BadDay({ date, badDay: saved, canMark, onChange }: BadDayProps) {
  const m = useMessages(planMessages).badDay;
  const userId = useAccount().id;
  const [opKey, setOpKey] = useState<string | null>(null);
  const entries = useSyncEntries(userId);
  // A mark waiting on this device shows at once; the plan follows when the server has it.
  const waiting = entries.findLast((e) => e.status === 'waiting' && e.op.kind === 'badDay' && e.op.date === date);
  const badDay = waiting?.op.kind === 'badDay' ? waiting.op.bad : saved;
  const send = async (bad: boolean) => {
    const key = markBadDay(userId, date, bad);
    setOpKey(key);
    await sendSoon(userId);
    const next = MyPlanResponse.safeParse(sync.find(userId, key)?.result);
    if (next.success) onChange(next.data);
  };
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const note = useRef<HTMLParagraphElement>(null);
  const acted = useRef(false);
  const cancelled = useRef(false);

  // Keeping today's plan returns focus to the button that asked.
  useEffect(() => {
    if (!asking && cancelled.current) button.current?.focus();
    cancelled.current = false;
  }, [asking]);

  // After a change, focus goes where the person continues: the note, or the button again.
  useEffect(() => {
    if (!acted.current) return;
    if (badDay) note.current?.focus();
    else button.current?.focus();
  }, [badDay]);

  const mark = useAction(async () => {
    acted.current = true;
    await send(true);
    setAsking(false);
    setStatus('');
  });
  const unmark = useAction(async () => {
    acted.current = true;
    await send(false);
    setStatus(m.unmarked);
  });
  const cancel = () => {
    cancelled.current = true;
    setAsking(false);
  };

  return (
    <div className="bad-day">
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {opKey ? <SyncStatusLine userId={userId} opKey={opKey} /> : null}
      {badDay ? (
        <div className="bad-day__on">
          <p ref={note} tabIndex={-1} className="bad-day__note">
            {m.isOn}
          </p>
          <p className="bad-day__plan">
            <FlarePlanLink />
          </p>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={unmark.pending || undefined}
            onClick={() => void unmark.run()}
          >
            {m.undo}
            <span className="visually-hidden">{m.undoContext}</span>
          </button>
          {unmark.error ? <ErrorMessage error={unmark.error} /> : null}
        </div>
      ) : null}
      {!badDay && canMark && !asking ? (
        <div className="bad-day__offer">
          <button
            ref={button}
            type="button"
            className="button button--secondary"
            aria-describedby="bad-day-hint"
            onClick={() => setAsking(true)}
          >
            {m.button}
          </button>
          <p id="bad-day-hint" className="field__hint">
            {m.hint}
          </p>
        </div>
      ) : null}
      {!badDay && asking ? (
        <ConfirmStep
          tone="calm"
          question={m.question}
          details={<p>{m.details}</p>}
          confirmLabel={mark.pending ? m.working : m.confirm}
          cancelLabel={m.cancel}
          busy={mark.pending}
          onConfirm={() => void mark.run()}
          onCancel={cancel}
        >
          {mark.error ? <ErrorMessage error={mark.error} /> : null}
        </ConfirmStep>
      ) : null}
    </div>
  );
}
