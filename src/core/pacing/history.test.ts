// The quota of each day from a replay: insights compare a day with it even when no week was opened.
import { describe, expect, it } from 'vitest';
import { TEST_INDEX, WALKING, checkin, day, session, walk } from './pacing.fixtures.js';
import { quotaHistory } from './history.js';

describe('quotaHistory', () => {
  it('gives every replayed day the quota volumes at its start', () => {
    const events = [0, 1, 2, 3].flatMap((n) => [checkin(n, 3), session(n, [walk(10)])]);
    const history = quotaHistory(events, { exercises: TEST_INDEX, today: day(4) });
    expect([...history.keys()]).toEqual([day(0), day(1), day(2), day(3), day(4)]);
    expect(history.get(day(0))).toEqual({});
    expect(history.get(day(1))?.[WALKING]).toBe(5);
    // Walks of 10 on days 0-2, known calm on day 3's check-in: the quota becomes 8 that morning.
    expect(history.get(day(4))?.[WALKING]).toBe(8);
  });
});
