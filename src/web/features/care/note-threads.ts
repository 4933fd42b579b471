/** Grouping the person's notes into one thread per clinician, for the notes page and home. */
import type { CareLink, CareNote } from '../../../contract/care.js';

/** One thread: a clinician, whether the link is active, and the notes oldest first. */
export interface NoteThreadView {
  clinician: { id: string; name: string };
  active: boolean;
  notes: CareNote[];
}

/** Threads with active clinicians and past ones that have notes, most recent activity first. */
export function groupThreads(notes: readonly CareNote[], links: readonly CareLink[]): NoteThreadView[] {
  const threads = new Map<string, NoteThreadView>();
  for (const link of links) {
    threads.set(link.clinician.id, { clinician: { id: link.clinician.id, name: link.clinician.name }, active: true, notes: [] });
  }
  for (const note of notes) {
    const thread = threads.get(note.clinician.id) ?? { clinician: note.clinician, active: false, notes: [] };
    thread.notes.push(note);
    threads.set(note.clinician.id, thread);
  }
  const latest = (thread: NoteThreadView) => thread.notes[thread.notes.length - 1]?.createdAt ?? '';
  return [...threads.values()].sort((a, b) => latest(b).localeCompare(latest(a)));
}

/** The newest note from a clinician that the person has not read yet, if any. */
export function newestUnread(notes: readonly CareNote[]): CareNote | null {
  const unread = notes.filter((note) => !note.fromMe && note.readAt === null);
  return unread.reduce<CareNote | null>((newest, note) => (newest === null || note.createdAt > newest.createdAt ? note : newest), null);
}

/** The clinicians whose notes the person has not read yet. */
export function cliniciansWithUnread(notes: readonly CareNote[]): string[] {
  return [...new Set(notes.filter((note) => !note.fromMe && note.readAt === null).map((note) => note.clinician.id))];
}
