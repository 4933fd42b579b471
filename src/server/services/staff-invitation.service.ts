/**
 * One-use links that make staff accounts: the first admin's link (from the command line) and an
 * admin's invitation of a clinician. The token leaves the server once, in the link; only its
 * SHA-256 is kept. Claiming a link creates the account, or gives the role to the account that
 * already has the email once its own password is given, and is possible exactly once.
 */
import { randomBytes } from 'node:crypto';
import { practice, type Role } from '../../core/access/policy.js';
import { AppError } from '../../core/errors.js';
import { findPasswordProblem } from '../../core/password-policy.js';
import { invitationExpiry, invitationStateAt, type InvitationKind } from '../../core/practice-admin.js';
import type { ClaimWelcomeRequest, CreatedInvitation, InviteClinicianRequest, WelcomeInfo } from '../../contract/admin.js';
import {
  countEnabledAdmins,
  findInvitationByTokenHash,
  insertAccountInvitation,
  markInvitationUsed,
  setAccountRole,
  withdrawInvitations,
  type AccountInvitation,
} from '../../db/admin.repository.js';
import { findUserByEmail, insertUser, type UserRow } from '../../db/user.repository.js';
import { audit, requireAccess } from '../access.js';
import { checkPassword, hashPassword } from '../auth/passwords.js';
import { hashToken } from '../auth/sessions.js';
import type { Config } from '../config.js';
import type { Person, Services } from '../context.js';
import { PASSWORD_MESSAGES } from './account.service.js';

const LINK_GONE = 'This link has expired or has already been used. Please ask the practice’s administrator for a new one.';

/**
 * The address people open: PUBLIC_URL; else the address the admin's own browser used; else
 * this machine's port (the command line).
 */
export function welcomeLinkOf(config: Pick<Config, 'publicUrl' | 'port'>, token: string, origin: string | null = null): string {
  const base = config.publicUrl ? config.publicUrl.href.replace(/\/+$/, '') : (origin ?? `http://localhost:${config.port}`);
  return `${base}/welcome/${token}`;
}

interface NewLink {
  kind: InvitationKind;
  email: string;
  name: string | null;
  invitedBy: string | null;
  origin: string | null;
}

async function createLink(services: Services, { kind, email, name, invitedBy, origin }: NewLink) {
  const token = randomBytes(32).toString('base64url');
  const now = services.clock.now();
  const id = services.newId();
  const expiresAt = invitationExpiry(kind, now);
  await withdrawInvitations(services.db, { email, kind }, now);
  await insertAccountInvitation(services.db, {
    id, token_hash: hashToken(token), kind, email, name, invited_by: invitedBy, created_at: now, expires_at: expiresAt, used_at: null, withdrawn_at: null,
  });
  return { id, link: welcomeLinkOf(services.config, token, origin), expiresAt };
}

/**
 * The first admin's link (24 hours). Only the command line calls this: whoever runs it holds the
 * server's configuration and database, so there is no actor to ask.
 */
export async function createAdminInvitation(services: Services, email: string): Promise<CreatedInvitation> {
  return createLink(services, { kind: 'admin', email: email.trim().toLowerCase(), name: null, invitedBy: null, origin: null });
}

/**
 * An admin invites a clinician by a one-use link (7 days); an earlier open link for the email is
 * withdrawn. `origin` is the address the admin's browser used, for when PUBLIC_URL is not set.
 */
export async function inviteClinician(services: Services, person: Person, input: InviteClinicianRequest, origin: string | null = null): Promise<CreatedInvitation> {
  await requireAccess(services, person, practice('manage_clinicians'), person.id);
  const existing = await findUserByEmail(services.db, input.email);
  if (existing && existing.role !== 'person') {
    throw new AppError('conflict', 'This email already belongs to a clinician or admin of the practice.', 'email');
  }
  const created = await createLink(services, { kind: 'clinician', email: input.email, name: input.name ?? null, invitedBy: person.id, origin });
  await audit(services, person, [null], 'practice:invite_clinician');
  return created;
}

