/**
 * The "Questionnaires" section of a patient's record: each instrument's schedule (editable), the
 * patient's scores with their meaningful-change marks. Loaded on its own: it brings the charts.
 */
import { callApi } from '../../api/client.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { RecordSection } from '../practice/RecordSections.js';
import { clinicianQuestionnaireMessages } from './clinician-messages.js';
import { OutcomeHistory } from './OutcomeHistory.js';
import { ScheduleEditor } from './ScheduleEditor.js';

/** The section, under the heading `record-questionnaires` of the record's contents. */
export function PatientQuestionnaires({ patientId, timeZone }: { patientId: string; timeZone: string }) {
  const m = useMessages(clinicianQuestionnaireMessages);
  const query = useQuery(`patient-questionnaires:${patientId}`, () => callApi('getPatientQuestionnaires', { params: { patientId } }));
  return (
    <RecordSection id="record-questionnaires" title={m.heading} query={query}>
      {({ schedules, history }) => (
        <>
          <p>{m.intro}</p>
          <h3>{m.schedulesHeading}</h3>
          <ul className="q-schedules">
            {schedules.map((schedule) => <ScheduleEditor key={schedule.instrument} patientId={patientId} schedule={schedule} timeZone={timeZone} />)}
          </ul>
          <h3>{m.scoresHeading}</h3>
          <OutcomeHistory audience="clinician" history={history} level={4} />
        </>
      )}
    </RecordSection>
  );
}
