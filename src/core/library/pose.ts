/**
 * A pose for the illustration renderer: a stick figure described by absolute segment angles.
 *
 * Conventions (degrees):
 * - `view: 'side'`: the figure faces to the right of the picture. An angle is the direction a
 *   segment points from its upper joint, measured from straight DOWN, positive towards the
 *   direction the figure faces (forward), negative backward. So 0 = hanging down, 90 = pointing
 *   forward horizontally, 180 (or -180) = straight up, -90 = pointing backward.
 *   `torso` is measured from the hips to the neck and from straight UP: 0 = upright, +45 = leaning
 *   forward, -90 = lying on the back with the head to the left, +90 = lying face-down with the
 *   head to the right.
 *   `head` is measured from the neck like `torso` (0 = upright above the neck).
 * - `view: 'front'`: the figure faces the viewer. Limb angles are measured from straight down,
 *   positive = outward (away from the body's midline), so 90 = arm straight out to the side,
 *   180 = overhead. `torso` positive = side-bend to the figure's left (the viewer's right).
 * - Left and right are the person's own. In side view the far-side limbs are drawn lighter.
 *
 * The renderer places the figure so its lowest point rests on the floor line, and draws the
 * props named (a chair under the hips, a wall behind the hands, water up to the chest …).
 */
export type PoseView = 'side' | 'front';

export const POSE_PROPS = [
  'chair',
  'wall',
  'mat',
  'band',
  'weights',
  'stationary_bike',
  'bicycle',
  'water',
  'step',
  'cushion',
] as const;
export type PoseProp = (typeof POSE_PROPS)[number];

/** The segment angles of a stick figure; any segment left out takes its neutral standing angle. */
export interface Pose {
  view: PoseView;
  torso?: number;
  head?: number;
  upperArmL?: number;
  forearmL?: number;
  upperArmR?: number;
  forearmR?: number;
  thighL?: number;
  shinL?: number;
  thighR?: number;
  shinR?: number;
  props?: PoseProp[];
  /** Little arrows or marks for what moves, e.g. a breath or a direction; optional. */
  cue?: 'breath_in' | 'breath_out' | 'hold' | 'repeat';
}