/** Withdraws an open invitation; 404 when it is not open. */
export async function withdrawInvitation(services: Services, person: Person, id: string): Promise<void> {
  await requireAccess(services, person, practice('manage_clinicians'), person.id);
  if ((await withdrawInvitations(services.db, { id }, services.clock.now())) === 0) {
    throw new AppError('not_found', 'There is no open invitation with this id.');
  }
  await audit(services, person, [null], 'practice:withdraw_invitation');
}

/** The open link behind a token, or 404: unknown, used, withdrawn and expired look the same. */
async function findOpenLink(services: Services, token: string): Promise<AccountInvitation> {
  const invitation = await findInvitationByTokenHash(services.db, hashToken(token));
  if (!invitation || invitationStateAt(invitation, services.clock.now()) !== 'open') throw new AppError('not_found', LINK_GONE);
  return invitation;
}

/** What a link offers. Public: the token itself is the permission. */
export async function describeWelcome(services: Services, token: string): Promise<WelcomeInfo> {
  const invitation = await findOpenLink(services, token);
  const account = await findUserByEmail(services.db, invitation.email);
  return {
    kind: invitation.kind,
    email: invitation.email,
    invitedBy: invitation.invitedByName,
    expiresAt: invitation.expiresAt,
    hasAccount: account !== undefined,
  };
}

/** Uses a link once and returns the account to sign in. Public: the token is the permission. */
export async function claimWelcome(services: Services, token: string, input: ClaimWelcomeRequest): Promise<UserRow> {
  const invitation = await findOpenLink(services, token);
  const existing = await findUserByEmail(services.db, invitation.email);
  return existing ? takeRole(services, invitation, existing, input.password) : createStaffAccount(services, invitation, input);
}

async function createStaffAccount(services: Services, invitation: AccountInvitation, input: ClaimWelcomeRequest): Promise<UserRow> {
  const problem = findPasswordProblem(input.password, invitation.email);
  if (problem) throw new AppError('weak_password', PASSWORD_MESSAGES[problem], 'password');
  const now = services.clock.now();
  const row: UserRow = {
    id: services.newId(), email: invitation.email, password_hash: await hashPassword(input.password),
    name: input.name ?? invitation.name, time_zone: input.timeZone ?? 'UTC', created_at: now, updated_at: now,
    role: invitation.kind, disabled_at: null, totp_secret: null, totp_pending_secret: null, totp_last_step: null,
  };
  await services.db.transaction().execute(async (trx) => {
    if (!(await markInvitationUsed(trx, invitation.id, now))) throw new AppError('not_found', LINK_GONE);
    if (!(await insertUser(trx, row))) throw new AppError('email_taken', 'An account with this email was just created. Open the link again.');
  });
  return row;
}

async function takeRole(services: Services, invitation: AccountInvitation, account: UserRow, password: string): Promise<UserRow> {
  if (!(await checkPassword(account.password_hash, password))) {
    throw new AppError('invalid_credentials', 'That is not the password of the account with this email.', 'password');
  }
  if (account.disabled_at !== null) {
    throw new AppError('forbidden', 'This account has been turned off by the practice. Please ask its administrator.');
  }
  const role: Role = invitation.kind;
  if (account.role === 'admin' && role !== 'admin' && (await countEnabledAdmins(services.db)) <= 1) {
    throw new AppError('conflict', 'This account is the practice’s only administrator, so it cannot become a clinician.');
  }
  const now = services.clock.now();
  await services.db.transaction().execute(async (trx) => {
    if (!(await markInvitationUsed(trx, invitation.id, now))) throw new AppError('not_found', LINK_GONE);
    await setAccountRole(trx, account.id, role, now);
  });
  services.sessionCache.forgetPerson(account.id);
  return { ...account, role, updated_at: now };
}
