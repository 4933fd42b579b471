/**
 * Signing in safely (issue 10): the second factor of clinicians and admins (an authenticator app
 * and one-use recovery codes), changing the password, the signed-in devices and signing out
 * everywhere. Every method asks the access policy first.
 */
import { read, write } from '../../core/access/policy.js';
import { AppError } from '../../core/errors.js';
import { findPasswordProblem } from '../../core/password-policy.js';
import { isStepFresh, readTypedCode } from '../../core/second-factor.js';
import type { ChangePasswordRequest, RecoveryCodes, SecondFactorSetup, SecurityOverview } from '../../contract/security.js';
import {
  claimStep,
  confirmPendingSecret,
  countRecoveryCodesLeft,
  findSecondFactor,
  savePendingSecret,
  useRecoveryCode,
  type SecondFactorRecord,
} from '../../db/security.repository.js';
import { endPasswordResets, listUnusedRecoveryCodeHashes } from '../../db/password-reset.repository.js';
import {
  deleteDeviceSession,
  deleteSessionsOfUser,
  findUserById,
  listDeviceSessions,
  markSessionSecondFactor,
  updatePasswordHash,
} from '../../db/user.repository.js';
import { requireAccess } from '../access.js';
import { checkPassword, hashPassword } from '../auth/passwords.js';
import { isSecondFactorRequired } from '../auth/sessions.js';
import { SigninThrottle } from '../auth/signin-throttle.js';
import type { CounterStore } from '../shared-state.js';
import { findCodeStep, newTotpSecret, otpauthUriOf, qrCodeDataUrlOf } from '../auth/totp.js';
import { findMatchingCodeHash } from '../auth/recovery-code-hashes.js';
import type { Config } from '../config.js';
import type { Person, Services } from '../context.js';
import { PASSWORD_MESSAGES } from './account.service.js';
import { storeNewRecoveryCodes } from './recovery-codes.js';

/** Failed codes and passwords counted per account, so neither can be guessed by trying. */
export interface SecurityLimits {
  codes: SigninThrottle;
  passwords: SigninThrottle;
}

/** Codes that may fail per account in the sign-in window (15 minutes). */
const CODE_FAILURES_ALLOWED = 5;

/** The limits, counted in `counters` (shared by every process on PostgreSQL). */
export function createSecurityLimits(config: Pick<Config, 'signinLimitPerEmail' | 'signinWindowMs'>, counters: CounterStore): SecurityLimits {
  return {
    codes: new SigninThrottle(counters, 'codes', CODE_FAILURES_ALLOWED, config.signinWindowMs),
    passwords: new SigninThrottle(counters, 'passwords', config.signinLimitPerEmail, config.signinWindowMs),
  };
}

const ALREADY_SET_UP = 'An authenticator app is already set up for this account. Please enter a code from it to sign in.';
const WRONG_CODE = 'That code did not work. Codes change every 30 seconds: please type the one your app shows now.';
const WRONG_RECOVERY_CODE = 'That recovery code did not work. Each recovery code works only once.';

/**
 * Starts (or restarts) setting up an authenticator app: a new secret, kept until confirmed.
 * Replacing one that is set up asks for the password as well as a session past the code.
 */
export async function startSetup(services: Services, person: Person, password: string | undefined, limits: SecurityLimits): Promise<SecondFactorSetup> {
  await requireAccess(services, person, write('second_factor'), person.id);
  const record = await secondFactorOf(services, person);
  if (record.secret !== null && person.secondFactor !== 'done') throw new AppError('conflict', ALREADY_SET_UP);
  if (record.secret !== null) await checkCurrentPassword(services, person, password ?? '', 'password', limits);
  const secret = newTotpSecret();
  await savePendingSecret(services.db, person.id, secret, services.clock.now());
  const otpauthUri = otpauthUriOf(secret, person.email);
  return { secret, otpauthUri, qrCode: await qrCodeDataUrlOf(otpauthUri) };
}

