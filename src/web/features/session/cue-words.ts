/**
 * What each cue becomes: words for the polite announcement (only at moments worth interrupting
 * for — a new step, ten seconds or a minute left, the end), words to speak when spoken cues are
 * on (those, plus the countdown, the reps and the breath), and a beep when sounds are on.
 */
import type { Cue, StepView } from '../../../core/session-player/index.js';
import type { SessionWords } from './messages.js';

/** One cue as sound and words. */
export interface CueOutput {
  announce: string | null;
  say: string | null;
  beep: 'high' | 'low' | null;
}

/** The output of a cue. */
export function describeCue(cue: Cue, m: SessionWords): CueOutput {
  switch (cue.kind) {
    case 'step':
      return describeStep(cue.step, m);
    case 'countdown':
      return { announce: null, say: String(cue.seconds), beep: 'low' };
    case 'secondsLeft': {
      const words = m.cues.say.secondsLeft(cue.seconds);
      return { announce: words, say: words, beep: null };
    }
    case 'minutesLeft': {
      const words = m.cues.say.minutesLeft(cue.minutes);
      return { announce: words, say: words, beep: null };
    }
    case 'rep':
      return {
        announce: null,
        say: m.cues.say.rep[cue.part],
        beep: cue.part === 'hold' ? null : 'low',
      };
    case 'breath':
      return { announce: null, say: m.cues.say.breath[cue.phase], beep: null };
    case 'allDone':
      return { announce: m.cues.say.allDone, say: m.cues.say.allDone, beep: 'high' };
  }
}

function describeStep(step: StepView, m: SessionWords): CueOutput {
  const say = m.cues.say;
  const timed = (words: string, ms: number) => `${words}. ${m.timeWords(ms)}.`;
  switch (step.kind) {
    case 'ready':
      return { announce: timed(say.ready, step.remainingMs), say: say.ready, beep: 'low' };
    case 'hold': {
      const { round, rounds, side } = step.segment;
      return {
        announce: timed(m.step.hold(round, rounds, side), step.remainingMs),
        say: say.hold,
        beep: 'high',
      };
    }
    case 'rest': {
      const words = timed(m.step.rest[step.segment.after], step.remainingMs);
      return {
        announce: words,
        say: step.segment.after === 'side' ? say.side : say.rest,
        beep: 'high',
      };
    }
    case 'reps': {
      const { set, sets, side } = step.segment;
      return { announce: `${m.step.set(set, sets, side)}.`, say: say.reps, beep: 'high' };
    }
    case 'timed':
      return {
        announce: `${m.timeWords(step.remainingMs)}. ${say.timed}.`,
        say: say.timed,
        beep: 'high',
      };
    case 'feedback':
      // Focus moves to the question, which is read out; a second announcement would talk over it.
      return { announce: null, say: say.feedback, beep: 'high' };
    case 'intro':
      return { announce: null, say: null, beep: null };
  }
}
