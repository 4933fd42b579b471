// Covers: a new step is a cue; the last three seconds of a count-in, hold or rest; "10 seconds
// left" only for long holds; minutes left in a timed stretch (each of the last five, every fifth
// before); a breath turning; a paced rep moving; nothing while paused or within a quiet second;
// the end of every item.
import { describe, expect, it } from 'vitest';
import { cuesBetween } from './cues.js';
import { reduceSession } from './player.js';
import { viewSession } from './view.js';
import {
  BREATHING,
  STRENGTH,
  STRETCH,
  WALK,
  at,
  play,
  started,
} from './session-player.fixtures.js';
import type { SessionState } from './types.js';

const cues = (state: SessionState, from: number, to: number) => {
  const prev = viewSession(state, at(from));
  const next = reduceSession(state, { type: 'tick', nowMs: at(to) });
  return cuesBetween(prev, viewSession(next, at(to)));
};

describe('cuesBetween', () => {
  const stretch = play(started([STRETCH]), [{ type: 'beginItem', nowMs: at(0) }]);

  it.each([
    [1, 1.5, []],
    [1.5, 2.5, [{ kind: 'countdown', seconds: 3 }]],
    [4.5, 5.2, [{ kind: 'step', step: { kind: 'hold' } }]],
    [24.5, 25.1, [{ kind: 'secondsLeft', seconds: 10 }]],
    [33.9, 34.1, [{ kind: 'countdown', seconds: 1 }]],
  ])('a stretch from %d s to %d s', (from, to, expected) => {
    expect(cues(play(stretch, [{ type: 'tick', nowMs: at(from) }]), from, to)).toMatchObject(
      expected,
    );
  });

  it('minutes left in a walk: every fifth minute, then each of the last five', () => {
    const walk = play(started([{ ...WALK, minutes: 12 }]), [{ type: 'beginItem', nowMs: at(0) }]);
    const said = [];
    for (let s = 1; s <= 720; s += 1) said.push(...cues(walk, s - 1, s));
    expect(
      said
        .filter((c) => c.kind === 'minutesLeft')
        .map((c) => (c.kind === 'minutesLeft' ? c.minutes : 0)),
    ).toEqual([10, 5, 4, 3, 2, 1]);
  });

  it('a breath turning, and a paced rep moving', () => {
    const box = play(started([BREATHING]), [{ type: 'beginItem', nowMs: at(0) }]);
    expect(cues(box, 3.9, 4.1)).toEqual([{ kind: 'breath', phase: 'holdIn' }]);
    const paced = play(started([STRENGTH]), [
      { type: 'setRepMode', mode: 'paced', nowMs: at(0) },
      { type: 'beginItem', nowMs: at(0) },
      { type: 'tick', nowMs: at(6) },
    ]);
    expect(cues(paced, 7.9, 8.1)).toEqual([{ kind: 'rep', part: 'down', rep: 1 }]);
    expect(cues(paced, 10.9, 11.1)).toEqual([{ kind: 'rep', part: 'up', rep: 2 }]);
  });

  it('nothing while paused; "all done" at the end', () => {
    const paused = play(stretch, [{ type: 'pause', nowMs: at(2) }]);
    expect(cues(paused, 2, 30)).toEqual([]);
    const walk = play(started([WALK]), [{ type: 'skipItem', nowMs: at(1) }]);
    expect(cuesBetween(viewSession(started([WALK]), at(0)), viewSession(walk, at(1)))).toEqual([
      { kind: 'allDone' },
    ]);
  });
});
