/**
 * Getting back in after a forgotten password (issue 15): a person's recovery codes, one-use reset
 * links given by their clinician or the practice's admin or sent by mail, and setting the new
 * password with either. Nothing here tells a stranger whether an email has an account: a wrong
 * email and a wrong code get the same answer after the same work, and a mail is asked for with the
 * same answer whoever it is for. Every new password ends every session of the account.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { practice, read, write } from '../../core/access/policy.js';
import { AppError } from '../../core/errors.js';
import { findPasswordProblem } from '../../core/password-policy.js';
import { isResetLinkOpen, mayResetWithCode, resetLinkExpiry, resetPageAddress, type ResetLinkKind } from '../../core/password-recovery.js';
import { readTypedCode } from '../../core/second-factor.js';
import type { CodeResetRequest, RecoveryCodesLeft, ResetLink } from '../../contract/password-recovery.js';
import type { RecoveryCodes } from '../../contract/security.js';
import { insertAuditEvents } from '../../db/access.repository.js';
import {
  claimPasswordReset,
  endPasswordResets,
  findPasswordReset,
  insertPasswordReset,
  listUnusedRecoveryCodeHashes,
} from '../../db/password-reset.repository.js';
import { countRecoveryCodesLeft, useRecoveryCode } from '../../db/security.repository.js';
import { deleteSessionsOfUser, findUserByEmail, findUserById, updatePasswordHash } from '../../db/user.repository.js';
import { audit, requireAccess } from '../access.js';
import { checkPassword, hashPassword } from '../auth/passwords.js';
import { hashToken } from '../auth/sessions.js';
import { findMatchingCodeHash } from '../auth/recovery-code-hashes.js';
import type { Person, Services } from '../context.js';
import type { Mailer } from '../mail/mailer.js';
import { MAIL_MESSAGES } from '../mail/messages.js';
import { PASSWORD_MESSAGES } from './account.service.js';
import type { RecoveryLimits } from './password-recovery-limits.js';
import { storeNewRecoveryCodes } from './recovery-codes.js';

const LINK_GONE = 'This link has expired or has already been used. Please ask for a new one.';
const NO_MATCH = 'That email and recovery code do not match. Each code works only once.';
const AUDIT_CODE = 'write:password_reset';

/** How many of the person's recovery codes are unused (clinicians' and admins' are on their security page). */
export async function countMyRecoveryCodes(services: Services, person: Person): Promise<RecoveryCodesLeft> {
  await requireAccess(services, person, read('account'), person.id);
  return { left: mayResetWithCode(person.role) ? await countRecoveryCodesLeft(services.db, person.id) : 0 };
}

/** Ten new recovery codes after the password is given again; the old ones stop working. */
export async function makeMyRecoveryCodes(services: Services, person: Person, password: string, limits: RecoveryLimits): Promise<RecoveryCodes> {
  await requireAccess(services, person, write('account'), person.id);
  if (!mayResetWithCode(person.role)) {
    throw new AppError('conflict', 'Your recovery codes come with your authenticator app: make new ones on your sign-in page.');
  }
  await checkOwnPassword(services, person, password, limits);
  return { recoveryCodes: await storeNewRecoveryCodes(services, person.id) };
}

/**
 * Sets a new password with a recovery code. Counted per email and address and per email from
 * anywhere before it is tried; an unknown email does the same reads as a known one.
 */
export async function resetWithCode(services: Services, input: CodeResetRequest & { email: string }, address: string, limits: RecoveryLimits): Promise<void> {
  const problem = findPasswordProblem(input.newPassword, input.email);
  if (problem) throw new AppError('weak_password', PASSWORD_MESSAGES[problem], 'newPassword');
  const here = `${input.email}\n${address}`;
  const nowMs = Date.parse(services.clock.now());
  // An address already refused does not count against the email from everywhere: else one
  // address could use up the owner's count by itself and lock them out.
  if ((await limits.codesHere.take(here, nowMs)) || (await limits.codesAnywhere.take(input.email, nowMs))) throw new AppError('rate_limited', 'Too many codes that did not work. Please wait 15 minutes and try again.');
  const row = await findUserByEmail(services.db, input.email);
  const account = row && mayResetWithCode(row.role) && row.disabled_at === null ? row : undefined;
  const stored = await listUnusedRecoveryCodeHashes(services.db, account?.id ?? randomUUID());
  const match = await findMatchingCodeHash(stored, readTypedCode(input.code)?.code ?? '');
  if (!account || match === null || !(await useRecoveryCode(services.db, account.id, match, services.clock.now()))) {
    throw new AppError('invalid_credentials', NO_MATCH, 'code');
  }
  await setNewPassword(services, account.id, input.newPassword);
  await limits.codesHere.clear(here);
  await limits.codesAnywhere.giveBack(input.email);
}

