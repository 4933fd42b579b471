/**
 * Care invitations and links (issue 10). Rows are decoded once here: booleans as booleans,
 * names of clinicians joined in. Accepting an invitation is one transaction with a conditional
 * update, so an invitation is used once even when two tabs accept at the same moment.
 */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { CareInvitationsTable, CareLinksTable, Database } from './schema.js';

export type InvitationRow = Selectable<CareInvitationsTable>;

/** An active link as the person sees it. */
export interface LinkWithClinician {
  id: string;
  clinicianId: string;
  clinicianName: string | null;
  clinicianEmail: string;
  since: string;
  sharesNotes: boolean;
}

/** True when an insert broke a unique index (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = String(error.code);
  return code === '23505' || code.startsWith('SQLITE_CONSTRAINT');
}

/** Stores a new invitation. */
export async function insertInvitation(db: Kysely<Database>, row: Insertable<CareInvitationsTable>): Promise<void> {
  await db.insertInto('care_invitations').values(row).execute();
}

/** A clinician's invitations still open, or answered or expired since `since`; newest first. */
export async function listInvitations(db: Kysely<Database>, clinicianId: string, since: string): Promise<InvitationRow[]> {
  return db
    .selectFrom('care_invitations')
    .selectAll()
    .where('clinician_id', '=', clinicianId)
    .where((eb) => eb.or([eb('answered_at', '>=', since), eb.and([eb('answered_at', 'is', null), eb('expires_at', '>=', since)])]))
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
}

/** One of the clinician's invitations, or undefined when it is not theirs or not there. */
export async function findInvitationOfClinician(db: Kysely<Database>, clinicianId: string, id: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('care_invitations').selectAll().where('clinician_id', '=', clinicianId).where('id', '=', id).executeTakeFirst();
}

/** Marks an invitation answered if it is still open at `now`; false when it was not. */
export async function answerInvitation(
  db: Kysely<Database>,
  id: string,
  answer: 'accepted' | 'declined' | 'withdrawn',
  patientId: string | null,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('care_invitations')
    .set({ answered_at: now, answer, patient_id: patientId })
    .where('id', '=', id)
    .where('answered_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** The invitation with this token or code hash, and who made it. */
export async function findInvitationByHash(db: Kysely<Database>, by: 'token_hash' | 'code_hash', hash: string) {
  return db
    .selectFrom('care_invitations as i')
    .innerJoin('users as u', 'u.id', 'i.clinician_id')
    .select(['i.id', 'i.clinician_id', 'i.expires_at', 'i.answered_at', 'u.name', 'u.email', 'u.role', 'u.disabled_at'])
    .where(`i.${by}`, '=', hash)
    .executeTakeFirst();
}

/** What accepting an invitation came to. */
export type AcceptOutcome = { kind: 'accepted' } | { kind: 'gone' } | { kind: 'already_linked' };

/**
 * Uses the invitation and makes the link, both or neither. The conditional update lets only one
 * of two concurrent accepts through; the unique index on active links catches two invitations
 * from the same clinician accepted at once.
 */
export async function acceptInvitation(db: Kysely<Database>, invitationId: string, link: Insertable<CareLinksTable>): Promise<AcceptOutcome> {
  try {
    return await db.transaction().execute(async (trx) => {
      if (await hasActiveLink(trx, link.clinician_id, link.patient_id)) return { kind: 'already_linked' } as const;
      if (!(await answerInvitation(trx, invitationId, 'accepted', link.patient_id, link.started_at))) return { kind: 'gone' } as const;
      await trx.insertInto('care_links').values(link).execute();
      return { kind: 'accepted' } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'already_linked' };
    throw error;
  }
}

async function hasActiveLink(db: Kysely<Database>, clinicianId: string, patientId: string): Promise<boolean> {
  const row = await db
    .selectFrom('care_links')
    .select('id')
    .where('clinician_id', '=', clinicianId)
    .where('patient_id', '=', patientId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** The person's active links, oldest first, with each clinician's name and email. */
export async function listActiveLinksOfPatient(db: Kysely<Database>, patientId: string): Promise<LinkWithClinician[]> {
  const rows = await db
    .selectFrom('care_links as l')
    .innerJoin('users as u', 'u.id', 'l.clinician_id')
    .select(['l.id', 'l.clinician_id', 'l.started_at', 'l.share_notes', 'u.name', 'u.email'])
    .where('l.patient_id', '=', patientId)
    .where('l.ended_at', 'is', null)
    .orderBy('l.started_at', 'asc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    clinicianId: r.clinician_id,
    clinicianName: r.name,
    clinicianEmail: r.email,
    since: r.started_at,
    sharesNotes: r.share_notes === 1,
  }));
}

/** The person's active link with this id, if there is one. */
export async function findActiveLinkOfPatient(db: Kysely<Database>, patientId: string, linkId: string): Promise<LinkWithClinician | null> {
  const links = await listActiveLinksOfPatient(db, patientId);
  return links.find((link) => link.id === linkId) ?? null;
}

/** Ends an active link at `now`; false when it had already ended or is not there. */
export async function endLink(db: Kysely<Database>, linkId: string, endedBy: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('care_links')
    .set({ ended_at: now, ended_by: endedBy })
    .where('id', '=', linkId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
