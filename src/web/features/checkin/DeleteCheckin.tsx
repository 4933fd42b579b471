/** Deleting a check-in, behind a confirmation step. */
import { useEffect, useRef, useState } from 'react';
import { deleteCheckin } from '../../sync/sync.js';
import { useAccount } from '../auth/session-context.js';
import { ConfirmStep } from '../../components/ConfirmStep.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { setFlash } from '../../lib/flash.js';
import { navigate } from '../../router/history.js';
import { PATHS } from '../../router/match-route.js';
import { checkinMessages } from './messages.js';

/** A delete button that asks once more before deleting. */
export function DeleteCheckin({
  id,
  version,
  label,
  context,
  onDeleted,
}: {
  id: string;
  /** The check-in's updatedAt as shown: the version the delete is made on. */
  version: string;
  label?: string;
  context?: string;
  onDeleted?: () => void;
}) {
  const m = useMessages(checkinMessages).remove;
  const userId = useAccount().id;
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    if (!asking && cancelled.current) button.current?.focus();
  }, [asking]);
  const cancel = () => {
    cancelled.current = true;
    setAsking(false);
  };
  const remove = useAction(async () => {
    // Kept on this device and sent by the sync module; the row is gone from view at once.
    deleteCheckin(userId, id, version);
    if (onDeleted) {
      onDeleted();
      return;
    }
    setFlash(m.done);
    navigate(PATHS.history);
  });
  if (!asking) {
    return (
      <button
        ref={button}
        type="button"
        className={`button button--danger-quiet${label ? ' button--small' : ''}`}
        onClick={() => setAsking(true)}
      >
        {label ?? m.button}
        {context ? <span className="visually-hidden">{context}</span> : null}
      </button>
    );
  }
  return (
    <ConfirmStep
      question={m.question}
      confirmLabel={m.confirm}
      cancelLabel={m.cancel}
      busy={remove.pending}
      onConfirm={() => void remove.run()}
      onCancel={cancel}
    >
      {remove.error ? <ErrorMessage error={remove.error} /> : null}
    </ConfirmStep>
  );
}