/** Sets a new password with a reset link's token; the link works once and the second factor stays. */
export async function resetWithLink(services: Services, token: string, newPassword: string): Promise<void> {
  const now = services.clock.now();
  const link = await findPasswordReset(services.db, hashToken(token));
  if (!link || !isResetLinkOpen(link, now)) throw new AppError('not_found', LINK_GONE, 'token');
  const row = await findUserById(services.db, link.userId);
  // A turned-off account keeps its password: no link sets one the admin would find on turning it back on.
  if (!row || row.disabled_at !== null) throw new AppError('not_found', LINK_GONE, 'token');
  const problem = findPasswordProblem(newPassword, row.email);
  if (problem) throw new AppError('weak_password', PASSWORD_MESSAGES[problem], 'newPassword');
  if (!(await claimPasswordReset(services.db, link.id, now))) throw new AppError('not_found', LINK_GONE, 'token');
  await setNewPassword(services, row.id, newPassword);
  await recordUse(services, row);
}

/**
 * A linked clinician's reset link for their patient (24 hours); written to the patient's log.
 * Only for a person's account: a clinician must not be able to take over a colleague's or an
 * admin's account who also follows a plan, so staff accounts are the admin's to reset.
 */
export async function makePatientResetLink(services: Services, person: Person, patientId: string, base: string): Promise<ResetLink> {
  const subject = await requireAccess(services, person, write('password_reset'), patientId);
  const row = await findUserById(services.db, subject.id);
  if (!row || row.role !== 'person') {
    throw new AppError('conflict', 'This account belongs to a clinician or admin of the practice: please ask the practice’s admin to make the link.');
  }
  return createLink(services, subject.id, 'clinician', person.id, base);
}

/** The admin's reset link for an account of the practice, named by email (24 hours). */
export async function makeAdminResetLink(services: Services, person: Person, email: string, base: string): Promise<ResetLink> {
  await requireAccess(services, person, practice('reset_passwords'), person.id);
  const row = await findUserByEmail(services.db, email);
  if (!row) throw new AppError('not_found', 'There is no account with this email at the practice.', 'email');
  if (row.id === person.id) throw new AppError('unacceptable', 'Change your own password on your sign-in and devices page.', 'email');
  if (row.disabled_at !== null) throw new AppError('conflict', 'This account is turned off. Turn it back on before making a reset link for it.', 'email');
  const link = await createLink(services, row.id, 'admin', person.id, base);
  await audit(services, person, [row.id], AUDIT_CODE);
  return link;
}

/**
 * Mails a reset link (1 hour) to the email when it has an account. The caller answers at once
 * and does not wait: the answer and its timing are the same for every email.
 */
export async function mailResetLink(services: Services, mailer: Mailer, email: string): Promise<void> {
  const row = await findUserByEmail(services.db, email);
  if (!row || row.disabled_at !== null || services.config.publicUrl === null) return;
  const { link, expiresAt } = await createLink(services, row.id, 'mail', null, services.config.publicUrl.href);
  const minutes = Math.round((Date.parse(expiresAt) - Date.parse(services.clock.now())) / 60_000);
  const words = MAIL_MESSAGES.en;
  await mailer.send({ to: row.email, subject: words.resetSubject, text: words.resetBody(link, minutes) });
}

async function createLink(services: Services, userId: string, kind: ResetLinkKind, madeBy: string | null, base: string): Promise<ResetLink> {
  const token = randomBytes(32).toString('base64url');
  const createdAt = services.clock.now();
  const expiresAt = resetLinkExpiry(kind, createdAt);
  await insertPasswordReset(services.db, { id: services.newId(), userId, tokenHash: hashToken(token), kind, madeBy, createdAt, expiresAt });
  return { link: resetPageAddress(base, token), expiresAt };
}

/** The new password, every session ended at once (the cache too), every open link ended. */
async function setNewPassword(services: Services, userId: string, password: string): Promise<void> {
  const now = services.clock.now();
  await updatePasswordHash(services.db, userId, await hashPassword(password), now);
  await deleteSessionsOfUser(services.db, userId);
  services.sessionCache.forgetPerson(userId);
  await endPasswordResets(services.db, userId, now);
}

/** The use of a link in the audit log, under the account itself (the log keeps who made it). */
async function recordUse(services: Services, row: { id: string; email: string; name: string | null; role: string }): Promise<void> {
  await insertAuditEvents(services.db, [
    { id: services.newId(), at: services.clock.now(), actor_id: row.id, actor_name: row.name ?? row.email, actor_role: row.role, patient_id: row.id, action: AUDIT_CODE },
  ]);
}

async function checkOwnPassword(services: Services, person: Person, password: string, limits: RecoveryLimits): Promise<void> {
  if (await limits.passwords.take(person.id, Date.parse(services.clock.now()))) {
    throw new AppError('rate_limited', 'Too many tries that did not work. Please wait 15 minutes and try again.');
  }
  const row = await findUserById(services.db, person.id);
  if (row && (await checkPassword(row.password_hash, password))) {
    await limits.passwords.clear(person.id);
    return;
  }
  throw new AppError('forbidden', 'That password is not right, so no codes were made.', 'password');
}
