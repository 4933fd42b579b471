/** The second factor of an account: its authenticator secret, the last step used, recovery codes. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Where an account stands with its authenticator. */
export interface SecondFactorRecord {
  secret: string | null;
  pendingSecret: string | null;
  lastStep: number | null;
}

/** The account's authenticator secrets and last step, or undefined when there is no account. */
export async function findSecondFactor(db: Kysely<Database>, userId: string): Promise<SecondFactorRecord | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['totp_secret', 'totp_pending_secret', 'totp_last_step'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!row) return undefined;
  const lastStep = row.totp_last_step === null ? null : Number(row.totp_last_step);
  return { secret: row.totp_secret, pendingSecret: row.totp_pending_secret, lastStep };
}

/** Keeps a secret shown to the account but not yet confirmed with a code. */
export async function savePendingSecret(db: Kysely<Database>, userId: string, secret: string, at: string): Promise<void> {
  await db.updateTable('users').set({ totp_pending_secret: secret, updated_at: at }).where('id', '=', userId).execute();
}

/**
 * Makes the pending secret the account's authenticator, with its first step used; false when
 * the pending secret changed meanwhile (another setup started).
 */
export async function confirmPendingSecret(db: Kysely<Database>, userId: string, secret: string, step: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_secret: secret, totp_pending_secret: null, totp_last_step: step, updated_at: at })
    .where('id', '=', userId)
    .where('totp_pending_secret', '=', secret)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Uses a time step: true only when it is later than the last one used, so two requests with the
 * same code cannot both pass, even at the same moment.
 */
export async function claimStep(db: Kysely<Database>, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces every recovery code of the account with new ones (their hashes). */
export async function replaceRecoveryCodes(db: Kysely<Database>, userId: string, codeHashes: readonly string[], at: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    await trx
      .insertInto('recovery_codes')
      .values(codeHashes.map((code_hash) => ({ user_id: userId, code_hash, created_at: at, used_at: null })))
      .execute();
  });
}

/** Uses a recovery code once: true when it was the account's and not used before. */
export async function useRecoveryCode(db: Kysely<Database>, userId: string, codeHash: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How many of the account's recovery codes are still unused. */
export async function countRecoveryCodesLeft(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll().as('left'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.left ?? 0);
}

/** Up to `limit` unused recovery codes still kept as plain SHA-256 hashes (made before argon2id). */
export async function listPlainSha256RecoveryCodes(db: Kysely<Database>, limit: number): Promise<{ userId: string; codeHash: string }[]> {
  const rows = await db
    .selectFrom('recovery_codes')
    .select(['user_id', 'code_hash'])
    .where('used_at', 'is', null)
    .where('code_hash', 'not like', '$argon2%')
    .where('code_hash', 'not like', 'sha256+%')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ userId: row.user_id, codeHash: row.code_hash }));
}

/** Replaces one stored code hash with another, only if it is still the one read (another process may have done it). */
export async function replaceRecoveryCodeHash(db: Kysely<Database>, userId: string, from: string, to: string): Promise<boolean> {
  const result = await db.updateTable('recovery_codes').set({ code_hash: to }).where('user_id', '=', userId).where('code_hash', '=', from).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
