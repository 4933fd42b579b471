/** On home: "A note from Lena" with the newest unread note and a link to read and reply; nothing when there is none. */
import type { CareNoteList } from '../../../contract/care.js';
import { callApi } from '../../api/client.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { careMessages } from './messages.js';
import { newestUnread } from './note-threads.js';

/** The card, shown only while a clinician's note waits to be read. */
export function NoteFromClinicianCard() {
  const c = useMessages(careMessages);
  const m = c.homeCard;
  const notes = useQuery<CareNoteList>('my-notes-home', () => callApi('listMyNotes'));
  const note = notes.status === 'success' ? newestUnread(notes.data.items) : null;
  if (!note) return null;
  return (
    <section className="card card--note" aria-labelledby="home-note-heading">
      <h2 id="home-note-heading">{m.heading(note.clinician.name || c.someone)}</h2>
      <p className="note__body note__body--preview">{note.body}</p>
      <Link className="button button--secondary" to={PATHS.notes}>
        {m.reply}
      </Link>
    </section>
  );
}
