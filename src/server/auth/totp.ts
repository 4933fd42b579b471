/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps) with the
 * `otpauth` library, the QR code that carries the secret to an authenticator app (`qrcode`), and
 * recovery codes. Which step may be used is core/second-factor.ts's rule.
 */
import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import {
  formatRecoveryCode,
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_LENGTH,
  TOTP_DIGITS,
  TOTP_PERIOD_SECONDS,
  TOTP_WINDOW_STEPS,
} from '../../core/second-factor.js';

export const TOTP_ISSUER = 'Pacewise';
const SECRET_BYTES = 20;

function totpOf(secret: string, label = ''): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** A new secret of 20 random bytes, in base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32;
}

/** The `otpauth://` address an authenticator app reads from the QR code. */
export function otpauthUriOf(secret: string, email: string): string {
  return totpOf(secret, email).toString();
}

/** The time step of `nowMs` (the number of 30-second periods since 1970). */
export function stepAt(nowMs: number): number {
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: nowMs });
}

/** The code of a secret at an instant (for tests and the browser walk). */
export function codeAt(secret: string, nowMs: number): string {
  return totpOf(secret).generate({ timestamp: nowMs });
}

/**
 * The time step a code belongs to when it is right for a step within ±1 of `nowMs`; null when
 * it is not. The caller still checks the step was not used before (`isStepFresh`).
 */
export function findCodeStep(secret: string, code: string, nowMs: number): number | null {
  const delta = totpOf(secret).validate({ token: code, timestamp: nowMs, window: TOTP_WINDOW_STEPS });
  return delta === null ? null : stepAt(nowMs) + delta;
}

/** The QR code of a text as an SVG data URL, for an `<img>` (the CSP allows `data:` images). */
export async function qrCodeDataUrlOf(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** Ten new recovery codes, written `abcde-fghjk`; each is random from a 31-letter alphabet. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    let code = '';
    for (let i = 0; i < RECOVERY_CODE_LENGTH; i++) code += RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)];
    return formatRecoveryCode(code);
  });
}
