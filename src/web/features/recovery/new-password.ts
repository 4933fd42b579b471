/** What to say about a new password before it is sent: the sign-up rules, in the sign-up words. */
import type { authMessages } from '../auth/messages.js';
import { describePassword } from '../auth/password-hint.js';

type AuthWords = (typeof authMessages)['en'];

/** The problem with a new password in words, or null when it may be sent. */
export function newPasswordProblem(password: string, email: string, m: AuthWords, empty: string): string | null {
  const state = describePassword(password, email);
  switch (state.kind) {
    case 'empty':
      return empty;
    case 'ok':
      return null;
    case 'problem':
      return state.problem === 'too_short' ? m.passwordProblems.too_short(state.missing) : m.passwordProblems[state.problem];
  }
}
