/**
 * The ways into an account and out of it that take a password: sign-up, sign-in and deletion,
 * each with its counts. The routes only read the request and start or end the session.
 *
 * - Every sign-up and sign-in counts for its address (address-attempts.ts).
 * - A password check counts per account and address, so someone elsewhere cannot lock the owner
 *   out with wrong passwords (issue 16, finding 10), and, with a much higher count, per account
 *   from any address, which still slows guessing spread over many addresses.
 * - A sign-up whose email has an account is answered by TakenAddressAnswers (finding 9).
 */
import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../../core/errors.js';
import type { SignupRequest } from '../../contract/account.js';
import type { UserRow } from '../../db/user.repository.js';
import type { Person, Services } from '../context.js';
import type { Mailer } from '../mail/mailer.js';
import { TakenAddressAnswers } from './signup-taken.js';
import * as accounts from '../services/account.service.js';
import type { CounterStore } from '../shared-state.js';
import { addressAttemptCounter, minutesOf } from './address-attempts.js';
import { SigninThrottle } from './signin-throttle.js';

/** Failures per account from all addresses together, as a multiple of the per-address count. */
const ACCOUNT_WIDE_FACTOR = 10;

export class AccountDoors {
  private readonly countAttempt: (ip: string) => Promise<void>;
  private readonly fromHere: SigninThrottle;
  private readonly accountWide: SigninThrottle;
  private readonly deleteChecks: SigninThrottle;
  private readonly takenAddress: TakenAddressAnswers;

  constructor(
    private readonly services: Services,
    counters: CounterStore,
    log: FastifyBaseLogger,
    mailer: Mailer | null,
  ) {
    const { signinLimitPerEmail, signinWindowMs } = services.config;
    this.countAttempt = addressAttemptCounter(services, counters);
    this.fromHere = new SigninThrottle(counters, 'signin', signinLimitPerEmail, signinWindowMs);
    this.accountWide = new SigninThrottle(counters, 'signin-account', signinLimitPerEmail * ACCOUNT_WIDE_FACTOR, signinWindowMs);
    // The password asked before deleting an account is a password check like any other.
    this.deleteChecks = new SigninThrottle(counters, 'delete-account', signinLimitPerEmail, signinWindowMs);
    this.takenAddress = new TakenAddressAnswers(services, counters, log, mailer);
  }

  /** A new account; for an email that has one, that account (its own password) or 409 `email_taken`. */
  async signUp(ip: string, input: SignupRequest & { email: string }): Promise<UserRow> {
    await this.countAttempt(ip);
    await this.takenAddress.refuseWhenSpent(ip);
    const created = await accounts.signUp(this.services, input);
    return created ?? (await this.takenAddress.answer(ip, () => this.checkPassword(input.email, input.password, ip), input.email));
  }

  /** The account whose email and password these are. */
  async signIn(ip: string, email: string, password: string): Promise<UserRow> {
    await this.countAttempt(ip);
    return this.checkPassword(email, password, ip);
  }

  /** Deletes the person's account once their password is right; only a wrong password keeps its count. */
  async deleteAccount(person: Person, password: string): Promise<void> {
    if (await this.deleteChecks.take(person.id, this.nowMs())) {
      throw new AppError('rate_limited', `Too many wrong passwords. Please wait ${this.windowMinutes()} minutes and try again.`);
    }
    await accounts.deleteAccount(this.services, person, password).catch(async (error: unknown) => {
      if (!(error instanceof AppError && error.code === 'forbidden')) await this.deleteChecks.giveBack(person.id);
      throw error;
    });
  }

  /** A password check, counted per account and address and per account before it is made. */
  private async checkPassword(email: string, password: string, ip: string): Promise<UserRow> {
    const nowMs = this.nowMs();
    const fromHere = `${email}\n${ip}`;
    // Counted before the password is checked, so attempts sent together cannot all slip under the limit.
    const overHere = await this.fromHere.take(fromHere, nowMs);
    const overEverywhere = await this.accountWide.take(email, nowMs);
    if (overHere || overEverywhere) {
      throw new AppError('rate_limited', `Too many attempts for this account. Please wait ${this.windowMinutes()} minutes and try again.`);
    }
    const row = await accounts.signIn(this.services, email, password);
    await this.fromHere.clear(fromHere);
    await this.accountWide.giveBack(email);
    return row;
  }

  private nowMs(): number {
    return Date.parse(this.services.clock.now());
  }

  private windowMinutes(): number {
    return minutesOf(this.services.config.signinWindowMs);
  }
}
