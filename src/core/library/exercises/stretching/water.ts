/**
 * Stretches in the pool, so a pool day is a visit worth the trip: a few easy stretches at the
 * wall around the water activity. Warm water often makes stretching kinder on sore joints.
 */
import type { Exercise } from '../../exercise.js';
import type { Pose } from '../../pose.js';
import { STANDING_FRONT } from '../base-poses.js';

/** Standing in the water facing the pool wall, hands on the edge. */
const HANDS_ON_POOL_EDGE: Pose = {
  view: 'side',
  upperArmL: 80,
  forearmL: 80,
  upperArmR: 80,
  forearmR: 80,
  props: ['water', 'wall'],
};

const WATER_STOP = 'Sharp, shooting or spreading pain, dizziness or feeling cold: move to the steps, get out and rest.';

/** A calf stretch and a side reach, both holding the pool wall. */
export const WATER_STRETCHES: Exercise[] = [
  {
    id: 'pool-wall-calf-stretch',
    name: 'Calf stretch at the pool wall',
    purpose: 'Stretches the calf in warm water, with the pool wall to hold.',
    pillar: 'stretching',
    positions: ['aquatic'],
    limbs: ['legs'],
    equipment: ['pool'],
    regions: ['ankle_foot', 'knee'],
    level: 1,
    avoidWith: [],
    cautionNote: null,
    dose: { holdSeconds: 20, reps: 2, perSide: true },
    easier: null,
    harder: null,
    steps: [
      'Stand in waist- to chest-deep water facing the pool wall, both hands on the edge.',
      'Step your right foot back and press the heel gently towards the pool floor.',
      'Keep the back knee straight and lean in a little until the calf stretches.',
      'Hold, then step the foot in and change to the left leg.',
    ],
    breathing: 'Breathe slowly. Let the water hold you as you breathe out.',
    feel: 'An easy stretch down the back of the lower leg.',
    stopIf: WATER_STOP,
    activity: null,
    illustration: {
      start: HANDS_ON_POOL_EDGE,
      end: { ...HANDS_ON_POOL_EDGE, torso: 15, thighL: 20, shinL: 0, thighR: -25, shinR: -25, cue: 'hold' },
      alt: 'A person standing in a pool holds the edge and steps one foot back to stretch the calf.',
    },
  },
  {
    id: 'pool-side-reach',
    name: 'Side reach in the water',
    purpose: 'Lengthens the side of the body and the shoulder while the water carries the arm.',
    pillar: 'stretching',
    positions: ['aquatic'],
    limbs: ['arms'],
    equipment: ['pool'],
    regions: ['upper_back', 'shoulder', 'lower_back'],
    level: 1,
    avoidWith: [],
    cautionNote: null,
    dose: { holdSeconds: 20, reps: 2, perSide: true },
    easier: null,
    harder: null,
    steps: [
      'Stand side-on to the pool wall in chest-deep water, your left hand on the edge.',
      'Float your right arm up beside your ear, as high as is comfortable.',
      'Lean slowly towards the wall until the right side of your body stretches.',
      'Hold, come back to upright, then turn round and reach with the left arm.',
    ],
    breathing: 'Breathe in as the arm rises. Breathe out slowly while you lean.',
    feel: 'A gentle stretch from the armpit down the side towards the hip.',
    stopIf: WATER_STOP,
    activity: null,
    illustration: {
      start: { ...STANDING_FRONT, props: ['water'] },
      end: { ...STANDING_FRONT, torso: 20, upperArmL: 15, forearmL: 10, upperArmR: -160, forearmR: -150, props: ['water'], cue: 'hold' },
      alt: 'A person standing in a pool raises one arm beside the ear and leans gently to the other side.',
    },
  },
];
