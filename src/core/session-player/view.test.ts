// Covers: each stage's view; a count-in, hold and rest with the time left and what comes next;
// tapped and paced reps (rep number, up, hold at the top, down); a timed walk without a breath;
// a mind-body practice with the exercise's rhythm and with the person's own; rounding seconds up.
import { describe, expect, it } from 'vitest';
import { viewPacedReps, secondsLeft, viewSession } from './view.js';
import {
  BREATHING,
  PALM_PRESS,
  STRETCH,
  WALK,
  at,
  newSession,
  play,
  started,
} from './session-player.fixtures.js';

const stepAt = (state: ReturnType<typeof started>, seconds: number) => {
  const view = viewSession(state, at(seconds));
  if (view.stage !== 'playing') throw new Error(view.stage);
  return view.step;
};

describe('viewSession', () => {
  it('shows the stages', () => {
    expect(viewSession(newSession([WALK]), at(0))).toEqual({ stage: 'before' });
    expect(viewSession(started([WALK]), at(0))).toMatchObject({
      stage: 'playing',
      index: 0,
      total: 1,
      step: { kind: 'intro' },
    });
    const ended = play(started([WALK]), [{ type: 'end', why: 'left', nowMs: at(1) }]);
    expect(viewSession(ended, at(1))).toEqual({ stage: 'after', ending: 'left' });
  });

  const holding = play(started([STRETCH]), [{ type: 'beginItem', nowMs: at(0) }]);
  it.each([
    [2, { kind: 'ready', remainingMs: 3_000, next: { kind: 'hold', side: 'first' } }],
    [15, { kind: 'hold', remainingMs: 20_000, segment: { round: 1, side: 'first' } }],
    [37, { kind: 'rest', remainingMs: 3_000, next: { kind: 'hold', side: 'second' } }],
  ])('a stretch at %i s', (seconds, expected) => {
    const state = play(holding, [{ type: 'tick', nowMs: at(seconds) }]);
    expect(stepAt(state, seconds)).toMatchObject(expected);
  });

  it('a walk has no breathing guide; a breathing practice follows its rhythm or the person’s', () => {
    const walk = play(started([WALK]), [{ type: 'beginItem', nowMs: at(0) }]);
    expect(stepAt(walk, 60)).toMatchObject({
      kind: 'timed',
      remainingMs: 540_000,
      totalMs: 600_000,
      breath: null,
    });
    const box = play(started([BREATHING]), [{ type: 'beginItem', nowMs: at(0) }]);
    expect(stepAt(box, 5)).toMatchObject({ breath: { phase: 'holdIn', second: 2 } });
    const mine = play(box, [{ type: 'setBreath', pattern: { inSeconds: 3, outSeconds: 5 } }]);
    expect(stepAt(mine, 5)).toMatchObject({
      pattern: { inSeconds: 3, outSeconds: 5 },
      breath: { phase: 'out', second: 3 },
    });
  });

  it('tapped reps show the count', () => {
    const tapped = play(started([PALM_PRESS]), [
      { type: 'beginItem', nowMs: at(0) },
      { type: 'countRep', nowMs: at(1) },
    ]);
    expect(stepAt(tapped, 2)).toMatchObject({
      kind: 'reps',
      mode: 'tap',
      count: 1,
      segment: { target: 10 },
    });
  });
});

describe('viewPacedReps', () => {
  const segment = {
    kind: 'reps',
    target: 10,
    set: 1,
    sets: 1,
    side: 'both',
    holdMs: 5_000,
  } as const;
  it.each([
    [0, { count: 0, rep: 1, part: 'up' }],
    [3_000, { count: 0, rep: 1, part: 'hold' }],
    [8_500, { count: 0, rep: 1, part: 'down' }],
    [11_000, { count: 1, rep: 2, part: 'up' }],
    [110_000, { count: 10, rep: 10 }],
  ])('at %i ms', (ms, expected) => {
    expect(viewPacedReps(segment, ms)).toMatchObject(expected);
  });

  it('rounds seconds left up', () => {
    expect([
      secondsLeft(0),
      secondsLeft(1),
      secondsLeft(1000),
      secondsLeft(1001),
      secondsLeft(-5),
    ]).toEqual([0, 1, 1, 2, 0]);
  });
});
