/** Poses shared by the stretches. */
import type { Pose } from '../../pose.js';
import { STANDING } from '../base-poses.js';

/** Standing facing right with both hands on a wall at shoulder height. */
export const HANDS_ON_WALL: Pose = {
  ...STANDING,
  upperArmL: 80,
  forearmL: 80,
  upperArmR: 80,
  forearmR: 80,
  props: ['wall'],
};
