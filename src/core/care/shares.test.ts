// What an invitation shares: the five areas always, the check-in notes only when ticked; it
// stays open for 14 days and never after an answer.
import { describe, expect, it } from 'vitest';
import { invitationExpiry, isInvitationOpen, sharesOf } from './shares.js';

describe('sharesOf', () => {
  it.each([
    [false, ['checkins', 'sessions', 'plan_pacing', 'insights', 'outcomes', 'answers']],
    [true, ['checkins', 'sessions', 'plan_pacing', 'insights', 'outcomes', 'answers', 'checkin_notes']],
  ])('with notes %s shares %j', (shareNotes, shares) => {
    expect(sharesOf(shareNotes)).toEqual(shares);
  });
});

describe('the invitation window', () => {
  const createdAt = '2026-11-24T10:00:00.000Z';
  const expiresAt = invitationExpiry(createdAt);
  it('ends 14 days after it was made', () => {
    expect(expiresAt).toBe('2026-12-08T10:00:00.000Z');
  });
  it.each([
    ['2026-11-24T10:00:00.000Z', null, true],
    ['2026-12-08T09:59:59.999Z', null, true],
    ['2026-12-08T10:00:00.000Z', null, false],
    ['2026-11-25T10:00:00.000Z', '2026-11-25T09:00:00.000Z', false],
  ])('at %s (answered %s) open is %s', (now, answeredAt, open) => {
    expect(isInvitationOpen({ expiresAt, answeredAt }, now)).toBe(open);
  });
});
