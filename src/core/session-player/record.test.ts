// Covers: nothing to log before the start; a complete session (every kind of item, feedback, pain
// during, notes trimmed, not partial); a stopped one (partial, pain after falling back to pain
// before, the rest skipped with their planned ids); the easier variant's id and status; amounts
// really done (minutes to a tenth, holds on both sides, sets and reps rounded down); the summary.
import { describe, expect, it } from 'vitest';
import { reduceSession } from './player.js';
import { amountDone, buildSessionLog, estimateMinutes, summarizeSession } from './record.js';
import {
  BREATHING,
  CLIENT_ID,
  EXERCISES,
  STRENGTH,
  STRETCH,
  T0,
  WALK,
  at,
  newSession,
  play,
  started,
} from './session-player.fixtures.js';
import type { ItemState } from './types.js';

describe('buildSessionLog', () => {
  it('has nothing to log before the session starts', () => {
    expect(buildSessionLog(newSession([WALK]))).toBeNull();
  });

  it('logs a complete session with what was done and said', () => {
    const finished = play(started([STRETCH, WALK]), [
      { type: 'beginItem', nowMs: at(0) },
      { type: 'tick', nowMs: at(300) },
      { type: 'setFeedback', value: 'right' },
      { type: 'nextItem', nowMs: at(301) },
      { type: 'beginItem', nowMs: at(310) },
      { type: 'tick', nowMs: at(910) },
      { type: 'setFeedback', value: 'too_easy' },
      { type: 'setPainDuring', value: 2 },
      { type: 'nextItem', nowMs: at(911) },
      { type: 'setPainAfter', value: 3 },
      { type: 'setNotes', value: '  Felt loose.  ' },
      { type: 'finish', nowMs: at(920) },
    ]);
    expect(buildSessionLog(finished)).toEqual({
      clientId: CLIENT_ID,
      startedAt: new Date(T0).toISOString(),
      painBefore: 4,
      painAfter: 3,
      partial: false,
      notes: 'Felt loose.',
      items: [
        { exerciseId: 'calf-stretch', status: 'done', holdSeconds: 30, reps: 2, feedback: 'right', planned: { holdSeconds: 30, reps: 2 } },
        {
          exerciseId: 'walk-outdoors',
          status: 'done',
          minutes: 10,
          feedback: 'too_easy',
          painDuring: 2,
          planned: { minutes: 10 },
        },
      ],
    });
  });

  it('logs a stopped session as partial, honestly: the stop reason kept, pain after unknown rather than "no change"', () => {
    const stopped = play(started([STRENGTH, WALK, BREATHING]), [
      { type: 'makeEasier', easier: EXERCISES.get('sit-to-stand-hands')!, nowMs: at(1) },
      { type: 'beginItem', nowMs: at(2) },
      ...Array.from({ length: 8 }, (_, i) => ({ type: 'countRep' as const, nowMs: at(3 + i) })),
      { type: 'openStop', nowMs: at(20) },
      { type: 'chooseStopReason', reason: 'pain_too_high' },
      { type: 'end', why: 'stopped', nowMs: at(21) },
      { type: 'finish', nowMs: at(22) },
    ]);
    expect(buildSessionLog(stopped)).toEqual({
      clientId: CLIENT_ID,
      startedAt: new Date(T0).toISOString(),
      painBefore: 4,
      painAfter: null,
      partial: true,
      stopReason: 'pain_too_high',
      items: [
        {
          exerciseId: 'sit-to-stand-hands',
          status: 'easier',
          sets: 1,
          reps: 8,
          planned: { sets: STRENGTH.sets, reps: STRENGTH.reps },
          eased: { from: 'sit-to-stand', sets: STRENGTH.sets, reps: STRENGTH.reps },
        },
        { exerciseId: 'walk-outdoors', status: 'skipped', planned: { minutes: WALK.minutes } },
        { exerciseId: 'breathing-box', status: 'skipped', planned: { minutes: BREATHING.minutes } },
      ],
    });
  });
});

describe('amountDone', () => {
  const base = started([STRETCH]).items[0]!;
  const withWork = (dose: ItemState['dose'], work: Partial<ItemState['work']>): ItemState => ({
    ...base,
    dose,
    work: { holds: { first: 0, second: 0 }, reps: {}, timedMs: 0, ...work },
  });

  it.each<[string, ItemState, ReturnType<typeof amountDone>]>([
    ['minutes to a tenth', withWork({ minutes: 10 }, { timedMs: 187_000 }), { minutes: 3.1 }],
    [
      'holds on one side',
      withWork({ holdSeconds: 20, reps: 3 }, { holds: { first: 2, second: 0 } }),
      { holdSeconds: 20, reps: 2 },
    ],
    [
      'holds on both sides count whole rounds',
      withWork({ holdSeconds: 30, reps: 2, perSide: true }, { holds: { first: 2, second: 1 } }),
      { holdSeconds: 30, reps: 1 },
    ],
    [
      'sets with reps, rounded down',
      withWork({ sets: 2, reps: 8 }, { reps: { 1: 8, 3: 5 } }),
      { sets: 2, reps: 6 },
    ],
    [
      'each side counts once per set',
      withWork({ sets: 1, reps: 10, perSide: true }, { reps: { 1: 10, 3: 10 } }),
      { sets: 1, reps: 10 },
    ],
    [
      'a hold per rep is kept',
      withWork({ sets: 1, reps: 10, holdSeconds: 5 }, { reps: { 1: 4 } }),
      { sets: 1, reps: 4, holdSeconds: 5 },
    ],
  ])('%s', (_name, item, expected) => {
    expect(amountDone(item)).toEqual(expected);
  });
});

describe('estimateMinutes', () => {
  it('adds every segment and a moment to set up each exercise', () => {
    // Stretch: 5 + 4 × 30 + 5 + 10 + 5 s + 20 s; walk: 10 min + 20 s.
    expect(estimateMinutes(newSession([STRETCH, WALK]))).toBe(13);
    expect(estimateMinutes(newSession([{ ...WALK, minutes: 0.1 }]))).toBe(1);
  });
});

describe('summarizeSession', () => {
  it('counts what was done and the minutes from start to finish', () => {
    const finished = play(started([STRETCH, WALK, BREATHING]), [
      { type: 'skipItem', nowMs: at(1) },
      { type: 'beginItem', nowMs: at(2) },
      { type: 'skipItem', nowMs: at(400) },
      { type: 'nextItem', nowMs: at(401) },
      { type: 'makeEasier', easier: EXERCISES.get('breathing-belly')!, nowMs: at(402) },
      { type: 'beginItem', nowMs: at(403) },
      { type: 'tick', nowMs: at(703) },
      { type: 'nextItem', nowMs: at(704) },
      { type: 'setPainAfter', value: 2 },
      { type: 'finish', nowMs: at(720) },
    ]);
    expect(summarizeSession(finished, at(9999))).toEqual({
      done: 1,
      easier: 1,
      skipped: 1,
      minutes: 12,
      partial: false,
    });
  });

  it('a session ended at once still counts a minute, and is partial', () => {
    const ended = reduceSession(started([WALK]), { type: 'end', why: 'left', nowMs: at(5) });
    expect(summarizeSession(ended, at(5))).toMatchObject({ minutes: 1, partial: true, skipped: 1 });
  });
});
