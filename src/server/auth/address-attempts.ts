/**
 * Attempts from one address: sign-up, sign-in and password recovery count together against one
 * limit (issue 16, finding 15: counted apart they allowed twice what the README says), and every
 * refusal for an address uses the same words, so an address cannot tell one count from another.
 */
import { AppError } from '../../core/errors.js';
import type { Services } from '../context.js';
import type { CounterStore } from '../shared-state.js';
import { SigninThrottle } from './signin-throttle.js';

/** The whole minutes of a counting window, as the refusals say them. */
export function minutesOf(windowMs: number): number {
  return Math.ceil(windowMs / 60_000);
}

/** The refusal for an address that has used up its attempts for now. */
export function tooManyFromAddress(windowMs: number): AppError {
  return new AppError('rate_limited', `Too many attempts from this address. Please wait ${minutesOf(windowMs)} minutes and try again.`);
}

/** Counts one attempt from `ip` (its /64 for IPv6: clientAddressKey); throws once the address is over its limit. */
export function addressAttemptCounter(services: Services, counters: CounterStore): (ip: string) => Promise<void> {
  const { signinLimitPerAddress, signinWindowMs } = services.config;
  const perAddress = new SigninThrottle(counters, 'address', signinLimitPerAddress, signinWindowMs);
  return async (ip) => {
    if (await perAddress.take(ip, Date.parse(services.clock.now()))) throw tooManyFromAddress(signinWindowMs);
  };
}
