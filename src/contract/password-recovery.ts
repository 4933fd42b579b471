/** Getting back in after a forgotten password (issue 15): recovery codes, reset links, mail. */
import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../core/password-policy.js';
import { readTypedCode } from '../core/second-factor.js';
import { Email } from './account.js';
import { Instant } from './common.js';

const NewPassword = z.string().min(1, 'Enter a new password.').max(PASSWORD_MAX_LENGTH);

/** A recovery code as typed: `abcde-fghjk`, spaces, dashes and capitals allowed. */
const RecoveryCode = z
  .string()
  .max(40)
  .refine((text) => readTypedCode(text)?.kind === 'recovery', 'Enter one of your recovery codes: ten letters and numbers, like abcde-fghjk.');

/** The token of a reset link: 32 random bytes in base64url. */
const ResetToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/u, 'This link is not complete. Please open the whole link you were given.');

/** Which ways back in this practice offers: mail only when it configured a mail server. */
export const RecoveryOptions = z.object({ mail: z.boolean() });
export type RecoveryOptions = z.infer<typeof RecoveryOptions>;

export const RecoveryMailRequest = z.strictObject({ email: Email });
export type RecoveryMailRequest = z.input<typeof RecoveryMailRequest>;

/** A new password with one of the person's recovery codes. */
export const CodeResetRequest = z.strictObject({ email: Email, code: RecoveryCode, newPassword: NewPassword });
export type CodeResetRequest = z.input<typeof CodeResetRequest>;

/** A new password with the token of a reset link (sent in the body, never in an address). */
export const LinkResetRequest = z.strictObject({ token: ResetToken, newPassword: NewPassword });
export type LinkResetRequest = z.input<typeof LinkResetRequest>;

/** The admin names the account by its email. */
export const AdminResetLinkRequest = z.strictObject({ email: Email });
export type AdminResetLinkRequest = z.input<typeof AdminResetLinkRequest>;

/** A reset link, shown once: only its hash is kept. */
export const ResetLink = z.object({ link: z.string(), expiresAt: Instant });
export type ResetLink = z.infer<typeof ResetLink>;

/** How many of the person's recovery codes are unused. */
export const RecoveryCodesLeft = z.object({ left: z.number().int().min(0) });
export type RecoveryCodesLeft = z.infer<typeof RecoveryCodesLeft>;
