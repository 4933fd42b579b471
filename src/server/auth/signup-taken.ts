/**
 * Sign-up with an email that already has an account (issue 16, finding 9). The contract answers a
 * new address with 201 and a session, which cannot be given for someone else's account, so a
 * taken address is answered apart; what it can tell is kept small:
 * - with the account's own password it is a sign-in, counted as one, and answered like a new account;
 * - with another password it is 409 `email_taken`, and each such answer counts for the address:
 *   after a few, every sign-up from there is refused for a while, whatever the email, so the
 *   list of who uses the practice cannot be read off at speed;
 * - when the practice sends mail, the owner is told someone tried (at most once an hour).
 */
import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../../core/errors.js';
import { findUserByEmail, type UserRow } from '../../db/user.repository.js';
import { SigninThrottle } from './signin-throttle.js';
import type { Services } from '../context.js';
import { tooManyFromAddress } from './address-attempts.js';
import type { Mailer } from '../mail/mailer.js';
import { MAIL_MESSAGES } from '../mail/messages.js';
import type { CounterStore } from '../shared-state.js';

/** `email_taken` answers one address may get in a sign-in window before its sign-ups are refused. */
export const TAKEN_ANSWERS_PER_ADDRESS = 3;
const HOUR_MS = 3_600_000;

export class TakenAddressAnswers {
  private readonly answers: SigninThrottle;
  private readonly mails: SigninThrottle;

  constructor(
    private readonly services: Services,
    counters: CounterStore,
    private readonly log: FastifyBaseLogger,
    private readonly mailer: Mailer | null,
  ) {
    this.answers = new SigninThrottle(counters, 'signup-taken', TAKEN_ANSWERS_PER_ADDRESS, services.config.signinWindowMs);
    this.mails = new SigninThrottle(counters, 'signup-taken-mail', 1, HOUR_MS);
  }

  /** 429 for a sign-up from an address that has had its `email_taken` answers (read only: a new account counts nothing). */
  async refuseWhenSpent(ip: string): Promise<void> {
    if (await this.answers.isSpent(ip, this.nowMs())) throw tooManyFromAddress(this.services.config.signinWindowMs);
  }

  /**
   * The answer to a sign-up whose email has an account: the account when the password is its own
   * (a sign-in), otherwise 409 `email_taken`. Counted for the address as soon as the email is
   * known to be taken, atomically, so sign-ups sent together cannot all get past the count; a
   * sign-in that works gives its count back.
   */
  async answer(ip: string, signIn: () => Promise<UserRow>, email: string): Promise<UserRow> {
    if (await this.answers.take(ip, this.nowMs())) throw tooManyFromAddress(this.services.config.signinWindowMs);
    try {
      const row = await signIn();
      await this.answers.giveBack(ip);
      return row;
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'invalid_credentials')) {
        await this.answers.giveBack(ip);
        throw error;
      }
      this.tellOwner(email);
      throw new AppError('email_taken', 'An account with this email already exists. Sign in, or set a new password from the sign-in page if you have forgotten it.', 'email');
    }
  }

  /** Mails the owner, without waiting: the answer's timing does not depend on the mail. */
  private tellOwner(email: string): void {
    const { mailer, services } = this;
    const base = services.config.publicUrl;
    if (!mailer || !base) return;
    const send = async () => {
      const row = await findUserByEmail(services.db, email);
      if (!row || row.disabled_at !== null || (await this.mails.take(row.id, this.nowMs()))) return;
      const words = MAIL_MESSAGES.en;
      // A mail that could not be sent does not use up the hour's one.
      await mailer.send({ to: row.email, subject: words.takenSubject, text: words.takenBody(new URL('/signin', base).href) }).catch(async (error: unknown) => {
        await this.mails.giveBack(row.id);
        throw error;
      });
    };
    send().catch((error: unknown) => this.log.warn({ err: error }, 'could not mail the owner of an email given at sign-up'));
  }

  private nowMs(): number {
    return Date.parse(this.services.clock.now());
  }
}
