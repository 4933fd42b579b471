/** What to tell a person about the password they are typing, from the core password policy. */
import {
  findPasswordProblem,
  PASSWORD_MIN_LENGTH,
  type PasswordProblem,
} from '../../../core/password-policy.js';

export type PasswordState =
  | { kind: 'empty' }
  | { kind: 'problem'; problem: PasswordProblem; missing: number }
  | { kind: 'ok' };

/** The state of a password so far; `missing` counts characters still needed when too short. */
export function describePassword(password: string, email: string): PasswordState {
  if (password.length === 0) return { kind: 'empty' };
  const problem = findPasswordProblem(password, email);
  if (problem === null) return { kind: 'ok' };
  const missing = Math.max(0, PASSWORD_MIN_LENGTH - [...password].length);
  return { kind: 'problem', problem, missing };
}
