/** Notes (`/notes`): a thread per clinician, newest at the bottom, with a reply form; opening it marks notes read. */
import { useEffect, useRef } from 'react';
import type { CareLinkList, CareNoteList } from '../../../contract/care.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { useAccount } from '../auth/session-context.js';
import { careMessages } from './messages.js';
import { cliniciansWithUnread, groupThreads, type NoteThreadView } from './note-threads.js';
import { NoteForm, NoteList } from './NoteThread.js';

/** The notes page. */
export function NotesPage() {
  const m = useMessages(careMessages).notes;
  const data = useQuery<{ notes: CareNoteList; links: CareLinkList }>('my-notes', async () => {
    const [notes, links] = await Promise.all([callApi('listMyNotes'), callApi('listMyClinicians')]);
    return { notes, links };
  });
  useMarkRead(data.status === 'success' ? data.data.notes : null);
  const threads = data.status === 'success' ? groupThreads(data.data.notes.items, data.data.links.items) : [];
  return (
    <Page title={m.title} intro={<p>{m.intro}</p>}>
      {data.status === 'loading' ? <Loading /> : null}
      {data.status === 'error' ? <ErrorMessage error={data.error} onRetry={data.reload} /> : null}
      {data.status === 'success' && threads.length === 0 ? <p>{m.none}</p> : null}
      {threads.map((thread) => (
        <Thread key={thread.clinician.id} thread={thread} onSent={data.reload} />
      ))}
    </Page>
  );
}

/** Marks each clinician's unread notes read, once, when the page has shown them. */
function useMarkRead(notes: CareNoteList | null) {
  const done = useRef(false);
  useEffect(() => {
    if (!notes || done.current) return;
    done.current = true;
    for (const clinicianId of cliniciansWithUnread(notes.items)) {
      void callApi('markMyNotesRead', { body: { clinicianId } }).catch(() => undefined);
    }
  }, [notes]);
}

function Thread({ thread, onSent }: { thread: NoteThreadView; onSent: () => void }) {
  const c = useMessages(careMessages);
  const m = c.notes;
  const { timeZone } = useAccount();
  // A clinician whose account is gone has no name any more; their notes stay.
  const name = thread.clinician.name || c.someone;
  const send = async (body: string, clientId: string) => {
    await callApi('createMyNote', { body: { clinicianId: thread.clinician.id, body, clientId } });
    onSent();
  };
  return (
    <section className="card" aria-labelledby={`thread-${thread.clinician.id}`}>
      <h2 id={`thread-${thread.clinician.id}`}>{m.thread(name)}</h2>
      {thread.notes.length > 0 ? <NoteList notes={thread.notes} otherName={name} timeZone={timeZone} /> : null}
      {thread.active ? <NoteForm label={m.replyLabel(name)} send={send} /> : <p>{m.ended}</p>}
    </section>
  );
}
