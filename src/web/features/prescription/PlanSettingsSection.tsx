/**
 * "Plan settings" on a patient's record: what the clinician set for the patient's plan, each with
 * who, when and why and an End button; the form to add one; and "Assign a programme". Every
 * change rebuilds the week shown on the page (`onChanged`).
 */
import { useState } from 'react';
import { callApi } from '../../api/client.js';
import { Loading } from '../../components/Loading.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { RecordSection } from '../practice/RecordSections.js';
import { AddAdjustment } from './AddAdjustment.js';
import { AdjustmentList } from './AdjustmentList.js';
import { AssignProgramme } from './AssignProgramme.js';
import { prescriptionMessages } from './messages.js';
import { exerciseIdsOf, outcomesById } from './prescription-words.js';
import { useExerciseNames } from './useExerciseNames.js';

interface PlanSettingsProps {
  patientId: string;
  name: string;
  onChanged: () => void;
}

/** The section, with its heading `record-settings`. */
export function PlanSettingsSection({ patientId, name, onChanged }: PlanSettingsProps) {
  const m = useMessages(prescriptionMessages).section;
  const query = useQuery(`patient-prescription:${patientId}`, () => callApi('getPatientPrescription', { params: { patientId } }));
  const ids = query.status === 'success' ? exerciseIdsOf(query.data.adjustments) : [];
  const { names, ready } = useExerciseNames(ids);
  const words = useMessages(prescriptionMessages).words;
  // The week as built, for what the patient reads about each setting this week.
  const plan = useQuery(`patient-plan-settings:${patientId}`, () => callApi('getPatientPlan', { params: { patientId } }));
  const outcomes = outcomesById(plan.status === 'success' ? plan.data.plan.prescription : undefined, words);
  const [status, setStatus] = useState('');
  const changed = (message: string) => {
    setStatus(message);
    query.reload();
    plan.reload();
    onChanged();
  };
  return (
    <RecordSection id="record-settings" title={m.title} query={query}>
      {({ adjustments }) => (
        <>
          <p className="muted">{m.intro(name)}</p>
          <p role="status" className={status ? 'notice notice--success' : 'visually-hidden'}>{status}</p>
          <h3>{m.inForce}</h3>
          {ready ? <AdjustmentList patientId={patientId} adjustments={adjustments} names={names} onEnded={() => changed(m.ended)} outcomes={outcomes} patientName={name} /> : <Loading />}
          <AddAdjustment patientId={patientId} patientName={name} onSaved={() => changed(m.saved)} />
          <AssignProgramme patientId={patientId} patientName={name} onAssigned={changed} />
        </>
      )}
    </RecordSection>
  );
}
