// Covers: starting only after pain before; holds moving on by time (count-in, holds, rests, each
// side) and a long jump crossing many segments; tapped reps and finishing a set early; paced reps;
// switching rep modes mid-set; a timed stretch; pausing (paused time not counted, actions ignored);
// skipping before and after doing something; making it easier (and the end of a chain);
// feedback and pain during; stopping and leaving (partial, the rest skipped); pain after needed
// only for a complete session; unchanged states returned as the same object; checkpoints.
import { describe, expect, it } from 'vitest';
import { READY_MS, REST_BETWEEN_HOLDS_MS, SWITCH_SIDE_MS } from './dose.js';
import { CHECKPOINT_MS, canFinish, currentItem, isTicking, reduceSession } from './player.js';
import {
  BREATHING,
  EXERCISES,
  PALM_PRESS,
  STRENGTH,
  STRETCH,
  T0,
  WALK,
  at,
  newSession,
  play,
  started,
} from './session-player.fixtures.js';
import type { SessionAction } from './types.js';

const exercise = (id: string) => EXERCISES.get(id)!;
const item = (state: ReturnType<typeof started>) => currentItem(state)!;

describe('starting', () => {
  it('waits for the pain-before answer', () => {
    const fresh = newSession([STRETCH]);
    expect(reduceSession(fresh, { type: 'start', nowMs: T0 })).toBe(fresh);
    const begun = play(fresh, [
      { type: 'setPainBefore', value: 3 },
      { type: 'start', nowMs: T0 },
    ]);
    expect(begun).toMatchObject({ stage: 'playing', startedAtMs: T0, painBefore: 3, current: 0 });
    expect(item(begun).phase).toBe('intro');
  });
});

describe('holds', () => {
  const begun = play(started([STRETCH]), [{ type: 'beginItem', nowMs: at(0) }]);
  const after = (seconds: number) =>
    item(reduceSession(begun, { type: 'tick', nowMs: at(seconds) }));
  // ready 5 s, hold 30 s first side, switch 5 s, hold 30 s second side, rest 10 s, …
  it.each([
    [1, 0, 'ready'],
    [READY_MS / 1000, 1, 'hold first'],
    [34, 1, 'hold first'],
    [35, 2, 'rest side'],
    [35 + SWITCH_SIDE_MS / 1000, 3, 'hold second'],
    [70, 4, 'rest hold'],
    [70 + REST_BETWEEN_HOLDS_MS / 1000, 5, 'hold first'],
  ])('at %i s it is in segment %i (%s)', (seconds, segment) => {
    expect(after(seconds)).toMatchObject({ phase: 'playing', segment });
  });

  it('a long jump crosses every segment and ends in feedback with all holds counted', () => {
    const done = after(3600);
    expect(done).toMatchObject({
      phase: 'feedback',
      status: 'done',
      work: { holds: { first: 2, second: 2 } },
    });
  });

  it('the next segment starts when the last one ended, not at the tick', () => {
    expect(after(36)).toMatchObject({ segment: 2, runningSinceMs: at(35) });
  });

  it('cutting a rest short starts the next hold now', () => {
    const resting = reduceSession(begun, { type: 'tick', nowMs: at(36) });
    expect(item(reduceSession(resting, { type: 'skipRest', nowMs: at(37) }))).toMatchObject({
      segment: 3,
      runningSinceMs: at(37),
    });
    expect(reduceSession(resting, { type: 'finishSet', nowMs: at(37) })).toBe(resting);
  });
});

