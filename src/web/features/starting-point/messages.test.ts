// The words that carry numbers and activities: the clock, the time a test lasted, the starting
// point sentence, and the words for each kind of activity (walking done sitting is chair marching).
import { describe, expect, it } from 'vitest';
import { activityWords, startingPointMessages } from './messages.js';

const m = startingPointMessages.en;

describe('starting point words', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [65_000, '1:05'],
    [15 * 60_000, '15:00'],
  ])('the clock shows %i ms as %s (whole seconds gone by)', (ms, text) => {
    expect(m.time(ms)).toBe(text);
  });

  it.each([
    [6.5 * 60_000, '6 minutes 30 seconds'],
    [15 * 60_000, '15 minutes'],
    [61_000, '1 minute 1 second'],
    [4_000, '4 seconds'],
  ])('a test of %i ms lasted %s', (ms, text) => {
    expect(m.timeWords(ms)).toBe(text);
  });

  it.each([
    ['walking', false, 'Walk at an easy pace', '5 minutes of walking a day'],
    ['walking', true, 'March in your chair at an easy pace', '5 minutes of chair marching a day'],
    ['cycling', false, 'Ride at an easy pace', '5 minutes of cycling a day'],
    ['other', true, 'Keep moving at an easy pace', '5 minutes of seated aerobics a day'],
    ['rowing', false, 'Keep moving at an easy pace', '5 minutes of this activity a day'],
  ])('%s (seated: %s) reads "%s…" and "%s"', (kind, seated, step, amount) => {
    const words = activityWords(kind, seated);
    expect(m.steps(words.verb)[0]).toMatch(new RegExp(`^${step}`));
    expect(m.result.amount(5, words.noun)).toBe(amount);
  });

  it('says 1 minute, not 1 minutes', () => {
    expect(m.result.amount(2, 'walking')).toBe('2 minutes of walking a day');
    expect(m.result.why(1)).toMatch(/^Your test lasted 1 minute\./);
  });
});
