/**
 * Sign-up with an email that has an account, and that account's own password, signs in to it
 * (issue 16, finding 9). The web tells by the account's age: an account made more than ten
 * minutes before the request was sent was not made by it (ten minutes leaves room for a
 * device clock that is off).
 */
const MADE_BY_THIS_REQUEST_WITHIN_MS = 10 * 60_000;

/** True when the account answered to a sign-up existed before the sign-up was sent. */
export function isExistingAccount(account: { createdAt: string }, sentAtMs: number): boolean {
  return Date.parse(account.createdAt) < sentAtMs - MADE_BY_THIS_REQUEST_WITHIN_MS;
}