/** Confirms the new secret with a code from the app: it becomes the account's, this session passes. */
export async function confirmSetup(services: Services, person: Person, code: string, limits: SecurityLimits): Promise<RecoveryCodes> {
  await requireAccess(services, person, write('second_factor'), person.id);
  const record = await secondFactorOf(services, person);
  if (record.secret !== null && person.secondFactor !== 'done') throw new AppError('conflict', ALREADY_SET_UP);
  const pending = record.pendingSecret;
  if (pending === null) throw new AppError('conflict', 'Please start the setup again: no new authenticator is waiting to be confirmed.');
  const nowMs = await checkNotThrottled(services, limits.codes, person);
  const step = findCodeStep(pending, readTypedCode(code)?.code ?? '', nowMs);
  if (step === null) throw codeFailure(WRONG_CODE);
  const now = services.clock.now();
  if (!(await confirmPendingSecret(services.db, person.id, pending, step, now))) {
    throw new AppError('conflict', 'The setup was started again elsewhere. Please use the newest QR code.');
  }
  await limits.codes.clear(person.id);
  const recoveryCodes = await storeNewRecoveryCodes(services, person.id);
  // A new authenticator replaces the old one everywhere: other sessions passed the old one.
  if (record.secret !== null) await endOtherSessions(services, person);
  await markPassed(services, person);
  return { recoveryCodes };
}

/** Finishes signing in with an authenticator code or an unused recovery code. */
export async function passSecondFactor(services: Services, person: Person, code: string, limits: SecurityLimits): Promise<Person> {
  await requireAccess(services, person, write('second_factor'), person.id);
  const record = await secondFactorOf(services, person);
  if (record.secret === null) throw new AppError('conflict', 'This account has no authenticator app yet. Please set one up first.');
  const nowMs = await checkNotThrottled(services, limits.codes, person);
  const typed = readTypedCode(code);
  const passed =
    typed?.kind === 'totp'
      ? await passWithAuthenticator(services, person, record, typed.code, nowMs)
      : typed?.kind === 'recovery' && (await passWithRecoveryCode(services, person, typed.code));
  if (!passed) throw codeFailure(typed?.kind === 'recovery' ? WRONG_RECOVERY_CODE : WRONG_CODE);
  await limits.codes.clear(person.id);
  await markPassed(services, person);
  return { ...person, secondFactor: 'done', signInComplete: true };
}

/** New recovery codes after the password is given again; the old ones stop working. */
export async function renewRecoveryCodes(services: Services, person: Person, password: string, limits: SecurityLimits): Promise<RecoveryCodes> {
  await requireAccess(services, person, write('second_factor'), person.id);
  await checkCurrentPassword(services, person, password, 'password', limits);
  const record = await secondFactorOf(services, person);
  if (record.secret === null) throw new AppError('conflict', 'Recovery codes come with an authenticator app. Please set one up first.');
  return { recoveryCodes: await storeNewRecoveryCodes(services, person.id) };
}

/** The account's second factor (staff only) and its signed-in devices, this one marked. */
export async function getSecurityOverview(services: Services, person: Person): Promise<SecurityOverview> {
  await requireAccess(services, person, read('account'), person.id);
  const sessions = await listDeviceSessions(services.db, person.id, services.clock.now());
  const devices = sessions.map((session) => ({
    id: session.deviceId,
    createdAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    userAgent: session.userAgent,
    current: session.deviceId === person.deviceId,
  }));
  return { secondFactor: person.role === 'person' ? null : await secondFactorStatusOf(services, person), devices };
}

/** Signs one of the account's devices out; true when it was this one. 404 for anyone else's. */
export async function endDevice(services: Services, person: Person, deviceId: string): Promise<boolean> {
  await requireAccess(services, person, write('account'), person.id);
  if (!(await deleteDeviceSession(services.db, person.id, deviceId))) {
    throw new AppError('not_found', 'We could not find that device. It may be signed out already.');
  }
  services.sessionCache.forgetPerson(person.id);
  return deviceId === person.deviceId;
}

