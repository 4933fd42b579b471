/**
 * Built-in strengthening exercises, written for Pacewise: slow, controlled repetitions with body
 * weight, a band or light weights (CLINICAL.md §2: 1-2 sets of 10-15, 2-3 s up and 2-3 s down;
 * steady holds of 5-10 s for the exercises that do not move).
 *
 * Each chain runs from easier to harder through `easier`/`harder`, starting seated or lying:
 * - thigh-tightener → seated-knee-straightening → sit-to-stand-with-hands → sit-to-stand →
 *   slow-sit-to-stand-with-pause
 * - seated-knee-straightening-weight → wall-mini-squat → bottom-stair-step-up
 * - palm-press → wall-push-up → counter-push-up
 * - buttock-squeeze → bridge → bridge-march
 * - seated-heel-raise → standing-heel-raise → single-leg-heel-raise
 * - seated-toe-lift → standing-toe-lift
 * - seated-knee-press-out-band → standing-side-leg-lift → side-steps-with-band
 * - clamshell → side-lying-leg-lift
 * - shoulder-blade-squeeze → band-pull-apart → supported-one-arm-row
 * - front-arm-raise → arm-raise-light-weights → overhead-press-light-weights
 * - arm-curl-band → arm-curl-light-weights
 * - grip-squeeze → forearm-turn-light-weight → wrist-lift-light-weight
 * - lying-chin-nod → wall-chin-tuck → neck-hold-against-hand
 * - lying-starfish-press → seated-opposite-arm-leg-lift → bird-dog
 * - seated-tummy-brace → seated-lean-back-hold
 */
import type { Exercise } from '../exercise.js';
import { SIT_TO_STAND_CHAIN } from './strengthening/sit-to-stand.js';
import { KNEE_AND_PUSH_UP_CHAINS } from './strengthening/knees-and-push-ups.js';
import { HIP_AND_ANKLE_CHAINS } from './strengthening/hips-and-ankles.js';
import { OUTER_HIP_CHAINS } from './strengthening/outer-hips.js';
import { SHOULDER_CHAINS } from './strengthening/shoulders.js';
import { ARM_AND_HAND_CHAINS } from './strengthening/arms-and-hands.js';
import { NECK_AND_TUMMY_CHAINS } from './strengthening/neck-and-tummy.js';
import { BACK_CHAINS } from './strengthening/back-and-balance.js';

/** Every built-in strengthening exercise, grouped by chain. */
export const STRENGTHENING: Exercise[] = [
  ...SIT_TO_STAND_CHAIN,
  ...KNEE_AND_PUSH_UP_CHAINS,
  ...HIP_AND_ANKLE_CHAINS,
  ...OUTER_HIP_CHAINS,
  ...SHOULDER_CHAINS,
  ...ARM_AND_HAND_CHAINS,
  ...NECK_AND_TUMMY_CHAINS,
  ...BACK_CHAINS,
];
