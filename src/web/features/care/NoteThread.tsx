/** One thread of notes (oldest first, newest at the bottom) and the form to write the next one. */
import { useId, useState, type FormEvent } from 'react';
import type { CareNote } from '../../../contract/care.js';
import { checkNoteBody } from '../../../core/care/note-body.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { TextArea } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { newClientId } from '../../lib/new-client-id.js';
import { formatDateTime } from './care-format.js';
import { careMessages } from './messages.js';

/** The notes of a thread; `otherName` is who wrote the notes that are not the reader's. */
export function NoteList({ notes, otherName, timeZone }: { notes: readonly CareNote[]; otherName: string; timeZone: string }) {
  const m = useMessages(careMessages).notes;
  const locale = useFormatLocale();
  return (
    <ol className="note-list">
      {notes.map((note) => (
        <li key={note.id} className={`note ${note.fromMe ? 'note--mine' : 'note--theirs'}`}>
          <p className="note__meta">{m.wrote(note.fromMe ? m.me : otherName, formatDateTime(note.createdAt, timeZone, locale))}</p>
          <p className="note__body">{note.body}</p>
        </li>
      ))}
    </ol>
  );
}

/** A form to write a note; `send` gets the text and a client id for safe retries. */
export function NoteForm({ label, send }: { label: string; send: (body: string, clientId: string) => Promise<void> }) {
  const m = useMessages(careMessages).notes;
  const id = useId();
  const [body, setBody] = useState('');
  const [clientId, setClientId] = useState(newClientId);
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const action = useAction(async () => {
    await send(body, clientId);
    setBody('');
    setClientId(newClientId());
    setSent(true);
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkNoteBody(body);
    const found = check.ok ? null : check.problem === 'too_long' ? m.tooLong : m.required;
    setProblem(found);
    setSent(false);
    if (found) document.getElementById(`${id}-body`)?.focus();
    else void action.run();
  };
  const fieldError = problem ?? (action.error?.field === 'body' ? action.error.message : null);
  return (
    <form className="form note-form" noValidate onSubmit={onSubmit}>
      <TextArea id={`${id}-body`} label={label} hint={m.hint} rows={4} value={body} onChange={(e) => setBody(e.target.value)} error={fieldError} />
      {action.error && !fieldError ? <ErrorMessage error={action.error} /> : null}
      <div role="status" className={sent ? 'save-status save-status--success' : 'visually-hidden'}>
        {sent ? m.sent : null}
      </div>
      <button type="submit" className="button button--primary" aria-disabled={action.pending || undefined}>
        {action.pending ? m.sending : m.send}
      </button>
    </form>
  );
}
