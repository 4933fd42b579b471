/**
 * Resting poses the aerobic and mind-body illustrations start from (angle conventions in
 * pose.ts). An exercise spreads one of these and changes only the segments that move, so the
 * same position looks the same in every picture.
 */
import type { Pose } from '../pose.js';

/** Standing tall, side view. */
export const STANDING: Pose = { view: 'side' };

/** Standing with the knees a little soft, as in tai chi, side view. */
export const STANDING_SOFT: Pose = { view: 'side', thighL: 10, shinL: -5, thighR: 10, shinR: -5 };

/** Standing with the feet apart, facing the viewer. */
export const STANDING_FRONT: Pose = { view: 'front', thighL: 6, thighR: 6 };

/** Sitting tall on a chair, side view, hands resting on the thighs. */
export const SEATED: Pose = {
  view: 'side',
  thighL: 90,
  shinL: 0,
  thighR: 90,
  shinR: 0,
  upperArmL: 15,
  forearmL: 80,
  upperArmR: 15,
  forearmR: 80,
  props: ['chair'],
};

/** Sitting on a chair, facing the viewer, arms resting down. */
export const SEATED_FRONT: Pose = { view: 'front', props: ['chair'] };

/** Lying on the back with the knees bent and feet flat, head to the left, arms by the sides. */
export const LYING_KNEES_BENT: Pose = {
  view: 'side',
  torso: -90,
  head: -90,
  thighL: 135,
  shinL: 30,
  thighR: 135,
  shinR: 30,
  upperArmL: 90,
  forearmL: 90,
  upperArmR: 90,
  forearmR: 90,
};

/** Lying on the back with the legs long, head to the left, arms by the sides. */
export const LYING_FLAT: Pose = {
  ...LYING_KNEES_BENT,
  thighL: 90,
  shinL: 90,
  thighR: 90,
  shinR: 90,
};

/** Lying face-down, head to the right, arms by the sides. */
export const LYING_FACE_DOWN: Pose = {
  view: 'side',
  torso: 90,
  head: 90,
  thighL: -90,
  shinL: -90,
  thighR: -90,
  shinR: -90,
  upperArmL: -90,
  forearmL: -90,
  upperArmR: -90,
  forearmR: -90,
};

/**
 * Lying on the left side, seen from the front: head to the right resting on the bottom arm, legs
 * long and stacked with the right leg on top, the top hand resting on the bed in front.
 */
export const SIDE_LYING: Pose = {
  view: 'front',
  torso: 90,
  head: 90,
  thighL: -90,
  shinL: -90,
  thighR: 90,
  shinR: 90,
  upperArmL: 90,
  forearmL: 130,
  upperArmR: 55,
  forearmR: 80,
};

/** Side-lying with both knees bent forward and the feet together, as for a clamshell. */
export const SIDE_LYING_KNEES_BENT: Pose = {
  ...SIDE_LYING,
  thighL: -65,
  shinL: -115,
  thighR: 65,
  shinR: 115,
};

/**
 * The same pose on a low bed. Exercises done lying but not on the floor are drawn on a bed, so
 * nobody who cannot get down to the floor is put off by the picture.
 */
export function onBed(pose: Pose): Pose {
  return { ...pose, props: [...(pose.props ?? []), 'bed'] };
}

/**
 * On hands and knees on a mat, head to the right. The figure's arms are longer than its thighs,
 * so the back rises a little towards the head and the hands sit just ahead of the shoulders:
 * that way hands and knees both reach the floor.
 */
export const ALL_FOURS: Pose = {
  view: 'side',
  torso: 75,
  head: 80,
  upperArmL: 15,
  forearmL: 15,
  upperArmR: 15,
  forearmR: 15,
  thighL: 0,
  shinL: -90,
  thighR: 0,
  shinR: -90,
  props: ['mat'],
};
