/** Signing in with a second factor, recovery codes, passwords and signed-in devices (issue 10). */
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../core/password-policy.js';
import { readTypedCode } from '../core/second-factor.js';
import { Id, Instant } from './common.js';

const SECOND_FACTOR_STATES = ['off', 'setup_needed', 'code_needed', 'done', 'relaxed'] as const;

const Password = z.string().min(1, 'Enter your password.').max(PASSWORD_MAX_LENGTH);

/** A 6-digit code from the authenticator app (spaces allowed, as apps show `123 456`). */
const AuthenticatorCode = z
  .string()
  .max(40)
  .refine((text) => readTypedCode(text)?.kind === 'totp', 'Enter the 6-digit code your authenticator app shows.');

/** An authenticator code or one of the recovery codes. */
const AnyCode = z
  .string()
  .max(40)
  .refine((text) => readTypedCode(text) !== null, 'Enter the 6-digit code from your authenticator app, or a recovery code.');

/** What an authenticator app needs: the secret as a QR code, as an address and as text to type. */
export const SecondFactorSetup = z.object({
  /** Base32, for typing into the app by hand. */
  secret: z.string(),
  otpauthUri: z.string(),
  /** An SVG image as a `data:` URL. */
  qrCode: z.string(),
});
export type SecondFactorSetup = z.infer<typeof SecondFactorSetup>;

/**
 * Starting a setup needs no body the first time; replacing an authenticator that is already set
 * up asks for the account's password, so a stolen session alone cannot take the account over.
 */
export const StartSecondFactorRequest = z.strictObject({ password: Password.optional() }).nullish();
export type StartSecondFactorRequest = z.input<typeof StartSecondFactorRequest>;

export const ConfirmSecondFactorRequest = z.strictObject({ code: AuthenticatorCode });
export type ConfirmSecondFactorRequest = z.input<typeof ConfirmSecondFactorRequest>;

export const PassSecondFactorRequest = z.strictObject({ code: AnyCode });
export type PassSecondFactorRequest = z.input<typeof PassSecondFactorRequest>;

/** New one-use recovery codes, shown once; the server keeps only their hashes. */
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof RecoveryCodes>;

/** Asking for new recovery codes needs the password again. */
export const RenewRecoveryCodesRequest = z.strictObject({ password: Password });
export type RenewRecoveryCodesRequest = z.input<typeof RenewRecoveryCodesRequest>;

export const ChangePasswordRequest = z.strictObject({
  currentPassword: Password,
  newPassword: z.string().min(1, 'Enter a new password.').max(PASSWORD_MAX_LENGTH),
});
export type ChangePasswordRequest = z.input<typeof ChangePasswordRequest>;

/** One signed-in session, as the devices list shows it. */
export const Device = z.object({
  /** The session's public id (never the cookie or its hash). */
  id: Id,
  createdAt: Instant,
  lastSeenAt: Instant,
  userAgent: z.string().nullable(),
  /** True for the session this request came with. */
  current: z.boolean(),
});
export type Device = z.infer<typeof Device>;

/** The second factor of a clinician or admin; people have none. */
export const SecondFactorStatus = z.object({
  /** Where this session stands (see Account.secondFactor). */
  state: z.enum(SECOND_FACTOR_STATES),
  /** True once an authenticator app is set up. */
  setUp: z.boolean(),
  /** False when the practice's admin relaxed the requirement. */
  required: z.boolean(),
  recoveryCodesLeft: z.number().int().min(0),
});
export type SecondFactorStatus = z.infer<typeof SecondFactorStatus>;

export const SecurityOverview = z.object({
  secondFactor: SecondFactorStatus.nullable(),
  devices: z.array(Device),
});
export type SecurityOverview = z.infer<typeof SecurityOverview>;
