/**
 * Notes between a person and their clinicians, and the audit events about a person. Every
 * query is scoped to one patient; a thread is one patient and one clinician.
 */
import type { Insertable, Kysely } from 'kysely';
import type { AccessEvent } from '../core/care/access-log.js';
import type { CareNotesTable, Database } from './schema.js';

/** A note with its clinician's name. */
export interface NoteRecord {
  id: string;
  patientId: string;
  clinicianId: string;
  clinicianName: string;
  authorId: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

function noteQuery(db: Kysely<Database>) {
  return db
    .selectFrom('care_notes as n')
    // A left join: a note stays with the person after the clinician's account is gone.
    .leftJoin('users as u', 'u.id', 'n.clinician_id')
    .select(['n.id', 'n.patient_id', 'n.clinician_id', 'n.author_id', 'n.body', 'n.created_at', 'n.read_at', 'u.name', 'u.email']);
}

type NoteJoinRow = Awaited<ReturnType<ReturnType<typeof noteQuery>['executeTakeFirstOrThrow']>>;

function toRecord(r: NoteJoinRow): NoteRecord {
  return {
    id: r.id,
    patientId: r.patient_id,
    clinicianId: r.clinician_id,
    clinicianName: r.name ?? r.email ?? '',
    authorId: r.author_id,
    body: r.body,
    createdAt: r.created_at,
    readAt: r.read_at,
  };
}

/**
 * Stores a note. With a `client_id` this author already used in this thread, nothing is stored
 * and the earlier note is returned, so a retried request never makes a second note.
 */
export async function insertNote(db: Kysely<Database>, row: Insertable<CareNotesTable>): Promise<NoteRecord> {
  const earlier = row.client_id ? await findNoteByClientId(db, row, row.client_id) : undefined;
  if (!earlier) await db.insertInto('care_notes').values(row).execute();
  return toRecord(await noteQuery(db).where('n.id', '=', earlier?.id ?? row.id).executeTakeFirstOrThrow());
}

async function findNoteByClientId(db: Kysely<Database>, row: Insertable<CareNotesTable>, clientId: string) {
  return db
    .selectFrom('care_notes')
    .select('id')
    .where('patient_id', '=', row.patient_id)
    .where('clinician_id', '=', row.clinician_id)
    .where('author_id', '=', row.author_id)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
}

/** The newest notes a thread shows at once: past them, the oldest stay in the export. */
export const NOTES_SHOWN = 1000;

/**
 * The newest notes of a person with any clinician (at most NOTES_SHOWN), oldest first;
 * `clinicianId` narrows to one thread. The newest, so a new note always shows.
 */
export async function listNotes(db: Kysely<Database>, patientId: string, clinicianId?: string): Promise<NoteRecord[]> {
  let query = noteQuery(db).where('n.patient_id', '=', patientId);
  if (clinicianId !== undefined) query = query.where('n.clinician_id', '=', clinicianId);
  const rows = await query.orderBy('n.created_at', 'desc').orderBy('n.id', 'desc').limit(NOTES_SHOWN).execute();
  return rows.reverse().map(toRecord);
}

/** Marks the notes of a thread written by the other side as read at `now`. */
export async function markThreadRead(db: Kysely<Database>, patientId: string, clinicianId: string, readerId: string, now: string): Promise<void> {
  await db
    .updateTable('care_notes')
    .set({ read_at: now })
    .where('patient_id', '=', patientId)
    .where('clinician_id', '=', clinicianId)
    .where('author_id', '!=', readerId)
    .where('read_at', 'is', null)
    .execute();
}

/** The audit events about a person between two instants (from included, to excluded). */
export async function listAccessEvents(db: Kysely<Database>, patientId: string, from: string, to: string): Promise<AccessEvent[]> {
  const rows = await db
    .selectFrom('audit_events')
    .select(['at', 'actor_id', 'actor_name', 'action'])
    .where('patient_id', '=', patientId)
    .where('actor_id', '!=', patientId)
    .where('at', '>=', from)
    .where('at', '<', to)
    .orderBy('at', 'desc')
    .limit(20_000)
    .execute();
  return rows.map((r) => ({ at: r.at, actorId: r.actor_id, actorName: r.actor_name, action: r.action }));
}
