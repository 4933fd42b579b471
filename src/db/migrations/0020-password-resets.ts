/**
 * Password recovery (issue 15): one-use reset links, made by the person's clinician, the
 * practice's admin, or sent by mail. Only the SHA-256 of a link's token is kept; a link ends at
 * `expires_at` or once used. Recovery codes for people reuse `recovery_codes` (hashed, one use).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('password_resets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    /** `clinician`, `admin` or `mail`: who gave the link. */
    .addColumn('kind', 'text', (c) => c.notNull())
    /** The clinician or admin who made it; null for a link sent by mail. */
    .addColumn('made_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('password_resets_user').on('password_resets').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('password_resets').execute();
}
