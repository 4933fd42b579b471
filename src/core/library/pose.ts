/**
 * A pose for the illustration renderer: a stick figure described by absolute segment angles.
 *
 * Conventions (degrees). Every angle is ABSOLUTE, measured against the picture, never relative to
 * the segment above it — in the front view too, and also when the figure lies on its side.
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
 *   180 = overhead. `torso` (and `head`) positive = side-bend to the figure's left (the viewer's
 *   right), so `torso: 90` lies on the LEFT side, head to the viewer's right, seen from the front:
 *   the left (bottom) leg then points left with `thighL: -90`, the right (top) leg with
 *   `thighR: 90`, and an arm "hanging" at 0 points down to the bed or floor.
 * - Left and right are the person's own. In side view the far-side limbs are drawn lighter.
 * - A `head` left out follows the torso. Limbs left out take their standing angle, 0 — straight
 *   down in the picture — so arms left out of a lying pose hang "down" towards the floor.
 *
 * Turning and twisting (degrees, positive = towards the person's LEFT, negative = right):
 * - `headTurn` turns the face: 90 = looking straight over the left shoulder. Front view: the nose
 *   shows on that side of a slightly narrower head. Side view: turning right (negative) turns the
 *   face towards the viewer, so the nose moves into the face; turning left hides it behind.
 *   Left out, the head turns with the torso (`torsoTwist`).
 * - `torsoTwist` turns the chest and shoulders above still hips. Front view: the shoulders come
 *   closer together, and from 30° the shoulder that turns away (and its arm) is drawn behind,
 *   lighter.
 *   Side view: the near (right) shoulder comes forward when turning left, back when turning right,
 *   and the chest looks wider.
 * - `footL`/`footR` (side view only) set a foot's angle like any limb angle: 90 = flat on the
 *   floor when standing, about 30 = up on the toes, about 120 = toes lifted off the floor. Left
 *   out, the foot sits at a right angle to the shin (or lies flat when the heel is on the floor).
 * - `palmL`/`palmR` turn the forearm: with the palm up or down a held dumbbell is seen end-on.
 *
 * The renderer places the figure so its lowest point rests on the floor, and draws the props
 * named (a chair under the hips, a wall behind the hands, water up to the chest, a bed under a
 * lying figure, a table under the hands …). Exercises that can be done lying but not on the floor
 * show a `bed`, so that nobody who cannot get down to the floor is put off by the picture.
 */
export type PoseView = 'side' | 'front';

export const POSE_PROPS = [
  'bed',
  'chair',
  'table',
  'wall',
  'mat',
  'band',
  'weights',
  'ankle_weight',
  'stationary_bike',
  'bicycle',
  'water',
  'step',
  'cushion',
] as const;
export type PoseProp = (typeof POSE_PROPS)[number];

/** Which way a palm faces (see `Pose.palmL`). */
export type PalmTurn = 'in' | 'up' | 'down';

/** The segment angles of a stick figure; any segment left out takes its neutral standing angle. */
export interface Pose {
  view: PoseView;
  torso?: number;
  head?: number;
  /** Turns the face left (+) or right (−); left out, the head turns with the torso. */
  headTurn?: number;
  /** Turns the chest and shoulders left (+) or right (−) above still hips. */
  torsoTwist?: number;
  upperArmL?: number;
  forearmL?: number;
  upperArmR?: number;
  forearmR?: number;
  thighL?: number;
  shinL?: number;
  thighR?: number;
  shinR?: number;
  /** Side view: the foot's own angle, e.g. up on the toes; left out, at a right angle to the shin. */
  footL?: number;
  footR?: number;
  /**
   * Which way a palm faces, for a weight held in that hand: 'in' (thumb up, the default) draws
   * the dumbbell across the hand; 'up' or 'down' turns it end-on, a round plate, in side view.
   */
  palmL?: PalmTurn;
  palmR?: PalmTurn;
  props?: PoseProp[];
  /** Little arrows or marks for what moves, e.g. a breath or a direction; optional. */
  cue?: 'breath_in' | 'breath_out' | 'hold' | 'repeat';
}
