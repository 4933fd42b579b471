/** Words of the pacing page. The sentences of each change come from the server. */
import type { PacingResponse } from '../../../contract/plan.js';

const n = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 1 });
const plural = (value: number, one: string, many: string) =>
  `${n(value)} ${value === 1 ? one : many}`;

export const pacingMessages = {
  en: {
    title: 'How your amounts change',
    intro:
      'Pacewise starts below what you can do and raises amounts slowly, only while your body stays calm. After a flare it steps back, then builds up again.',
    modeHeading: 'Where you are now',
    modes: {
      normal: 'Steady: your amounts rise a little at a time while your body stays calm.',
      flare: 'A flare: your amounts are halved for a few days, so your body can settle.',
      rebuild: 'Stepping back up after a flare, one small step on each active day.',
    } satisfies Record<PacingResponse['mode'], string>,
    quotasHeading: 'Your amounts now',
    quota: {
      minutes: (label: string, value: number) =>
        `${label}: ${plural(value, 'minute', 'minutes')} a day`,
      setsOfReps: (label: string, sets: number, reps: number) =>
        `${label}: ${plural(sets, 'set', 'sets')} of ${n(reps)}`,
      reps: (label: string, reps: number) =>
        `${label}: ${plural(reps, 'repetition', 'repetitions')}`,
      sets: (label: string, sets: number) => `${label}: ${plural(sets, 'set', 'sets')}`,
    },
    changesHeading: 'Changes, newest first',
    noChanges: 'No changes yet.',
    empty: 'Your amounts will appear once you have logged a few sessions.',
    backToPlan: 'Back to your week',
  },
};

export type PacingWords = (typeof pacingMessages)['en'];
