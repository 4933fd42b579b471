/**
 * The counts that keep password recovery from being guessed (issue 15). Codes are counted per
 * email and address (tight, so someone elsewhere cannot lock the owner out: issue 16, finding 10)
 * and per email from every address (ten times looser, so guessing spread over many addresses
 * still slows down). The password asked before making codes shares its count with the security
 * page's password checks, and mail requests are counted per email.
 */
import { SigninThrottle } from '../auth/signin-throttle.js';
import type { Config } from '../config.js';
import type { CounterStore } from '../shared-state.js';

/** The throttles of password recovery. */
export interface RecoveryLimits {
  codesHere: SigninThrottle;
  codesAnywhere: SigninThrottle;
  passwords: SigninThrottle;
  mails: SigninThrottle;
}

/** Codes that may fail per email and address in the window (15 minutes). */
export const CODE_TRIES_ALLOWED = 5;
/** Mails that may be asked for one email in the window. */
export const MAILS_ALLOWED = 3;

/** The throttles, counted in `counters` (shared by every process on PostgreSQL). */
export function createRecoveryLimits(config: Pick<Config, 'signinLimitPerEmail' | 'signinWindowMs'>, counters: CounterStore): RecoveryLimits {
  const window = config.signinWindowMs;
  return {
    codesHere: new SigninThrottle(counters, 'recovery-code', CODE_TRIES_ALLOWED, window),
    codesAnywhere: new SigninThrottle(counters, 'recovery-code-account', CODE_TRIES_ALLOWED * 10, window),
    // The same name as the security page's password throttle: one count per account for both.
    passwords: new SigninThrottle(counters, 'passwords', config.signinLimitPerEmail, window),
    mails: new SigninThrottle(counters, 'recovery-mail', MAILS_ALLOWED, window),
  };
}
