/** Accounts: sign-up, sign-in, changes and deletion (the export is export.service.ts). */
import { AppError } from '../../core/errors.js';
import { findPasswordProblem, PASSWORD_MIN_LENGTH, type PasswordProblem } from '../../core/password-policy.js';
import type { SignupRequest, UpdateAccountRequest } from '../../contract/account.js';
import { countEnabledAdmins } from '../../db/admin.repository.js';
import {
  deleteUserAndData,
  findUserByEmail,
  findUserById,
  insertUser,
  updateUser,
  type UserRow,
} from '../../db/user.repository.js';
import { checkPassword, hashPassword } from '../auth/passwords.js';
import { toPerson } from '../auth/sessions.js';
import { write } from '../../core/access/policy.js';
import { requireAccess } from '../access.js';
import type { Person, Services } from '../context.js';

/** What a person is told about each problem with a new password. */
export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `Use at least ${PASSWORD_MIN_LENGTH} characters. A few words strung together work well.`,
  too_long: 'That password is longer than we can accept.',
  too_common: 'That password is one of the most common ones and easy to guess. Please choose another.',
  contains_email: 'Please choose a password that does not contain your email address.',
};

/**
 * Creates an account when the email is free and the password acceptable; null when the email
 * already has an account (the caller decides what to answer: see the sign-up route).
 */
export async function signUp(services: Services, input: SignupRequest & { email: string }): Promise<UserRow | null> {
  const problem = findPasswordProblem(input.password, input.email);
  if (problem) throw new AppError('weak_password', PASSWORD_MESSAGES[problem], 'password');
  const now = services.clock.now();
  const row: UserRow = {
    id: services.newId(),
    email: input.email,
    password_hash: await hashPassword(input.password),
    name: input.name ?? null,
    time_zone: input.timeZone ?? 'UTC',
    created_at: now,
    updated_at: now,
    role: 'person',
    disabled_at: null,
    totp_secret: null,
    totp_pending_secret: null,
    totp_last_step: null,
  };
  return (await insertUser(services.db, row)) ? row : null;
}

/**
 * Checks an email and password; the same answer whether the email or the password is wrong. A
 * disabled account is told so only after the right password.
 */
export async function signIn(services: Services, email: string, password: string): Promise<UserRow> {
  const row = await findUserByEmail(services.db, email);
  const ok = await checkPassword(row?.password_hash ?? null, password);
  if (!row || !ok) throw new AppError('invalid_credentials', 'That email and password do not match an account.');
  if (row.disabled_at !== null) {
    throw new AppError('forbidden', 'This account has been turned off by the practice. Please ask its administrator.');
  }
  return row;
}

/** Changes the person's name or time zone. */
export async function updateAccount(services: Services, person: Person, changes: UpdateAccountRequest): Promise<Person> {
  await requireAccess(services, person, write('account'), person.id);
  services.sessionCache.forgetPerson(person.id);
  await updateUser(services.db, person.id, {
    ...(changes.name !== undefined ? { name: changes.name } : {}),
    ...(changes.timeZone !== undefined ? { time_zone: changes.timeZone } : {}),
    updated_at: services.clock.now(),
  });
  // Again once written: a request that read the account while the change waited for its commit
  // must not keep the old one in the cache.
  services.sessionCache.forgetPerson(person.id);
  const row = await findUserById(services.db, person.id);
  if (!row) throw new AppError('not_found', 'This account no longer exists.');
  return { ...toPerson(row), secondFactor: person.secondFactor, signInComplete: person.signInComplete, deviceId: person.deviceId };
}

/** Deletes the account and everything in it, after the password is confirmed. */
export async function deleteAccount(services: Services, person: Person, password: string): Promise<void> {
  await requireAccess(services, person, write('account'), person.id);
  const row = await findUserById(services.db, person.id);
  if (!row || !(await checkPassword(row.password_hash, password))) {
    throw new AppError('forbidden', 'That password is not right, so nothing was deleted.', 'password');
  }
  if (person.role === 'admin' && row.disabled_at === null && (await countEnabledAdmins(services.db)) <= 1) {
    throw new AppError('conflict', 'This is the practice’s last admin account. Make another admin first, so someone can still run the practice.');
  }
  services.sessionCache.forgetPerson(person.id);
  await deleteUserAndData(services.db, person.id, services.clock.now());
  services.sessionCache.forgetPerson(person.id);
}