describe('reps', () => {
  const begun = play(started([STRENGTH]), [{ type: 'beginItem', nowMs: at(0) }]);
  const taps = (n: number): SessionAction[] =>
    Array.from({ length: n }, (_, i) => ({ type: 'countRep', nowMs: at(i + 1) }));

  it('tapping skips the count-in; the set ends at its target and a rest follows', () => {
    expect(item(begun)).toMatchObject({ segment: 1, count: 0 });
    expect(item(play(begun, taps(7)))).toMatchObject({ segment: 1, count: 7 });
    expect(item(play(begun, taps(8)))).toMatchObject({ segment: 2, work: { reps: { 1: 8 } } });
  });

  it('finishing a set early keeps the reps done', () => {
    const early = play(begun, [...taps(5), { type: 'finishSet', nowMs: at(9) }]);
    expect(item(early)).toMatchObject({ segment: 2, work: { reps: { 1: 5 } } });
    expect(isTicking(early)).toBe(true);
  });

  it('a paced set counts itself, 3 s up and 3 s down', () => {
    const paced = play(started([STRENGTH]), [
      { type: 'setRepMode', mode: 'paced', nowMs: at(0) },
      { type: 'beginItem', nowMs: at(0) },
      { type: 'tick', nowMs: at(5 + 8 * 6) },
    ]);
    expect(item(paced)).toMatchObject({ segment: 2, work: { reps: { 1: 8 } } });
  });

  it('switching to paced mid-set keeps the reps tapped', () => {
    const switched = play(begun, [
      ...taps(3),
      { type: 'setRepMode', mode: 'paced', nowMs: at(10) },
      { type: 'tick', nowMs: at(10 + 5 * 6) },
    ]);
    expect(item(switched)).toMatchObject({ segment: 2, work: { reps: { 1: 8 } } });
  });

  it('a hold at the top makes each paced rep longer', () => {
    const paced = play(started([PALM_PRESS]), [
      { type: 'setRepMode', mode: 'paced', nowMs: at(0) },
      { type: 'beginItem', nowMs: at(0) },
      { type: 'tick', nowMs: at(5 + 10 * 11 - 1) },
    ]);
    expect(item(paced).phase).toBe('playing');
    expect(item(reduceSession(paced, { type: 'tick', nowMs: at(5 + 10 * 11) })).phase).toBe(
      'feedback',
    );
  });
});

describe('timed stretches and pausing', () => {
  const walking = play(started([WALK]), [{ type: 'beginItem', nowMs: at(0) }]);

  it('ends after its minutes and records them', () => {
    expect(item(reduceSession(walking, { type: 'tick', nowMs: at(600) }))).toMatchObject({
      phase: 'feedback',
      work: { timedMs: 600_000 },
    });
  });

  it('does not count paused time, and ignores taps and ticks while paused', () => {
    const paused = play(walking, [{ type: 'pause', nowMs: at(60) }]);
    expect(reduceSession(paused, { type: 'tick', nowMs: at(5000) })).toBe(paused);
    expect(reduceSession(paused, { type: 'skipItem', nowMs: at(5000) })).toBe(paused);
    const resumed = play(paused, [
      { type: 'resume', nowMs: at(1000) },
      { type: 'tick', nowMs: at(1000 + 539) },
    ]);
    expect(item(resumed).phase).toBe('playing');
    expect(item(reduceSession(resumed, { type: 'tick', nowMs: at(1540) })).phase).toBe('feedback');
  });

  it('checkpoints a running clock every so often, and otherwise returns the same state', () => {
    const early = reduceSession(walking, { type: 'tick', nowMs: T0 + CHECKPOINT_MS - 1 });
    expect(early).toBe(walking);
    expect(reduceSession(walking, { type: 'tick', nowMs: T0 + CHECKPOINT_MS }).lastSeenMs).toBe(
      T0 + CHECKPOINT_MS,
    );
  });
});

