// The tolerance test as data: the clock (running, stopped, capped at 15 minutes), minutes to a
// tenth, the starting point by the pacing rule, the log it sends, and what storage may hold.
import { describe, expect, it } from 'vitest';
import {
  TOLERANCE_TEST,
  buildStoppedTestLog,
  buildToleranceLog,
  elapsedMs,
  isStale,
  isTimeUp,
  isToleranceRun,
  runMinutes,
  startRun,
  startingPointOf,
  stopRun,
} from './run.js';

const T0 = Date.UTC(2026, 11, 5, 8, 0, 0);
const MIN = 60_000;
const run = startRun({ clientId: 'c1', activity: 'aerobic:walking', exerciseId: 'walk-home-laps', painBefore: 4 }, T0);

describe('the clock of a test', () => {
  it.each([
    ['before the start (clock moved back)', T0 - 5_000, 0, false],
    ['at the start', T0, 0, false],
    ['after 6 min 30 s', T0 + 6.5 * MIN, 6.5 * MIN, false],
    ['at 15 minutes', T0 + 15 * MIN, 15 * MIN, true],
    ['long after 15 minutes', T0 + 60 * MIN, 15 * MIN, true],
  ])('%s', (_what, now, elapsed, timeUp) => {
    expect(elapsedMs(run, now)).toBe(elapsed);
    expect(isTimeUp(run, now)).toBe(timeUp);
  });

  it('stops where the person stopped, and never past 15 minutes', () => {
    expect(stopRun(run, T0 + 7 * MIN).stoppedAtMs).toBe(T0 + 7 * MIN);
    expect(stopRun(run, T0 + 40 * MIN).stoppedAtMs).toBe(T0 + 15 * MIN);
  });

  it('keeps the first stop when stopped again, and the clock stays there', () => {
    const stopped = stopRun(run, T0 + 7 * MIN);
    expect(stopRun(stopped, T0 + 9 * MIN)).toBe(stopped);
    expect(elapsedMs(stopped, T0 + 9 * MIN)).toBe(7 * MIN);
  });

  it.each([
    ['an hour later', T0 + 60 * MIN, false],
    ['a day later', T0 + TOLERANCE_TEST.forgetAfterMs + 1, true],
    ['started an hour in the future', T0 - 60 * MIN, true],
  ])('forgets a run only when it cannot be trusted: %s', (_what, now, stale) => {
    expect(isStale(run, now)).toBe(stale);
  });
});

describe('minutes and the starting point', () => {
  it.each([
    [6.5 * MIN, 6.5],
    [7 * MIN + 20_000, 7.3],
    [2_000, 0.1],
    [0, 0.1],
    [20 * MIN, 15],
  ])('%i ms on the clock → %f minutes', (ms, minutes) => {
    expect(runMinutes(run, T0 + ms)).toBe(minutes);
  });

  it.each([
    [15, 12],
    [10, 8],
    [6.5, 5],
    [3, 2],
    [0.1, 2],
  ])('a test of %f minutes starts at %i minutes a day (80 %, at least 2)', (minutes, start) => {
    expect(startingPointOf(minutes)).toBe(start);
  });
});

describe('the log of a test', () => {
  it('is one timed item marked as a tolerance test, with pain before and after', () => {
    expect(buildToleranceLog(stopRun(run, T0 + 6.5 * MIN), 3)).toEqual({
      clientId: 'c1',
      startedAt: '2026-12-05T08:00:00.000Z',
      painBefore: 4,
      painAfter: 3,
      items: [{ exerciseId: 'walk-home-laps', minutes: 6.5, status: 'done' }],
      toleranceTest: true,
    });
  });

  it('is a partial session with its reason, and no baseline, when ended through the stop flow', () => {
    expect(buildStoppedTestLog(run, 'dizzy', T0 + 4 * MIN)).toEqual({
      clientId: 'c1',
      startedAt: '2026-12-05T08:00:00.000Z',
      painBefore: 4,
      painAfter: null,
      items: [{ exerciseId: 'walk-home-laps', minutes: 4, status: 'done' }],
      partial: true,
      stopReason: 'dizzy',
    });
  });

  it('is not built while the clock still runs', () => {
    expect(buildToleranceLog(run, 3)).toBeNull();
  });

  it.each([
    ['a running run', run, true],
    ['a stopped run', stopRun(run, T0 + MIN), true],
    ['null', null, false],
    ['a run without its start', { ...run, startedAtMs: undefined }, false],
    ['a stop that is text', { ...run, stoppedAtMs: 'soon' }, false],
    ['pain that is not a number', { ...run, painBefore: '4' }, false],
  ])('storage may hold %s: %s', (_what, value, ok) => {
    expect(isToleranceRun(value)).toBe(ok);
  });
});
