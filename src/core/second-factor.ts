/**
 * The rules of the second factor that need no cryptography: how a typed code is read (a 6-digit
 * authenticator code or a recovery code), which time step a code may still use, and how secrets
 * and recovery codes are written for people.
 */

export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** How many time steps either side of now a code may come from (clocks drift, people type). */
export const TOTP_WINDOW_STEPS = 1;

export const RECOVERY_CODE_COUNT = 10;
export const RECOVERY_CODE_LENGTH = 10;
/** Lower-case letters and digits without the look-alikes 0/o, 1/l/i. */
export const RECOVERY_CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** What a person typed, read as one kind of code. */
export type TypedCode = { kind: 'totp'; code: string } | { kind: 'recovery'; code: string };

/** Reads a typed code; spaces and dashes are ignored and letters may be in either case. */
export function readTypedCode(input: string): TypedCode | null {
  const compact = input.replace(/[\s-]/gu, '').toLowerCase();
  if (compact.length === TOTP_DIGITS && /^\d+$/u.test(compact)) return { kind: 'totp', code: compact };
  if (isRecoveryCode(compact)) return { kind: 'recovery', code: compact };
  return null;
}

/** True for a recovery code in its compact form (no dash). */
export function isRecoveryCode(compact: string): boolean {
  return compact.length === RECOVERY_CODE_LENGTH && [...compact].every((c) => RECOVERY_CODE_ALPHABET.includes(c));
}

/**
 * A code's time step may be used once: only a step later than the last one accepted counts, so
 * neither the same code nor an older one can be replayed.
 */
export function isStepFresh(step: number, lastStep: number | null): boolean {
  return lastStep === null || step > lastStep;
}

/** A recovery code as people read it: two groups of five, `abcde-fghjk`. */
export function formatRecoveryCode(compact: string): string {
  const half = Math.ceil(compact.length / 2);
  return `${compact.slice(0, half)}-${compact.slice(half)}`;
}

/** A secret in groups of four for typing into an authenticator app: `ABCD EFGH …`. */
export function groupSecret(secret: string): string {
  return (secret.match(/.{1,4}/gu) ?? []).join(' ');
}
