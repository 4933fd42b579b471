/** Accounts: sign-up, sign-in, the signed-in person, deletion. */
import { z } from 'zod';
import { ROLES } from '../core/access/policy.js';
import { PASSWORD_MAX_LENGTH } from '../core/password-policy.js';
import { Id, Instant, plainText, TimeZone } from './common.js';

/** An email address, trimmed and in lower case. */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email('Enter an email address like name@example.org.'));
/** A password as typed (its strength is checked by the service, with words for each problem). */
export const Password = z.string().min(1, 'Enter a password.').max(PASSWORD_MAX_LENGTH);
const Name = z.string().trim().min(1).pipe(plainText(80));

export const SignupRequest = z.strictObject({
  email: Email,
  password: Password,
  name: Name.optional(),
  timeZone: TimeZone.optional(),
});
export type SignupRequest = z.input<typeof SignupRequest>;

export const LoginRequest = z.strictObject({ email: Email, password: Password });
export type LoginRequest = z.input<typeof LoginRequest>;

export const Account = z.object({
  id: Id,
  email: z.string(),
  name: z.string().nullable(),
  timeZone: z.string(),
  createdAt: Instant,
  /** 'person', 'clinician' or 'admin'. */
  role: z.enum(ROLES),
  /**
   * The second factor in this session: `off` (people are not asked), `setup_needed` and
   * `code_needed` (signed in with the password only: nothing else opens until it is done),
   * `done`, or `relaxed` (the practice's admin turned the requirement off).
   */
  secondFactor: z.enum(['off', 'setup_needed', 'code_needed', 'done', 'relaxed']),
  /** The number to call for help: the practice's setting, or one that fits the time zone. */
  emergencyNumber: z.string(),
});
export type Account = z.infer<typeof Account>;

export const UpdateAccountRequest = z
  .strictObject({ name: Name.nullable().optional(), timeZone: TimeZone.optional() })
  .refine((body) => body.name !== undefined || body.timeZone !== undefined, {
    message: 'Send a name or a time zone to change.',
  });
export type UpdateAccountRequest = z.input<typeof UpdateAccountRequest>;

/** Deleting an account asks for the password again, so a left-open session cannot do it. */
export const DeleteAccountRequest = z.strictObject({ password: Password });
export type DeleteAccountRequest = z.input<typeof DeleteAccountRequest>;
