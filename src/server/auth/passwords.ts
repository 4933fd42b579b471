/** Password hashing with argon2id (OWASP's first choice for password storage). */
import { hash, verify } from '@node-rs/argon2';

// OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1 as a minimum. The library's
// default algorithm is argon2id (a test checks the `$argon2id$` prefix).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Hashes a password for storage. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let decoyHash: Promise<string> | null = null;

/**
 * Checks a password against a stored hash. Without a stored hash (no such account) it still
 * does the work of a check, so response times do not reveal which emails have accounts.
 */
export async function checkPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    decoyHash ??= hashPassword('decoy password for unknown accounts');
    await verify(await decoyHash, password);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
