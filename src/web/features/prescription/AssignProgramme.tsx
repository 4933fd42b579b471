/**
 * "Assign a programme" on a patient's record: choose one, see what it adds, confirm any rule its
 * exercises fail for this patient (with a reason), and assign it in one step.
 */
import { useState, type FormEvent } from 'react';
import type { Programme } from '../../../contract/prescription.js';
import type { SuitabilityRule } from '../../../core/prescription/types.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { SelectField } from '../../components/SelectField.js';
import { TextArea } from '../../components/TextField.js';
import { fetchExercise } from '../../hooks/useExercises.js';
import { useAction } from '../../hooks/useAction.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { prescriptionMessages } from './messages.js';
import { describeDays, describePrescribedDose, describeRule } from './prescription-words.js';
import { useExerciseNames } from './useExerciseNames.js';

interface AssignProgrammeProps {
  patientId: string;
  patientName: string;
  onAssigned: (message: string) => void;
}

/** The assign form, under its own heading. */
export function AssignProgramme({ patientId, patientName, onAssigned }: AssignProgrammeProps) {
  const m = useMessages(prescriptionMessages).assign;
  const list = useQuery('programmes', () => callApi('listProgrammes'));
  const [chosenId, setChosenId] = useState('');
  const items = list.status === 'success' ? list.data.items : [];
  const chosen = items.find((p) => p.id === chosenId) ?? null;
  return (
    <section className="assign-programme" aria-labelledby="assign-programme-title">
      <h3 id="assign-programme-title">{m.title}</h3>
      <p className="muted">{m.intro}</p>
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <ErrorMessage error={list.error} onRetry={list.reload} /> : null}
      {list.status === 'success' && items.length === 0 ? <p>{m.none}</p> : null}
      {items.length > 0 ? (
        <SelectField label={m.choose} value={chosenId} onChange={setChosenId} options={[{ value: '', label: '—' }, ...items.map((p) => ({ value: p.id, label: p.name }))]} />
      ) : null}
      {chosen ? <AssignChosen key={chosen.id} patientId={patientId} patientName={patientName} programme={chosen} onAssigned={(text) => { setChosenId(''); onAssigned(text); }} /> : null}
      <p><Link to={PATHS.programmes}>{m.manage}</Link></p>
    </section>
  );
}

interface FailedItem { exerciseId: string; name: string; positions: readonly ('lying' | 'seated' | 'standing' | 'floor' | 'aquatic')[]; rules: SuitabilityRule[] }

function AssignChosen({ patientId, patientName, programme, onAssigned }: { patientId: string; patientName: string; programme: Programme; onAssigned: (text: string) => void }) {
  const m = useMessages(prescriptionMessages);
  const { names, ready } = useExerciseNames(programme.items.map((i) => i.exerciseId));
  const [confirmed, setConfirmed] = useState<SuitabilityRule[]>([]);
  const [reason, setReason] = useState('');
  const [shownError, setShownError] = useState<string | null>(null);
  const checks = useQuery(`programme-suitability:${patientId}:${programme.id}:${programme.updatedAt}`, () => checkItems(patientId, programme));
  const assign = useAction(() => callApi('assignPatientProgramme', { params: { patientId }, body: { programmeId: programme.id, reason: reason.trim() || null, confirmedRules: confirmed } }));
  const failed = checks.status === 'success' ? checks.data : [];
  const rules = [...new Set(failed.flatMap((f) => f.rules))];
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (rules.some((r) => !confirmed.includes(r)) || (rules.length > 0 && reason.trim() === '')) { setShownError(`${m.suitability.confirmAll} ${m.add.reasonRequired}`); return; }
    setShownError(null);
    if ((await assign.run()) !== undefined) onAssigned(m.assign.assigned(programme.name));
  };
  return (
    <form onSubmit={onSubmit} noValidate className="form assign-programme__form">
      {programme.description ? <p>{programme.description}</p> : null}
      <p>{m.assign.adds}</p>
      {ready ? null : <Loading />}
      <ul hidden={!ready}>
        {programme.items.map((item, n) => (
          <li key={`${item.exerciseId}-${n}`}>{m.words.line.include(names(item.exerciseId)?.name ?? m.words.unknownExercise, describeDays(item.days, m.words), describePrescribedDose(item.dose, m.words))}</li>
        ))}
        {programme.weeklyRise !== null ? <li>{m.words.line.rise(null, programme.weeklyRise)}</li> : null}
      </ul>
      {checks.status === 'loading' ? <p role="status" className="muted">{m.suitability.checking}</p> : null}
      {checks.status === 'error' ? <ErrorMessage error={checks.error} onRetry={checks.reload} /> : null}
      {rules.length > 0 ? (
        <fieldset className="notice notice--caution suitability">
          <legend className="suitability__title">{m.suitability.title(patientName)}</legend>
          <ul className="suitability__rules">{failed.flatMap((f) => f.rules.map((rule) => <li key={`${f.exerciseId}-${rule}`}>{describeRule(rule, f, patientName, m.words)}</li>))}</ul>
          {rules.map((rule) => (
            <label key={rule} className="choice">
              <input type="checkbox" className="choice__input" checked={confirmed.includes(rule)} onChange={(event) => setConfirmed(event.target.checked ? [...confirmed, rule] : confirmed.filter((r) => r !== rule))} />
              <span className="choice__text">{m.suitability.confirm}: {m.suitability.ruleNames[rule]}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <TextArea id={`assign-reason-${programme.id}`} label={m.add.reason} hint={rules.length > 0 ? m.add.reasonRequired : m.add.reasonHint} value={reason} rows={3} maxLength={500} onChange={(event) => setReason(event.target.value)} error={shownError} />
      {assign.error ? <ErrorMessage error={assign.error} /> : null}
      <button type="submit" className="button button--primary" aria-disabled={assign.pending || checks.status !== 'success' || undefined}>{assign.pending ? m.assign.assigning : m.assign.assign}</button>
    </form>
  );
}

/** Each item of the programme the patient's answers would rule out, with the rules it fails. */
async function checkItems(patientId: string, programme: Programme): Promise<FailedItem[]> {
  const results = await Promise.all(programme.items.map(async (item) => {
    const [check, exercise] = await Promise.all([
      callApi('checkPatientSuitability', { params: { patientId }, query: { exerciseId: item.exerciseId } }),
      fetchExercise(item.exerciseId),
    ]);
    return { exerciseId: item.exerciseId, name: exercise?.name ?? item.exerciseId, positions: exercise?.positions ?? [], rules: check.failedRules };
  }));
  return results.filter((r) => r.rules.length > 0);
}
