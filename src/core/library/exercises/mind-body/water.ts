/**
 * Mind-body practice in the pool, to close a pool visit calmly: slow breathing with the water
 * carrying the body. Done standing at the wall, so nobody needs to float to do it.
 */
import type { Exercise } from '../../exercise.js';
import { STOP_BREATHING } from './common.js';

/** Slow breathing at the pool wall. */
export const WATER_MIND_BODY: Exercise[] = [
  {
    id: 'pool-wall-breathing',
    name: 'Slow breathing at the pool wall',
    purpose: 'A calm end to a pool visit: slow breaths while the warm water holds you.',
    pillar: 'mind_body',
    positions: ['aquatic'],
    limbs: [],
    equipment: ['pool'],
    regions: ['widespread'],
    level: 1,
    avoidWith: [],
    cautionNote: null,
    dose: { minutes: 5 },
    easier: null,
    harder: null,
    steps: [
      'Stand in chest-deep water with your back or side to the pool wall, one hand resting on the edge.',
      'Let your shoulders sink a little under the water and your arms float loosely.',
      'Breathe in gently through your nose and feel your chest rise against the water.',
      'Breathe out slowly through your mouth, a little longer than the breath in.',
      'Carry on for about 5 minutes. If you start to feel cold, finish early and get out.',
    ],
    breathing: 'In through the nose, out slowly through the mouth, the out-breath a little longer.',
    breathPattern: { inSeconds: 4, outSeconds: 6 },
    feel: 'Calm and light. The water may make your body feel looser.',
    stopIf: STOP_BREATHING,
    activity: 'breathing',
    illustration: {
      start: { view: 'side', upperArmR: 60, forearmR: 80, props: ['water', 'wall'], cue: 'breath_in' },
      end: { view: 'side', upperArmR: 60, forearmR: 80, props: ['water', 'wall'], cue: 'breath_out' },
      alt: 'A person stands in the pool by the wall, one hand on the edge, breathing in and then slowly out.',
    },
  },
];
