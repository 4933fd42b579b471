/**
 * The rules of getting back into an account after a forgotten password (issue 15): how long a
 * reset link stays open, which accounts may use a recovery code for it, and the address a link
 * points at. Pure: the clock and the token are passed in.
 */

/** Who gave a reset link: the person's clinician, the practice's admin, or a mail. */
export type ResetLinkKind = 'clinician' | 'admin' | 'mail';

/** A link given by hand is open for a day; a mailed one for an hour (mail sits in inboxes). */
const OPEN_HOURS: Record<ResetLinkKind, number> = { clinician: 24, admin: 24, mail: 1 };

/**
 * The earlier open links a new link ends. A link given by hand ends every earlier one; a mailed
 * link, which anyone who knows the email can ask for, ends only earlier mailed ones, so a stranger
 * asking for mail cannot keep cancelling the link a person's clinician or the admin gave them.
 */
export function resetKindsEndedBy(kind: ResetLinkKind): readonly ResetLinkKind[] {
  return kind === 'mail' ? ['mail'] : ['clinician', 'admin', 'mail'];
}

/** A reset link as the rules need it. */
export interface ResetLinkState {
  expiresAt: string;
  usedAt: string | null;
}

/** When a link made at `now` stops working. */
export function resetLinkExpiry(kind: ResetLinkKind, now: string): string {
  return new Date(Date.parse(now) + OPEN_HOURS[kind] * 3_600_000).toISOString();
}

/** True while a link can still be used: not used, not past its end. */
export function isResetLinkOpen(link: ResetLinkState, now: string): boolean {
  return link.usedAt === null && Date.parse(now) < Date.parse(link.expiresAt);
}

/**
 * Recovery codes set a new password only for people. A clinician's or admin's recovery codes
 * stand in for the authenticator app; letting one also replace the password would make one
 * lost paper both factors.
 */
export function mayResetWithCode(role: string): boolean {
  return role === 'person';
}

/**
 * The address of a reset page with its token in the fragment: browsers never send a fragment to
 * the server nor in a Referer, so the token does not land in logs or on other sites.
 */
export function resetPageAddress(base: string, token: string): string {
  return `${base.replace(/\/+$/u, '')}/reset-password#${token}`;
}

/** Reads the token from a reset page's fragment (`#token`); null when it is not one. */
export function readResetToken(hash: string): string | null {
  const token = hash.replace(/^#/u, '');
  return /^[A-Za-z0-9_-]{43}$/u.test(token) ? token : null;
}
