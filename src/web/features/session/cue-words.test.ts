// Covers: which cues are announced (a new step, ten seconds or a minute left, the end) and which
// are only spoken or beeped (countdown seconds, paced reps, breaths); feedback is not announced
// because focus moves to its question.
import { describe, expect, it } from 'vitest';
import type { Cue } from '../../../core/session-player/index.js';
import { describeCue } from './cue-words.js';
import { sessionMessages } from './messages.js';

const m = sessionMessages.en;
const hold = { kind: 'hold', ms: 30_000, round: 2, rounds: 3, side: 'second' } as const;

describe('describeCue', () => {
  it.each<
    [string, Cue, { announce: string | null; say: string | null; beep: 'high' | 'low' | null }]
  >([
    [
      'a hold begins',
      { kind: 'step', step: { kind: 'hold', remainingMs: 30_000, segment: hold } },
      { announce: 'Hold 2 of 3 · other side. 30 seconds.', say: 'Hold', beep: 'high' },
    ],
    [
      'a walk begins',
      {
        kind: 'step',
        step: {
          kind: 'timed',
          remainingMs: 300_000,
          totalMs: 300_000,
          pattern: null,
          breath: null,
        },
      },
      { announce: '5 minutes. Begin.', say: 'Begin', beep: 'high' },
    ],
    [
      'sides change',
      {
        kind: 'step',
        step: {
          kind: 'rest',
          remainingMs: 5_000,
          segment: { kind: 'rest', ms: 5_000, after: 'side' },
          next: hold,
        },
      },
      { announce: 'Change sides. 5 seconds.', say: 'Change sides', beep: 'high' },
    ],
    [
      'feedback',
      { kind: 'step', step: { kind: 'feedback' } },
      { announce: null, say: 'Done. How was that?', beep: 'high' },
    ],
    [
      'a countdown second',
      { kind: 'countdown', seconds: 2 },
      { announce: null, say: '2', beep: 'low' },
    ],
    [
      'ten seconds left',
      { kind: 'secondsLeft', seconds: 10 },
      { announce: '10 seconds left', say: '10 seconds left', beep: null },
    ],
    [
      'a minute left',
      { kind: 'minutesLeft', minutes: 1 },
      { announce: '1 minute left', say: '1 minute left', beep: null },
    ],
    [
      'a paced rep going down',
      { kind: 'rep', part: 'down', rep: 3 },
      { announce: null, say: 'Down', beep: 'low' },
    ],
    ['a breath out', { kind: 'breath', phase: 'out' }, { announce: null, say: 'Out', beep: null }],
    [
      'the end',
      { kind: 'allDone' },
      { announce: 'All done. Well done.', say: 'All done. Well done.', beep: 'high' },
    ],
  ])('%s', (_name, cue, expected) => {
    expect(describeCue(cue, m)).toEqual(expected);
  });
});
