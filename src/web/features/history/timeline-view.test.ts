// History's paging and a session's amount. Dimensions: pages of 30 days; earlier pages offered
// until one before the account began comes back empty; skipped items not counted.
import { describe, expect, it } from 'vitest';
import { canShowEarlier, sessionAmount, timelineSpans } from './timeline-view.js';

describe('timelineSpans', () => {
  it('pages back 30 days at a time, newest first', () => {
    expect(timelineSpans('2026-12-24', 2)).toEqual([
      { from: '2026-11-25', to: '2026-12-24' },
      { from: '2026-10-26', to: '2026-11-24' },
    ]);
  });
});

describe('canShowEarlier', () => {
  const span = { from: '2026-11-25', to: '2026-12-24' };
  it.each([
    ['the page starts after the account began', '2026-01-01', undefined, true],
    ['the page reaches the account’s first day and held entries', '2026-12-01', 3, true],
    ['the page reaches the account’s first day and is still loading', '2026-12-01', undefined, false],
    ['the page reaches the account’s first day and was empty', '2026-12-01', 0, false],
  ])('%s', (_what, firstDay, count, expected) => {
    expect(canShowEarlier(span, firstDay, count)).toBe(expected);
  });
});

describe('sessionAmount', () => {
  it('counts the items reached and their minutes, not the skipped ones', () => {
    const items = [
      { exerciseId: 'a', status: 'done' as const, minutes: 10.4 },
      { exerciseId: 'b', status: 'easier' as const, reps: 8 },
      { exerciseId: 'c', status: 'skipped' as const, minutes: 5 },
    ];
    expect(sessionAmount({ items })).toEqual({ exercises: 2, minutes: 10 });
  });
});
