/**
 * How recovery codes are kept: each as its own argon2id hash, with its own salt. They were kept
 * as plain SHA-256 hashes: a code has about 49 bits of chance (10 letters of 31), so a copy of
 * the database (a lost backup) could be searched for every account's codes at once, in about a
 * day on one graphics card; now each guess of each code costs an argon2id hash. Codes stored
 * the old way are wrapped in argon2id when the server starts (recovery-codes.ts), and keep working.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { RECOVERY_CODE_COUNT } from '../../core/second-factor.js';

// Lighter than for passwords (passwords.ts): a code is random, not chosen by a person, so a
// few milliseconds per guess already puts its 49 bits far out of reach; a check tries all ten.
const OPTIONS = { memoryCost: 4_096, timeCost: 2, parallelism: 1 };

/** The hash kept for a code (as typed, normalised by the caller). */
export function hashRecoveryCode(code: string): Promise<string> {
  return hash(code, OPTIONS);
}

/** Where a code's SHA-256 from before argon2id is kept wrapped in argon2id: `sha256+` and the argon2id hash of that hex. */
const WRAPPED = 'sha256+';

/** An old SHA-256 code hash, wrapped in argon2id (the code itself is not known, only its SHA-256). */
export async function wrapOldCodeHash(sha256Hex: string): Promise<string> {
  return WRAPPED + (await hash(sha256Hex, OPTIONS));
}

let decoy: Promise<string> | null = null;

/**
 * The stored hash the typed code matches, or null. Every stored hash is tried, each at the cost
 * of one argon2id check (a code kept the old way is checked against a decoy as well), and decoys
 * make up the count to ten: the time taken tells nothing of how many codes an account has, how
 * they are kept, or whether the email has an account at all.
 */
export async function findMatchingCodeHash(stored: readonly string[], typed: string): Promise<string | null> {
  decoy ??= hashRecoveryCode('decoy-codes');
  const decoyHash = await decoy;
  let match: string | null = null;
  for (const storedHash of stored) {
    if (await matches(storedHash, typed, decoyHash)) match = storedHash;
  }
  for (let i = stored.length; i < RECOVERY_CODE_COUNT; i++) await verifyQuietly(decoyHash, typed);
  return match;
}

/** One argon2id check whatever the kind of hash, so every kind takes the same time. */
async function matches(storedHash: string, typed: string, decoyHash: string): Promise<boolean> {
  if (storedHash.startsWith('$argon2')) return verifyQuietly(storedHash, typed);
  if (storedHash.startsWith(WRAPPED)) return verifyQuietly(storedHash.slice(WRAPPED.length), sha256Hex(typed));
  await verifyQuietly(decoyHash, typed);
  return matchesOldSha256(storedHash, typed);
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

async function verifyQuietly(storedHash: string, typed: string): Promise<boolean> {
  try {
    return await verify(storedHash, typed);
  } catch {
    return false;
  }
}

/** A code stored before argon2id: its SHA-256 in hex, compared in constant time. */
function matchesOldSha256(storedHash: string, typed: string): boolean {
  const typedBytes = createHash('sha256').update(typed).digest();
  const storedBytes = Buffer.from(storedHash, 'hex');
  return storedBytes.length === typedBytes.length && timingSafeEqual(storedBytes, typedBytes);
}
