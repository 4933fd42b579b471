/**
 * Password rules for accounts: at least 10 characters, and not one of the passwords people
 * choose most often (a short list compiled from published breach-frequency rankings), nor a
 * common word padded with digits or symbols, nor the person's own email.
 */
import { COMMON_PASSWORDS, COMMON_PASSWORD_STEMS } from './common-passwords.js';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_email';

const KEYBOARD_RUNS = ['0123456789', '9876543210', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz'];

/** Returns the first problem with a password, or `null` when it may be used. */
export function findPasswordProblem(password: string, email = ''): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  const localPart = email.toLowerCase().split('@')[0] ?? '';
  if (localPart.length >= 4 && lower.includes(localPart)) return 'contains_email';
  if (isCommonPassword(lower)) return 'too_common';
  return null;
}

function isCommonPassword(lower: string): boolean {
  if (COMMON_PASSWORDS.has(lower)) return true;
  if (new Set(lower).size <= 2) return true;
  if (KEYBOARD_RUNS.some((run) => run.includes(lower) || isRepeatOf(lower, run))) return true;
  const stem = lower.replace(/[^a-z]+$/u, '').replace(/^[^a-z]+/u, '');
  return stem.length > 0 && COMMON_PASSWORD_STEMS.has(stem.replace(/0/g, 'o').replace(/[1!]/g, 'i').replace(/@/g, 'a').replace(/\$/g, 's').replace(/3/g, 'e'));
}

function isRepeatOf(lower: string, run: string): boolean {
  for (let size = 2; size <= 5; size++) {
    const unit = lower.slice(0, size);
    if (run.includes(unit) && unit.repeat(Math.ceil(lower.length / size)).startsWith(lower)) return true;
  }
  return false;
}
