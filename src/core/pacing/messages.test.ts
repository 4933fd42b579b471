// The message catalog: a sentence for every reason code, the sentences of CLINICAL.md and the
// issue word for word, amounts and weekdays, and no word that blames a person for a bad day.
import { describe, expect, it } from 'vitest';
import {
  MESSAGES,
  easierVariantMessage,
  formatAmount,
  formatRange,
  weekdayOf,
  type Subject,
} from './messages.js';
import { BLAMING_WORDS } from './pacing.fixtures.js';
import { REASON_CODES } from './types.js';

const walking: Subject = { name: 'walking', plural: 'walks', unit: 'minutes' };
const bridge: Subject = { name: 'Bridge', plural: 'sessions', unit: 'reps' };
const m = (value: number, sets: number | null = null) => ({ value, sets });

const samples: [string, string][] = [
  ['start_small', MESSAGES.start_small(walking, m(5))],
  ['baseline_set', MESSAGES.baseline_set(walking, m(5), m(8), 10)],
  ['progress_calm_week', MESSAGES.progress_calm_week(walking, m(9), m(10), 3)],
  ['hold_not_enough_days', MESSAGES.hold_not_enough_days(walking, m(9))],
  ['hold_not_calm', MESSAGES.hold_not_calm(walking, m(9))],
  ['hold_no_checkin', MESSAGES.hold_no_checkin(walking, m(9))],
  ['hold_at_top', MESSAGES.hold_at_top(bridge, m(15, 2))],
  ['flare_halved', MESSAGES.flare_halved(walking, m(10), m(5), 'reported')],
  ['rebuild_step', MESSAGES.rebuild_step(walking, m(5), m(7))],
  ['rebuild_done', MESSAGES.rebuild_done(walking, m(9), m(10))],
  ['variant_harder', MESSAGES.variant_harder('Wall push-up', 'Counter push-up', m(8), 3)],
  ['set_added', MESSAGES.set_added(bridge, m(8, 2), 3)],
  ['too_hard_eased', MESSAGES.too_hard_eased(walking, m(10), m(9))],
  ['too_hard_eased', easierVariantMessage('Counter push-up', 'Wall push-up')],
  [
    'boom_bust_noticed',
    MESSAGES.boom_bust_noticed({
      boomDay: '2025-03-11',
      subject: walking,
      volume: 20,
      planned: 9,
      daysLater: 2,
      bust: 'flare',
    }),
  ],
];

describe('messages', () => {
  it('has a sentence for every reason code', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...REASON_CODES].sort());
  });

  it('says the examples of CLINICAL.md and the issue word for word', () => {
    expect(MESSAGES.progress_calm_week(walking, m(9), m(10), 3)).toBe(
      'Walking 9 → 10 min: three calm walks this week.',
    );
    expect(MESSAGES.flare_halved(walking, m(10), m(5), 'reported')).toBe(
      "Flare-up: walking 10 → 5 min. Today's amounts are halved for a few days. This is a normal part of pacing.",
    );
    expect(
      MESSAGES.boom_bust_noticed({
        boomDay: '2025-03-11',
        subject: walking,
        volume: 20,
        planned: 9,
        daysLater: 2,
        bust: 'flare',
      }),
    ).toBe(
      'On Tuesday you did much more than planned (walking: 20 min instead of 9), and two days later pain flared. ' +
        'Keeping to the plan on good days can help avoid the crash.',
    );
  });

  it.each(samples)('%s: one or more plain sentences, never blaming', (_code, text) => {
    expect(text).toMatch(/^[A-Z].*[.]$/);
    expect(text).not.toMatch(BLAMING_WORDS);
  });

  it.each([
    [m(9), 'minutes', '9 min'],
    [m(1), 'reps', '1 rep'],
    [m(8), 'reps', '8 reps'],
    [m(8, 2), 'reps', '2 × 8 reps'],
  ] as const)('formatAmount %j %s → %s', (amount, unit, text) => {
    expect(formatAmount(amount, unit)).toBe(text);
  });

  it('formatRange keeps sets on both sides', () => {
    expect(formatRange(m(8, 2), m(9, 2), 'reps')).toBe('2 × 8 → 2 × 9 reps');
  });

  it.each([
    ['2025-03-10', 'Monday'],
    ['2025-03-16', 'Sunday'],
    ['2024-02-29', 'Thursday'],
  ])('%s is a %s', (day, name) => {
    expect(weekdayOf(day)).toBe(name);
  });
});