/** Signs the account out of every device, this one included. */
export async function signOutEverywhere(services: Services, person: Person): Promise<void> {
  await requireAccess(services, person, write('account'), person.id);
  await deleteSessionsOfUser(services.db, person.id);
  services.sessionCache.forgetPerson(person.id);
}

/** Changes the password after checking the current one; every other device is signed out, every open reset link ended. */
export async function changePassword(services: Services, person: Person, input: ChangePasswordRequest, limits: SecurityLimits): Promise<void> {
  await requireAccess(services, person, write('account'), person.id);
  await checkCurrentPassword(services, person, input.currentPassword, 'currentPassword', limits);
  const problem = findPasswordProblem(input.newPassword, person.email);
  if (problem) throw new AppError('weak_password', PASSWORD_MESSAGES[problem], 'newPassword');
  const now = services.clock.now();
  await updatePasswordHash(services.db, person.id, await hashPassword(input.newPassword), now);
  // A reset link made before the change must not undo it (issue 15).
  await endPasswordResets(services.db, person.id, now);
  await endOtherSessions(services, person);
}

/** Ends every session of the account but this one, at once. */
async function endOtherSessions(services: Services, person: Person): Promise<void> {
  if (person.deviceId === null) await deleteSessionsOfUser(services.db, person.id);
  else await deleteSessionsOfUser(services.db, person.id, person.deviceId);
  services.sessionCache.forgetPerson(person.id);
}

async function secondFactorOf(services: Services, person: Person): Promise<SecondFactorRecord> {
  const record = await findSecondFactor(services.db, person.id);
  if (!record) throw new AppError('not_found', 'This account no longer exists.');
  return record;
}

async function secondFactorStatusOf(services: Services, person: Person) {
  const [record, required, recoveryCodesLeft] = await Promise.all([
    secondFactorOf(services, person),
    isSecondFactorRequired(services),
    countRecoveryCodesLeft(services.db, person.id),
  ]);
  return { state: person.secondFactor, setUp: record.secret !== null, required, recoveryCodesLeft };
}

async function passWithAuthenticator(services: Services, person: Person, record: SecondFactorRecord, code: string, nowMs: number): Promise<boolean> {
  const step = record.secret === null ? null : findCodeStep(record.secret, code, nowMs);
  if (step === null || !isStepFresh(step, record.lastStep)) return false;
  return claimStep(services.db, person.id, step);
}

/** Uses one of the account's unused recovery codes: true when the typed one was among them. */
async function passWithRecoveryCode(services: Services, person: Person, code: string): Promise<boolean> {
  const match = await findMatchingCodeHash(await listUnusedRecoveryCodeHashes(services.db, person.id), code);
  return match !== null && useRecoveryCode(services.db, person.id, match, services.clock.now());
}

/** Marks this session as past the second factor; the cache forgets it so the change shows at once. */
async function markPassed(services: Services, person: Person): Promise<void> {
  if (person.deviceId !== null) await markSessionSecondFactor(services.db, person.id, person.deviceId, services.clock.now());
  services.sessionCache.forgetPerson(person.id);
}

async function checkCurrentPassword(services: Services, person: Person, password: string, field: string, limits: SecurityLimits): Promise<void> {
  await checkNotThrottled(services, limits.passwords, person);
  const row = await findUserById(services.db, person.id);
  if (row && (await checkPassword(row.password_hash, password))) {
    await limits.passwords.clear(person.id);
    return;
  }
  throw new AppError('forbidden', 'That password is not right, so nothing was changed.', field);
}

/** Counts this try before it is checked (so tries sent together cannot all slip under the limit). */
async function checkNotThrottled(services: Services, throttle: SigninThrottle, person: Person): Promise<number> {
  const nowMs = Date.parse(services.clock.now());
  if (await throttle.take(person.id, nowMs)) {
    throw new AppError('rate_limited', 'Too many tries that did not work. Please wait 15 minutes and try again.');
  }
  return nowMs;
}

/** A wrong code: its try was already counted by checkNotThrottled. */
function codeFailure(message: string): AppError {
  return new AppError('invalid_credentials', message, 'code');
}
