/**
 * Before an exercise is included: asks the server which of the planner's rules it fails for this
 * patient, says each in plain words, and asks the clinician to confirm each one.
 */
import { useEffect } from 'react';
import type { ExerciseView } from '../../../contract/exercise.js';
import type { SuitabilityRule } from '../../../core/prescription/types.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { prescriptionMessages } from './messages.js';
import { describeRule } from './prescription-words.js';

interface SuitabilityCheckProps {
  patientId: string;
  patientName: string;
  exercise: ExerciseView;
  confirmed: readonly SuitabilityRule[];
  onFailedRules: (rules: SuitabilityRule[]) => void;
  onConfirmed: (rules: SuitabilityRule[]) => void;
  error?: string | undefined;
}

/** The rules an exercise fails, each with its confirmation checkbox; or "it suits their answers". */
export function SuitabilityCheck(props: SuitabilityCheckProps) {
  const { patientId, patientName, exercise, confirmed, onFailedRules, onConfirmed, error } = props;
  const m = useMessages(prescriptionMessages);
  const query = useQuery(`suitability:${patientId}:${exercise.id}`, () =>
    callApi('checkPatientSuitability', { params: { patientId }, query: { exerciseId: exercise.id } }),
  );
  const failed = query.status === 'success' ? query.data.failedRules : null;
  useEffect(() => {
    if (failed) onFailedRules(failed);
  }, [failed, onFailedRules]);
  if (query.status === 'loading') return <p role="status" className="muted">{m.suitability.checking}</p>;
  if (query.status === 'error') return <ErrorMessage error={query.error} onRetry={query.reload} />;
  if (query.data.failedRules.length === 0) return <p role="status" className="notice notice--success">{m.suitability.fits}</p>;
  const toggle = (rule: SuitabilityRule, on: boolean) =>
    onConfirmed(on ? [...new Set([...confirmed, rule])] : confirmed.filter((r) => r !== rule));
  return (
    <fieldset className="notice notice--caution suitability" aria-describedby={error ? 'suitability-error' : undefined}>
      <legend className="suitability__title">{m.suitability.title(patientName)}</legend>
      <p>{m.suitability.intro}</p>
      {error ? <p id="suitability-error" className="field__error">{error}</p> : null}
      <ul className="suitability__rules">
        {query.data.failedRules.map((rule) => (
          <li key={rule}>
            <p>{describeRule(rule, exercise, patientName, m.words)}</p>
            <label className="choice">
              <input type="checkbox" className="choice__input" checked={confirmed.includes(rule)} onChange={(event) => toggle(rule, event.target.checked)} />
              <span className="choice__text">{m.suitability.confirm}<span className="visually-hidden">: {m.suitability.ruleNames[rule]}</span></span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
