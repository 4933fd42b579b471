/** Password reset links (only their token's SHA-256) and the recovery codes a reset may use. */
import type { Kysely } from 'kysely';
import { resetKindsEndedBy, type ResetLinkKind } from '../core/password-recovery.js';
import type { Database } from './schema.js';

/** A reset link as stored, decoded. */
export interface PasswordReset {
  id: string;
  userId: string;
  kind: ResetLinkKind;
  expiresAt: string;
  usedAt: string | null;
}

/** A new link to store. */
export interface NewPasswordReset {
  id: string;
  userId: string;
  tokenHash: string;
  kind: ResetLinkKind;
  madeBy: string | null;
  createdAt: string;
  expiresAt: string;
}

const KINDS: readonly ResetLinkKind[] = ['clinician', 'admin', 'mail'];

function kindOf(value: string): ResetLinkKind {
  const kind = KINDS.find((k) => k === value);
  if (!kind) throw new Error(`unknown password reset kind ${value}`);
  return kind;
}

/** Stores a new link; the earlier open links it replaces stop working (see resetKindsEndedBy). */
export async function insertPasswordReset(db: Kysely<Database>, link: NewPasswordReset): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('password_resets')
      .set({ used_at: link.createdAt })
      .where('user_id', '=', link.userId)
      .where('used_at', 'is', null)
      .where('kind', 'in', [...resetKindsEndedBy(link.kind)])
      .execute();
    await trx
      .insertInto('password_resets')
      .values({
        id: link.id, user_id: link.userId, token_hash: link.tokenHash, kind: link.kind, made_by: link.madeBy,
        created_at: link.createdAt, expires_at: link.expiresAt, used_at: null,
      })
      .execute();
  });
}

/** The link behind a token's hash, or undefined. */
export async function findPasswordReset(db: Kysely<Database>, tokenHash: string): Promise<PasswordReset | undefined> {
  const row = await db
    .selectFrom('password_resets')
    .select(['id', 'user_id', 'kind', 'expires_at', 'used_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row && { id: row.id, userId: row.user_id, kind: kindOf(row.kind), expiresAt: row.expires_at, usedAt: row.used_at };
}

/**
 * Uses a link once: true only for the one request that marks it used while it is still open, so
 * two requests with the same link cannot both set a password.
 */
export async function claimPasswordReset(db: Kysely<Database>, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends every open link of the account (after its password changed by any way). */
export async function endPasswordResets(db: Kysely<Database>, userId: string, now: string): Promise<void> {
  await db.updateTable('password_resets').set({ used_at: now }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
}

/** The hashes of the account's unused recovery codes (to compare in constant time). */
export async function listUnusedRecoveryCodeHashes(db: Kysely<Database>, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('recovery_codes')
    .select('code_hash')
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
  return rows.map((row) => row.code_hash);
}
