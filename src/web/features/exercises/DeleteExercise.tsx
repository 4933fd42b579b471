/** Deleting one of the clinician's own exercises, after a second step; back to the list after. */
import { useState } from 'react';
import { callApi } from '../../api/client.js';
import { ConfirmStep } from '../../components/ConfirmStep.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { navigate } from '../../router/history.js';
import { PATHS } from '../../router/match-route.js';
import { exerciseMessages } from './messages.js';

/** The delete button and its confirmation. */
export function DeleteExercise({ id }: { id: string }) {
  const m = useMessages(exerciseMessages).editor;
  const [asking, setAsking] = useState(false);
  const remove = useAction(async () => {
    await callApi('deleteCustomExercise', { params: { id } });
    navigate(PATHS.myExercises);
  });
  return (
    <section className="editor-delete" aria-label={m.delete}>
      {asking ? (
        <ConfirmStep question={m.deleteConfirm} confirmLabel={remove.pending ? m.deleting : m.deleteYes} cancelLabel={m.deleteNo} busy={remove.pending} onConfirm={() => void remove.run()} onCancel={() => setAsking(false)} />
      ) : (
        <button type="button" className="button button--danger-quiet" onClick={() => setAsking(true)}>{m.delete}</button>
      )}
      {remove.error ? <ErrorMessage error={remove.error} /> : null}
    </section>
  );
}
