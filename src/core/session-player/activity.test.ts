// Covers: effort on the talk test sent as feedback (the contract has no effort field yet), the
// start time taken as now minus the minutes, and minutes kept whole and within limits.
import { describe, expect, it } from 'vitest';
import { buildActivityLog, effortToFeedback } from './activity.js';
import { CLIENT_ID, T0 } from './session-player.fixtures.js';

describe('buildActivityLog', () => {
  it.each([
    ['easy', 'too_easy'],
    ['right', 'right'],
    ['hard', 'too_hard'],
  ] as const)('effort %s is sent as %s', (effort, feedback) => {
    expect(effortToFeedback(effort)).toBe(feedback);
  });

  it('logs one done item that ended now', () => {
    const body = buildActivityLog({
      clientId: CLIENT_ID,
      exerciseId: 'walk-outdoors-flat',
      minutes: 20,
      effort: 'right',
      painBefore: 5,
      painAfter: 4,
      nowMs: T0,
    });
    expect(body).toEqual({
      clientId: CLIENT_ID,
      startedAt: new Date(T0 - 20 * 60_000).toISOString(),
      painBefore: 5,
      painAfter: 4,
      items: [{ exerciseId: 'walk-outdoors-flat', minutes: 20, status: 'done', feedback: 'right' }],
    });
  });

  it.each([
    [0, 1],
    [12.6, 13],
    [900, 600],
  ])('%d minutes are logged as %d', (minutes, logged) => {
    const body = buildActivityLog({
      clientId: CLIENT_ID,
      exerciseId: 'swim-easy-lengths',
      minutes,
      effort: 'easy',
      painBefore: 3,
      painAfter: 3,
      nowMs: T0,
    });
    expect(body.items[0]?.minutes).toBe(logged);
  });
});
