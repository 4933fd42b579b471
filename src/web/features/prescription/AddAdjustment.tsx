/**
 * "Add a setting": choose what to change, fill in its fields and an optional reason, Save. An
 * include the rules would leave out needs each rule confirmed and a reason before Save works.
 * The server's errors are shown by the field they belong to.
 */
import { useCallback, useState, type FormEvent } from 'react';
import type { Adjustment } from '../../../core/prescription/types.js';
import type { ExerciseView } from '../../../contract/exercise.js';
import { ADJUSTMENT_KINDS, type AdjustmentKind, type SuitabilityRule } from '../../../core/prescription/types.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { SelectField } from '../../components/SelectField.js';
import { TextArea } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { focusFirstInvalid } from '../../lib/focus-first-invalid.js';
import { emptyDraft, fieldOfServerError, rulesSatisfied, toNewAdjustment, type AdjustmentDraft, type DraftErrors, type DraftWords } from './adjustment-form.js';
import { KindFields } from './KindFields.js';
import { prescriptionMessages } from './messages.js';

interface AddAdjustmentProps {
  patientId: string;
  patientName: string;
  onSaved: (adjustment: Adjustment) => void;
}

/** The words the form's own checks use. */
export function useDraftWords(): DraftWords {
  const m = useMessages(prescriptionMessages);
  return {
    exerciseRequired: m.exercise.required, daysRequired: m.days.required, doseRequired: m.dose.required,
    doseInvalid: (field) => { const [min, max] = { sets: [1, 5], reps: [1, 30], holdSeconds: [1, 300], minutes: [1, 90] }[field]; return m.dose.invalid(m.dose[field], min ?? 1, max ?? 1); },
    valueInvalid: m.quota.invalid, weekRequired: m.week.required, minutesInvalid: m.week.minutesInvalid, daysInvalid: m.week.daysInvalid,
    coversRequired: m.goAhead.required, reasonRequired: m.add.reasonRequired, rulesRequired: m.suitability.confirmAll,
  };
}

/** The form that adds one adjustment. */
export function AddAdjustment({ patientId, patientName, onSaved }: AddAdjustmentProps) {
  const m = useMessages(prescriptionMessages);
  const words = useDraftWords();
  const [draft, setDraft] = useState<AdjustmentDraft>(() => emptyDraft('include'));
  const [exercise, setExercise] = useState<ExerciseView | null>(null);
  // After a Save was tried, errors follow the fields as they are fixed.
  const [tried, setTried] = useState(false);
  const save = useAction((body: Parameters<typeof callApi<'addPatientAdjustment'>>[1]['body']) => callApi('addPatientAdjustment', { params: { patientId }, body }));
  const patch = useCallback((next: Partial<AdjustmentDraft>) => setDraft((d) => ({ ...d, ...next })), []);
  const onFailedRules = useCallback((failedRules: SuitabilityRule[]) => patch({ failedRules }), [patch]);
  const chooseKind = (kind: AdjustmentKind) => { setDraft(emptyDraft(kind)); setExercise(null); setTried(false); save.clearError(); };
  const chooseExercise = (next: ExerciseView | null) => { setExercise(next); patch({ exerciseId: next?.id ?? null, failedRules: [], confirmedRules: [] }); };
  const blocked = !rulesSatisfied(draft);
  const checked = tried ? toNewAdjustment(draft, words) : null;
  const errors: DraftErrors = checked && 'errors' in checked ? checked.errors : {};

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const built = toNewAdjustment(draft, words);
    setTried(true);
    if ('errors' in built) { requestAnimationFrame(() => focusFirstInvalid(form)); return; }
    const saved = await save.run(built.body);
    if (!saved) return;
    chooseKind(draft.kind);
    onSaved(saved);
  };
  const serverField = save.error ? fieldOfServerError(save.error.field) : null;
  const shown: DraftErrors = serverField && serverField !== 'form' && save.error ? { ...errors, [serverField]: save.error.message } : errors;
  return (
    <form className="form add-adjustment" onSubmit={onSubmit} noValidate aria-labelledby="add-adjustment-title">
      <h3 id="add-adjustment-title">{m.add.title}</h3>
      <SelectField label={m.add.kindLegend} value={draft.kind} options={ADJUSTMENT_KINDS.map((kind) => ({ value: kind, label: m.add.kinds[kind] }))} onChange={chooseKind} />
      <KindFields
        patientId={patientId} patientName={patientName} draft={draft} exercise={exercise} errors={shown}
        onDraft={patch} onExercise={chooseExercise} onFailedRules={onFailedRules}
      />
      <TextArea
        id="adjust-reason" label={m.add.reason} hint={draft.failedRules.length > 0 ? m.add.reasonRequired : m.add.reasonHint}
        error={shown.reason} value={draft.reason} rows={3} maxLength={500} onChange={(event) => patch({ reason: event.target.value })}
      />
      {serverField === 'form' && save.error ? <ErrorMessage error={save.error} /> : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={save.pending || blocked || undefined} aria-describedby={blocked ? 'add-adjustment-blocked' : undefined}>
          {save.pending ? m.add.saving : m.add.save}
        </button>
      </div>
      {blocked ? <p id="add-adjustment-blocked" className="field__hint">{m.suitability.confirmAll} {m.add.reasonRequired}</p> : null}
    </form>
  );
}
