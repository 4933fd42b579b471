/**
 * What a care invitation shares with the clinician, in the words of the consent a person gives.
 * The access policy (core/access/policy.ts) enforces it; this list is what the person reads.
 */

/** Always shared once a person accepts. */
export const SHARED_AREAS = ['checkins', 'sessions', 'plan_pacing', 'insights', 'outcomes', 'answers'] as const;
export type SharedArea = (typeof SHARED_AREAS)[number];

/** Shared only if the person ticks it (unticked by default): the notes written in check-ins and sessions. */
export const OPTIONAL_SHARES = ['checkin_notes'] as const;
export type OptionalShare = (typeof OPTIONAL_SHARES)[number];

/** Never shared, whatever is ticked. */
export const NEVER_SHARED = ['password', 'other_clinicians_notes'] as const;
export type NeverShared = (typeof NEVER_SHARED)[number];

/** Everything a link shares, given the person's choice about the notes in their check-ins. */
export function sharesOf(shareNotes: boolean): (SharedArea | OptionalShare)[] {
  return shareNotes ? [...SHARED_AREAS, 'checkin_notes'] : [...SHARED_AREAS];
}

/** How long an invitation stays open. */
export const INVITATION_DAYS = 14;

/** When an invitation made at `createdAt` stops working. */
export function invitationExpiry(createdAt: string): string {
  return new Date(Date.parse(createdAt) + INVITATION_DAYS * 86_400_000).toISOString();
}

/** True while an invitation can still be answered at `now`. */
export function isInvitationOpen(invitation: { expiresAt: string; answeredAt: string | null }, now: string): boolean {
  return invitation.answeredAt === null && Date.parse(now) < Date.parse(invitation.expiresAt);
}
