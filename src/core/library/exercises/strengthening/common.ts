/** Poses shared by the strengthening exercises. */
import type { Pose } from '../../pose.js';
import { SEATED, STANDING, STANDING_FRONT } from '../base-poses.js';

/** Standing behind a chair, both hands on its back. */
export const HOLDING_CHAIR: Pose = {
  ...STANDING,
  upperArmL: 35,
  forearmL: 75,
  upperArmR: 35,
  forearmR: 75,
  props: ['chair'],
};

/** Standing behind a chair, facing the viewer, hands on its back. */
export const HOLDING_CHAIR_FRONT: Pose = {
  ...STANDING_FRONT,
  upperArmL: 10,
  forearmL: 0,
  upperArmR: 10,
  forearmR: 0,
  props: ['chair'],
};

/** Sitting on the front of a chair, leaning forward, ready to stand. */
export const READY_TO_STAND: Pose = { ...SEATED, torso: 25, head: 15, shinL: -10, shinR: -10 };
