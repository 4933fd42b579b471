/** The practice's administration: one-use account links, staff accounts, the audit log. */
import type { Insertable, Kysely } from 'kysely';
import { isRole, type Role } from '../core/access/policy.js';
import { isInvitationKind, type InvitationKind } from '../core/practice-admin.js';
import type { AccountInvitationsTable, Database } from './schema.js';

/** A one-use link as services see it. */
export interface AccountInvitation {
  id: string;
  kind: InvitationKind;
  email: string;
  name: string | null;
  invitedByName: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  withdrawnAt: string | null;
}

/** A clinician or admin account. */
export interface StaffAccount {
  id: string;
  name: string | null;
  email: string;
  role: Role;
  createdAt: string;
  disabledAt: string | null;
  secondFactorSetUp: boolean;
}

/** One line of the audit log, with the patient's current name. */
export interface AuditLine {
  at: string;
  actorName: string | null;
  actorRole: string;
  patientId: string | null;
  patientName: string | null;
  action: string;
}

const STAFF_ROLES = ['clinician', 'admin'];

/** Stores a new one-use link (its token only as a hash). */
export async function insertAccountInvitation(db: Kysely<Database>, row: Insertable<AccountInvitationsTable>): Promise<void> {
  await db.insertInto('account_invitations').values(row).execute();
}

/** The link whose token hashes to `tokenHash`, whatever its state; undefined when unknown. */
export async function findInvitationByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<AccountInvitation | undefined> {
  const row = await db
    .selectFrom('account_invitations as i')
    .leftJoin('users as u', 'u.id', 'i.invited_by')
    .select(['i.id', 'i.kind', 'i.email', 'i.name', 'i.created_at', 'i.expires_at', 'i.used_at', 'i.withdrawn_at', 'u.name as inviter_name', 'u.email as inviter_email'])
    .where('i.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || !isInvitationKind(row.kind)) return undefined;
  return {
    id: row.id,
    kind: row.kind,
    email: row.email,
    name: row.name,
    invitedByName: row.inviter_name ?? row.inviter_email ?? null,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    withdrawnAt: row.withdrawn_at,
  };
}

/** Marks a link used if it is still open at `now`; false when another request used it first. */
export async function markInvitationUsed(db: Kysely<Database>, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('account_invitations')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Withdraws open links: one by id, or every open link of a kind for an email. */
export async function withdrawInvitations(
  db: Kysely<Database>,
  which: { id: string } | { email: string; kind: InvitationKind },
  now: string,
): Promise<number> {
  let query = db
    .updateTable('account_invitations')
    .set({ withdrawn_at: now })
    .where('used_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .where('expires_at', '>', now);
  query = 'id' in which ? query.where('id', '=', which.id) : query.where('email', '=', which.email).where('kind', '=', which.kind);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Links still open at `now`, newest first. */
export async function listOpenInvitations(db: Kysely<Database>, now: string) {
  const rows = await db
    .selectFrom('account_invitations')
    .select(['id', 'kind', 'email', 'name', 'created_at', 'expires_at'])
    .where('used_at', 'is', null)
    .where('withdrawn_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.flatMap((row) =>
    isInvitationKind(row.kind)
      ? [{ id: row.id, kind: row.kind, email: row.email, name: row.name, createdAt: row.created_at, expiresAt: row.expires_at }]
      : [],
  );
}

const STAFF_COLUMNS = ['id', 'name', 'email', 'role', 'created_at', 'disabled_at', 'totp_secret'] as const;

function toStaffAccount(row: { id: string; name: string | null; email: string; role: string; created_at: string; disabled_at: string | null; totp_secret: string | null }): StaffAccount {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: isRole(row.role) ? row.role : 'person',
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
    secondFactorSetUp: row.totp_secret !== null,
  };
}

/** Every clinician and admin account, admins first, then by name. */
export async function listStaffAccounts(db: Kysely<Database>): Promise<StaffAccount[]> {
  const rows = await db.selectFrom('users').select(STAFF_COLUMNS).where('role', 'in', STAFF_ROLES).orderBy('role').orderBy('email').execute();
  return rows.map(toStaffAccount);
}

/** Any account by id, in the staff shape (role says whether it is staff). */
export async function findAccountForStaffList(db: Kysely<Database>, id: string): Promise<StaffAccount | undefined> {
  const row = await db.selectFrom('users').select(STAFF_COLUMNS).where('id', '=', id).executeTakeFirst();
  return row ? toStaffAccount(row) : undefined;
}

/** How many admin accounts are enabled. */
export async function countEnabledAdmins(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Turns an account off (ending every session of it in the same transaction) or back on. */
export async function setAccountDisabled(db: Kysely<Database>, id: string, disabledAt: string | null, now: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ disabled_at: disabledAt, updated_at: now }).where('id', '=', id).execute();
    if (disabledAt !== null) await trx.deleteFrom('auth_sessions').where('user_id', '=', id).execute();
  });
}

/** Gives an existing account a role. */
export async function setAccountRole(db: Kysely<Database>, id: string, role: Role, now: string): Promise<void> {
  await db.updateTable('users').set({ role, updated_at: now }).where('id', '=', id).execute();
}

/** The audit log from `fromInstant` (included) to `toInstant` (excluded), oldest first. */
export async function listAuditLines(db: Kysely<Database>, fromInstant: string, toInstant: string): Promise<AuditLine[]> {
  const rows = await db
    .selectFrom('audit_events as a')
    .leftJoin('users as p', 'p.id', 'a.patient_id')
    .select(['a.at', 'a.actor_name', 'a.actor_role', 'a.patient_id', 'p.name as patient_name', 'p.email as patient_email', 'a.id'])
    .where('a.at', '>=', fromInstant)
    .where('a.at', '<', toInstant)
    .orderBy('a.at')
    .orderBy('a.id')
    .select('a.action')
    .execute();
  return rows.map((row) => ({
    at: row.at,
    actorName: row.actor_name,
    actorRole: row.actor_role,
    patientId: row.patient_id,
    patientName: row.patient_name ?? row.patient_email ?? null,
    action: row.action,
  }));
}

/** A practice setting with when and by whom it was last changed; undefined when never set. */
export async function findSettingRecord(db: Kysely<Database>, key: string) {
  const row = await db
    .selectFrom('practice_settings as s')
    .leftJoin('users as u', 'u.id', 's.updated_by')
    .select(['s.value', 's.updated_at', 'u.name', 'u.email'])
    .where('s.key', '=', key)
    .executeTakeFirst();
  return row ? { value: row.value, updatedAt: row.updated_at, updatedBy: row.name ?? row.email ?? null } : undefined;
}
