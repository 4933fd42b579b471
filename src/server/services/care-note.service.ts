/**
 * Notes both ways between a person and a clinician (issue 10). The person keeps every note, even
 * after a link ends; writing needs an active link. A clinician reads and writes only the thread
 * with a linked patient, and `requireAccess` writes each look to the audit log.
 */
import { findActiveLink } from '../../db/access.repository.js';
import { read, write } from '../../core/access/policy.js';
import { AppError } from '../../core/errors.js';
import type { CareNote, CreateMyNoteRequest, CreatePatientNoteRequest } from '../../contract/care.js';
import { insertNote, listNotes, markThreadRead, type NoteRecord } from '../../db/care-note.repository.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';

function presentNote(note: NoteRecord, callerId: string): CareNote {
  return {
    id: note.id,
    clinician: { id: note.clinicianId, name: note.clinicianName },
    fromMe: note.authorId === callerId,
    body: note.body,
    createdAt: note.createdAt,
    readAt: note.readAt,
  };
}

async function storeNote(services: Services, thread: { patientId: string; clinicianId: string }, authorId: string, input: { body: string; clientId?: string | undefined }) {
  return insertNote(services.db, {
    id: services.newId(),
    patient_id: thread.patientId,
    clinician_id: thread.clinicianId,
    author_id: authorId,
    client_id: input.clientId ?? null,
    body: input.body,
    created_at: services.clock.now(),
    read_at: null,
  });
}

/** The person's notes with every clinician they have had, oldest first. */
export async function listMyNotes(services: Services, person: Person): Promise<CareNote[]> {
  await requireAccess(services, person, read('care_notes'), person.id);
  return (await listNotes(services.db, person.id)).map((note) => presentNote(note, person.id));
}

/** The person writes to one of their clinicians (needs an active link). */
export async function createMyNote(services: Services, person: Person, input: CreateMyNoteRequest): Promise<CareNote> {
  await requireAccess(services, person, write('care_notes'), person.id);
  if (!(await findActiveLink(services.db, input.clinicianId, person.id))) {
    throw new AppError('not_found', 'You are not linked to this clinician any more, so notes cannot be sent.', 'clinicianId');
  }
  const note = await storeNote(services, { patientId: person.id, clinicianId: input.clinicianId }, person.id, input);
  return presentNote(note, person.id);
}

/** The person has read a clinician's notes. */
export async function markMyNotesRead(services: Services, person: Person, clinicianId: string): Promise<void> {
  await requireAccess(services, person, write('care_notes'), person.id);
  await markThreadRead(services.db, person.id, clinicianId, person.id, services.clock.now());
}

/** The thread between the clinician and a linked patient; the patient's notes count as read. */
export async function listPatientNotes(services: Services, person: Person, patientId: string): Promise<CareNote[]> {
  const subject = await requireAccess(services, person, read('care_notes'), patientId);
  const notes = await listNotes(services.db, subject.id, person.id);
  await markThreadRead(services.db, subject.id, person.id, person.id, services.clock.now());
  return notes.map((note) => presentNote(note, person.id));
}

/** The clinician writes to a linked patient. */
export async function createPatientNote(services: Services, person: Person, patientId: string, input: CreatePatientNoteRequest): Promise<CareNote> {
  const subject = await requireAccess(services, person, write('care_notes'), patientId);
  const note = await storeNote(services, { patientId: subject.id, clinicianId: person.id }, person.id, input);
  return presentNote(note, person.id);
}
