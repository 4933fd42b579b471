/** PatientNotes: the notes between a clinician and one patient, on the patient's record. */
import type { CareNoteList } from '../../../contract/care.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { useAccount } from '../auth/session-context.js';
import { careMessages } from './messages.js';
import { NoteForm, NoteList } from './NoteThread.js';

/** The thread with the patient and a form to write to them; `patientName` labels their notes. */
export function PatientNotes({ patientId, patientName }: { patientId: string; patientName?: string }) {
  const c = useMessages(careMessages);
  const m = c.patient;
  const { timeZone } = useAccount();
  const notes = useQuery<CareNoteList>(`patient-notes:${patientId}`, () => callApi('listPatientNotes', { params: { patientId } }));
  const send = async (body: string, clientId: string) => {
    await callApi('createPatientNote', { params: { patientId }, body: { body, clientId } });
    notes.reload();
  };
  return (
    <section className="card" aria-labelledby="patient-notes-heading">
      <h2 id="patient-notes-heading">{m.heading}</h2>
      {notes.status === 'loading' ? <Loading /> : null}
      {notes.status === 'error' ? <ErrorMessage error={notes.error} onRetry={notes.reload} /> : null}
      {notes.status === 'success' && notes.data.items.length === 0 ? <p>{m.none}</p> : null}
      {notes.status === 'success' && notes.data.items.length > 0 ? (
        <NoteList notes={notes.data.items} otherName={patientName ?? m.them} timeZone={timeZone} />
      ) : null}
      <NoteForm label={c.notes.writeLabel} send={send} />
    </section>
  );
}
