/**
 * Words and poses shared by the aerobic exercises. The pace is the easy one of CLINICAL.md §2
 * (talk test, effort 2-4 of 10); the stop signs are those of research/clinical-sources.md §8.3.
 */
import type { Pose } from '../../pose.js';

/** The talk test, in plain words. */
export const EASY_PACE_BREATHING =
  'Breathe easily. At the right pace you can talk in full sentences, but you could not sing.';

/** What an easy aerobic effort feels like, and the aches that are normal. */
export const EASY_PACE_FEEL =
  'Easy to fairly easy, about 2 to 4 out of 10. You may feel warm and breathe a little faster. Mild aches that settle within half an hour are normal.';

/** Stop signs for aerobic work on land. */
export const STOP_ON_LAND =
  'Chest pain or pressure, unusual breathlessness, dizziness or a racing heartbeat: stop, sit down and rest. If chest pain does not ease within a few minutes, call emergency services. Sharp, shooting or spreading pain: stop and rest.';

/** Stop signs for aerobic work in a pool. */
export const STOP_IN_WATER =
  'Chest pain or pressure, unusual breathlessness, dizziness or a racing heartbeat: stop, hold the side, get out and rest, and tell the lifeguard. If chest pain does not ease within a few minutes, call emergency services. Sharp, shooting or spreading pain: stop and rest.';

/** Mid-stride, left foot forward, arms swinging opposite. */
export const STRIDE_LEFT: Pose = {
  view: 'side',
  thighL: 20,
  shinL: 0,
  thighR: -15,
  shinR: -25,
  upperArmL: -20,
  forearmL: -10,
  upperArmR: 20,
  forearmR: 35,
};

/** Mid-stride, right foot forward, arms swinging opposite. */
export const STRIDE_RIGHT: Pose = {
  view: 'side',
  thighL: -15,
  shinL: -25,
  thighR: 20,
  shinR: 0,
  upperArmL: 20,
  forearmL: 35,
  upperArmR: -20,
  forearmR: -10,
};

/** Seated on a stationary bike, hands on the handlebars, left knee up. */
export const PEDAL_LEFT_UP: Pose = {
  view: 'side',
  torso: 15,
  upperArmL: 70,
  forearmL: 80,
  upperArmR: 70,
  forearmR: 80,
  thighL: 100,
  shinL: 10,
  thighR: 70,
  shinR: -10,
  props: ['stationary_bike'],
};

/** The other half of the pedal stroke: right knee up. */
export const PEDAL_RIGHT_UP: Pose = {
  ...PEDAL_LEFT_UP,
  thighL: 70,
  shinL: -10,
  thighR: 100,
  shinR: 10,
};