describe('skipping, easier, feedback', () => {
  it('skipping before doing anything moves on, recorded as skipped', () => {
    const skipped = play(started([STRETCH, WALK]), [{ type: 'skipItem', nowMs: at(1) }]);
    expect(skipped.current).toBe(1);
    expect(skipped.items[0]).toMatchObject({ status: 'skipped', phase: 'finished' });
  });

  it('skipping after some minutes keeps them and asks how it felt', () => {
    const walked = play(started([WALK]), [
      { type: 'beginItem', nowMs: at(0) },
      { type: 'skipItem', nowMs: at(180) },
    ]);
    expect(item(walked)).toMatchObject({
      phase: 'feedback',
      status: 'done',
      work: { timedMs: 180_000 },
    });
  });

  it('make it easier swaps the exercise, keeps the plan, and starts it afresh', () => {
    const easier = play(started([STRENGTH]), [
      { type: 'beginItem', nowMs: at(0) },
      { type: 'countRep', nowMs: at(1) },
      { type: 'makeEasier', easier: exercise('sit-to-stand-hands'), nowMs: at(2) },
    ]);
    expect(item(easier)).toMatchObject({
      exerciseId: 'sit-to-stand-hands',
      easier: true,
      phase: 'intro',
      dose: { sets: 2, reps: 8 },
      planned: STRENGTH,
    });
    const done = play(easier, [
      { type: 'beginItem', nowMs: at(3) },
      { type: 'skipItem', nowMs: at(4) },
      { type: 'countRep', nowMs: at(5) },
    ]);
    expect(done.items[0]).toMatchObject({ status: 'skipped', exerciseId: 'sit-to-stand-hands' });
    expect(done.stage).toBe('after');
  });

  it('feedback and pain during are kept; next moves on, and the last item ends the session', () => {
    const rated = play(started([WALK]), [
      { type: 'beginItem', nowMs: at(0) },
      { type: 'tick', nowMs: at(600) },
      { type: 'setFeedback', value: 'too_hard' },
      { type: 'setPainDuring', value: 5 },
      { type: 'nextItem', nowMs: at(610) },
    ]);
    expect(rated).toMatchObject({ stage: 'after', ending: 'complete' });
    expect(rated.items[0]).toMatchObject({
      feedback: 'too_hard',
      painDuring: 5,
      phase: 'finished',
    });
  });
});

describe('stopping and ending', () => {
  const stopped = play(started([STRETCH, WALK, BREATHING]), [
    { type: 'skipItem', nowMs: at(1) },
    { type: 'beginItem', nowMs: at(2) },
    { type: 'openStop', nowMs: at(62) },
    { type: 'chooseStopReason', reason: 'dizzy' },
  ]);

  it('opening the stop flow pauses, and a reason is kept', () => {
    expect(stopped).toMatchObject({
      paused: true,
      stop: { reason: 'dizzy' },
      stopReason: 'dizzy',
    });
    expect(isTicking(stopped)).toBe(false);
  });

  it('ending keeps what was done, skips the rest, and asks pain after only gently', () => {
    const ended = reduceSession(stopped, { type: 'end', why: 'stopped', nowMs: at(100) });
    expect(ended).toMatchObject({ stage: 'after', ending: 'stopped', stop: null });
    expect(ended.items.map((i) => i.status)).toEqual(['skipped', 'done', 'skipped']);
    expect(ended.items[1]?.work.timedMs).toBe(60_000);
    expect(canFinish(ended)).toBe(true);
    expect(reduceSession(ended, { type: 'finish', nowMs: at(120) })).toMatchObject({
      stage: 'finished',
      finishedAtMs: at(120),
    });
  });

  it('a complete session needs pain after before it finishes', () => {
    const complete = play(started([WALK]), [{ type: 'skipItem', nowMs: at(1) }]);
    expect(complete).toMatchObject({ stage: 'after', ending: 'complete' });
    expect(reduceSession(complete, { type: 'finish', nowMs: at(2) })).toBe(complete);
    const finished = play(complete, [
      { type: 'setPainAfter', value: 3 },
      { type: 'setNotes', value: ' ok ' },
      { type: 'finish', nowMs: at(3) },
    ]);
    expect(finished).toMatchObject({ stage: 'finished', painAfter: 3, notes: ' ok ' });
    expect(reduceSession(finished, { type: 'setPainAfter', value: 9 })).toBe(finished);
  });

  it('closing the stop flow stays paused until the person resumes', () => {
    const closed = reduceSession(stopped, { type: 'closeStop' });
    expect(closed).toMatchObject({ stop: null, paused: true });
    expect(reduceSession(closed, { type: 'resume', nowMs: at(70) })).toMatchObject({
      paused: false,
    });
  });
});
