/**
 * A clinician invites a patient with a one-use link and short code; the person sees who invites
 * them and exactly what would be shared, then accepts or declines (issue 10). The link's token
 * and the code are stored as SHA-256 only, and shown once.
 */
import { randomBytes } from 'node:crypto';
import { practice, read, write } from '../../core/access/policy.js';
import { codeFromRandomBytes, formatInvitationCode, normalizeInvitationCode } from '../../core/care/invitation-code.js';
import { OPTIONAL_SHARES, SHARED_AREAS, invitationExpiry, isInvitationOpen } from '../../core/care/shares.js';
import { AppError } from '../../core/errors.js';
import type { CareLink, CreatedInvitation, FoundInvitation, InvitationRef, InvitationStatus, InvitationSummary } from '../../contract/care.js';
import {
  acceptInvitation as acceptRow,
  answerInvitation,
  findInvitationByHash,
  findInvitationOfClinician,
  insertInvitation,
  isUniqueViolation,
  listInvitations as listRows,
  type InvitationRow,
} from '../../db/care.repository.js';
import { requireAccess } from '../access.js';
import { hashToken } from '../auth/sessions.js';
import type { Person, Services } from '../context.js';

const GONE = 'This invitation cannot be found. It may have expired, been used or been withdrawn; ask your clinician for a new one.';
const RECENT_DAYS = 30;

/** Makes an invitation; `origin` is where the person will open the link. */
export async function createInvitation(services: Services, person: Person, input: { label?: string | undefined }, origin: string): Promise<CreatedInvitation> {
  await requireAccess(services, person, practice('invite_patient'), person.id);
  const createdAt = services.clock.now();
  const expiresAt = invitationExpiry(createdAt);
  for (let attempt = 0; ; attempt += 1) {
    const token = randomBytes(32).toString('base64url');
    const code = drawCode();
    const id = services.newId();
    const row = { id, clinician_id: person.id, token_hash: hashToken(token), code_hash: hashToken(code), label: input.label || null, created_at: createdAt, expires_at: expiresAt };
    try {
      await insertInvitation(services.db, row);
      return { id, link: `${origin}/join/${token}`, code: formatInvitationCode(code), expiresAt };
    } catch (error) {
      // A code already in use (about one in 650 billion): draw again.
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
    }
  }
}

function drawCode(): string {
  for (;;) {
    const code = codeFromRandomBytes(randomBytes(24));
    if (code) return code;
  }
}

/** The clinician's open invitations and those answered or expired in the last 30 days. */
export async function listInvitations(services: Services, person: Person): Promise<InvitationSummary[]> {
  await requireAccess(services, person, practice('invite_patient'), person.id);
  const now = services.clock.now();
  const since = new Date(Date.parse(now) - RECENT_DAYS * 86_400_000).toISOString();
  const rows = await listRows(services.db, person.id, since);
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    status: statusOf(row, now),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    answeredAt: row.answered_at,
  }));
}

function statusOf(row: InvitationRow, now: string): InvitationStatus {
  if (row.answer === 'accepted' || row.answer === 'declined' || row.answer === 'withdrawn') return row.answer;
  return isInvitationOpen({ expiresAt: row.expires_at, answeredAt: row.answered_at }, now) ? 'open' : 'expired';
}

/** Withdraws one of the clinician's open invitations. */
export async function withdrawInvitation(services: Services, person: Person, id: string): Promise<void> {
  await requireAccess(services, person, practice('invite_patient'), person.id);
  if (!(await findInvitationOfClinician(services.db, person.id, id))) throw new AppError('not_found', 'We could not find that invitation.');
  if (!(await answerInvitation(services.db, id, 'withdrawn', null, services.clock.now()))) {
    throw new AppError('conflict', 'This invitation was already answered or has expired.');
  }
}

/** An open invitation by its token or code, or 404 in the same words for every other case. */
async function findOpen(services: Services, ref: InvitationRef) {
  const by = ref.token !== undefined ? 'token_hash' : 'code_hash';
  const secret = ref.token ?? normalizeInvitationCode(ref.code ?? '');
  const row = secret ? await findInvitationByHash(services.db, by, hashToken(secret)) : undefined;
  const open = row && isInvitationOpen({ expiresAt: row.expires_at, answeredAt: row.answered_at }, services.clock.now());
  if (!row || !open || row.role !== 'clinician' || row.disabled_at !== null) throw new AppError('not_found', GONE);
  return row;
}

/** Who invites the person and exactly what would be shared. */
export async function findInvitation(services: Services, person: Person, ref: InvitationRef): Promise<FoundInvitation> {
  await requireAccess(services, person, read('care_link'), person.id);
  const row = await findOpen(services, ref);
  return {
    clinician: { name: row.name ?? row.email, email: row.email },
    shares: [...SHARED_AREAS],
    optionalShares: [...OPTIONAL_SHARES],
    expiresAt: row.expires_at,
  };
}

/** Accepts: the invitation is used and the link made, once, even under two tabs at once. */
export async function acceptInvitation(services: Services, person: Person, ref: InvitationRef, shareNotes: boolean): Promise<CareLink> {
  await requireAccess(services, person, write('care_link'), person.id);
  const row = await findOpen(services, ref);
  if (row.clinician_id === person.id) throw new AppError('unacceptable', 'This is your own invitation; give it to your patient.');
  const now = services.clock.now();
  const link = { id: services.newId(), clinician_id: row.clinician_id, patient_id: person.id, share_notes: shareNotes ? 1 : 0, started_at: now, ended_at: null, ended_by: null };
  const outcome = await acceptRow(services.db, row.id, link);
  if (outcome.kind === 'gone') throw new AppError('not_found', GONE);
  if (outcome.kind === 'already_linked') throw new AppError('conflict', 'You are already linked to this clinician.');
  return { id: link.id, clinician: { id: row.clinician_id, name: row.name ?? row.email, email: row.email }, since: now, sharesNotes: shareNotes };
}

/** Declines: the invitation cannot be used any more, and nothing is shared. */
export async function declineInvitation(services: Services, person: Person, ref: InvitationRef): Promise<void> {
  await requireAccess(services, person, write('care_link'), person.id);
  const row = await findOpen(services, ref);
  if (row.clinician_id === person.id) throw new AppError('unacceptable', 'This is your own invitation; give it to your patient.');
  if (!(await answerInvitation(services.db, row.id, 'declined', person.id, services.clock.now()))) throw new AppError('not_found', GONE);
}
