/** Words and poses shared by the mind-body exercises. */
import type { Pose } from '../../pose.js';
import { LYING_KNEES_BENT, SEATED } from '../base-poses.js';

/** When to stop a calm, low-effort practice. */
export const STOP_GENTLE =
  'Sharp, shooting or spreading pain: stop and rest. Dizziness or feeling faint: stop, sit or lie down, and breathe normally.';

/** When to stop a breathing practice. */
export const STOP_BREATHING =
  'Light-headed, dizzy, or tingling in your hands or lips: go back to your usual breathing and rest. Sharp, shooting or spreading pain: stop and rest.';

/** When to stop a practice done standing, where balance matters. */
export const STOP_STANDING =
  'Feeling unsteady: hold the chair or counter, or sit down. Dizziness or feeling faint: stop and sit down. Sharp, shooting or spreading pain: stop and rest.';

/** Seated with both arms reaching overhead. */
export const SEATED_ARMS_UP: Pose = {
  ...SEATED,
  upperArmL: 170,
  forearmL: 175,
  upperArmR: 170,
  forearmR: 175,
};

/** Lying on the back with both legs lifted into a table top: knees over hips, shins level. */
export const LYING_TABLE_TOP: Pose = {
  ...LYING_KNEES_BENT,
  thighL: 180,
  shinL: 90,
  thighR: 180,
  shinR: 90,
};
