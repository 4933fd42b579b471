/** Making an account's recovery codes, shared by the security page and password recovery. */
import { readTypedCode } from '../../core/second-factor.js';
import { listPlainSha256RecoveryCodes, replaceRecoveryCodeHash, replaceRecoveryCodes } from '../../db/security.repository.js';
import { hashRecoveryCode, wrapOldCodeHash } from '../auth/recovery-code-hashes.js';
import { newRecoveryCodes } from '../auth/totp.js';
import type { Services } from '../context.js';

/** Ten new codes for the account, kept as argon2id hashes in place of the old ones; returned to show once. */
export async function storeNewRecoveryCodes(services: Services, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map((code) => hashRecoveryCode(readTypedCode(code)?.code ?? code)));
  await replaceRecoveryCodes(services.db, userId, hashes, services.clock.now());
  return codes;
}

const UPGRADE_CHUNK = 50;

/**
 * Wraps every unused recovery code still kept as plain SHA-256 in argon2id, a few at a time, so
 * a copy of the database made from now on cannot be searched for them either. Run once when the
 * server starts; each code is replaced only if it is still the one read, so several processes
 * may run it together. Returns how many were wrapped.
 */
export async function wrapOldRecoveryCodes(services: Services): Promise<number> {
  let wrapped = 0;
  for (;;) {
    const old = await listPlainSha256RecoveryCodes(services.db, UPGRADE_CHUNK);
    let progress = 0;
    for (const code of old) {
      if (await replaceRecoveryCodeHash(services.db, code.userId, code.codeHash, await wrapOldCodeHash(code.codeHash))) progress += 1;
    }
    // Nothing left, or nothing this chunk could change (another process is at the same rows).
    if (progress === 0) return wrapped;
    wrapped += progress;
  }
}
