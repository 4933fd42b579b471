/** The safety answers a go-ahead would clear: each flagged "yes", and a stop sign since, in words. */
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { practiceMessages } from '../practice/messages.js';
import { safetyMessages } from '../safety/messages.js';
import { prescriptionMessages } from './messages.js';

/** The patient's flagged answers, so the clinician knows what they are clearing. */
export function FlaggedAnswers({ patientId, patientName }: { patientId: string; patientName: string }) {
  const m = useMessages(prescriptionMessages).goAhead;
  const safety = useMessages(safetyMessages);
  const stops = useMessages(practiceMessages).stopReasons;
  const query = useQuery(`patient-safety:${patientId}`, () => callApi('getPatientSafety', { params: { patientId } }));
  if (query.status === 'loading') return <Loading />;
  if (query.status === 'error') return <ErrorMessage error={query.error} onRetry={query.reload} />;
  const { outcome, hold } = query.data;
  return (
    <div className="flagged">
      <h4>{m.flaggedTitle(patientName)}</h4>
      {outcome.flagged.length === 0 && !hold ? <p>{m.noneFlagged}</p> : (
        <ul>
          {outcome.flagged.map((id) => <li key={id}>{safety.summaries[id]}</li>)}
          {hold ? <li>{m.hold(stops[hold.reason])}</li> : null}
        </ul>
      )}
    </div>
  );
}
