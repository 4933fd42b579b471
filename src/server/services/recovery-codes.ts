/** Making an account's recovery codes, shared by the security page and password recovery. */
import { readTypedCode } from '../../core/second-factor.js';
import { replaceRecoveryCodes } from '../../db/security.repository.js';
import { hashRecoveryCode } from '../auth/recovery-code-hashes.js';
import { newRecoveryCodes } from '../auth/totp.js';
import type { Services } from '../context.js';

/** Ten new codes for the account, kept as argon2id hashes in place of the old ones; returned to show once. */
export async function storeNewRecoveryCodes(services: Services, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map((code) => hashRecoveryCode(readTypedCode(code)?.code ?? code)));
  await replaceRecoveryCodes(services.db, userId, hashes, services.clock.now());
  return codes;
}
