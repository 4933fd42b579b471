/**
 * The geometry of the illustration figure: turns a Pose's angles (conventions in pose.ts) into
 * joint positions in SVG coordinates (x to the right, y DOWN), with the hips at the origin.
 */
import type { Pose, PoseView } from './pose.js';

export interface Point {
  x: number;
  y: number;
}

/** Which way a body part is drawn: the near side, the far side (lighter) or the middle. */
export type Depth = 'near' | 'far' | 'mid';

/** The parts of the figure that are drawn as one group. */
export type BodyPart = 'torso' | 'armL' | 'armR' | 'legL' | 'legR';

/** One round-capped stroke of the figure. */
export interface Segment {
  part: BodyPart;
  from: Point;
  to: Point;
  width: number;
  depth: Depth;
}

export interface Limb {
  root: Point;
  joint: Point;
  end: Point;
  tip: Point;
  depth: Depth;
  /** True when the pose sets the foot's angle itself, so it is never laid flat. */
  footSet?: boolean;
}

/** The figure, laid out with the hips at (0, 0). */
export interface Figure {
  view: PoseView;
  hip: Point;
  neck: Point;
  /** Where the torso's stroke ends, a little below the neck. */
  torsoTop: Point;
  chest: Point;
  head: { center: Point; r: number };
  /** The face's turn, left (+) or right (−), in degrees (pose.ts). */
  headTurn: number;
  /** The chest's twist, left (+) or right (−), in degrees (pose.ts). */
  torsoTwist: number;
  armL: Limb;
  armR: Limb;
  legL: Limb;
  legR: Limb;
  segments: Segment[];
}

/** Segment lengths and stroke widths, in the proportions of an adult. */
export const BODY = {
  torso: 50,
  neck: 3,
  headR: 9,
  upperArm: 28,
  forearm: 26,
  thigh: 40,
  shin: 38,
  foot: 11,
  hand: 0,
  torsoWidth: { side: 17, front: 24 },
  limbWidth: 9,
  shoulderAt: 0.86,
  /** How far each shoulder sits from the middle of the chest. */
  shoulderSpan: 13,
} as const;

const RAD = Math.PI / 180;

/** The unit vector of a limb angle: from straight down, positive towards `sign` (+1 = right). */
export function limbDirection(angle: number, sign = 1): Point {
  return { x: sign * Math.sin(angle * RAD), y: Math.cos(angle * RAD) };
}

/** The unit vector of a torso or head angle: from straight up, positive to the right. */
export function trunkDirection(angle: number): Point {
  return { x: Math.sin(angle * RAD), y: -Math.cos(angle * RAD) };
}

/** Moves `p` by `length` along `dir`. */
export function along(p: Point, dir: Point, length: number): Point {
  return { x: p.x + dir.x * length, y: p.y + dir.y * length };
}

/** The foot's angle: at a right angle to the shin, or pointed when that would dig into the floor. */
function footAngle(shin: number): number {
  const flexed = shin + 90;
  return Math.cos(flexed * RAD) > 0.7 ? shin : flexed;
}

/** One side of the body: which way its angles turn (+1 = to the right) and how it is shaded. */
interface Side {
  sign: number;
  depth: Depth;
}

function buildLimb(
  root: Point,
  angles: [number, number],
  lengths: [number, number],
  side: Side,
): Limb {
  const joint = along(root, limbDirection(angles[0], side.sign), lengths[0]);
  const end = along(joint, limbDirection(angles[1], side.sign), lengths[1]);
  return { root, joint, end, tip: end, depth: side.depth };
}

function buildLeg(
  root: Point,
  [thigh, shin, foot]: [number, number, number | undefined],
  thighLength: number,
  view: PoseView,
  side: Side,
): Limb {
  const leg = buildLimb(root, [thigh, shin], [thighLength, BODY.shin], side);
  const footSet = view === 'side' && foot !== undefined;
  const angle = view === 'side' ? (foot ?? footAngle(shin)) : shin + 80;
  const tip = along(
    leg.end,
    limbDirection(angle, side.sign),
    view === 'side' ? BODY.foot : BODY.foot * 0.5,
  );
  return footSet ? { ...leg, tip, footSet } : { ...leg, tip };
}

/**
 * Seen from the front, a seated person's thighs point at the viewer and look short, unless
 * turned out to the side. The Pose model has no "seated" flag: `seated` comes from the
 * exercise's positions; without it, a front view with a chair and thighs near 0 counts as sitting.
 */
function thighLength(pose: Pose, seated: boolean | undefined): (angle?: number) => number {
  const nearZero = Math.max(Math.abs(pose.thighL ?? 0), Math.abs(pose.thighR ?? 0)) <= 15;
  const isSeated =
    pose.view === 'front' && pose.props?.includes('chair') === true && (seated ?? nearZero);
  return (angle = 0) =>
    isSeated ? BODY.thigh * (0.2 + 0.8 * Math.min(1, Math.abs(angle) / 90)) : BODY.thigh;
}

type Trunk = Pick<
  Figure,
  'view' | 'hip' | 'neck' | 'torsoTop' | 'chest' | 'head' | 'headTurn' | 'torsoTwist'
> & {
  shoulder: Point;
  across: Point;
};

function layoutTrunk(pose: Pose): Trunk {
  const torso = pose.torso ?? 0;
  const up = trunkDirection(torso);
  const hip = { x: 0, y: 0 };
  const neck = along(hip, up, BODY.torso);
  return {
    view: pose.view,
    hip,
    neck,
    torsoTop: along(hip, up, BODY.torso * 0.9),
    chest: along(hip, up, BODY.torso * 0.68),
    shoulder: along(hip, up, BODY.torso * BODY.shoulderAt),
    across: { x: -up.y, y: up.x },
    // A head left out lines up with the torso, so lying poses need not spell it out.
    head: {
      center: along(neck, trunkDirection(pose.head ?? torso), BODY.neck + BODY.headR),
      r: BODY.headR,
    },
    // Likewise a face left unturned looks where the chest looks.
    headTurn: pose.headTurn ?? pose.torsoTwist ?? 0,
    torsoTwist: pose.torsoTwist ?? 0,
  };
}

/**
 * Where the shoulders sit and how their arms are shaded. A twist turns the shoulder line out of
 * the picture: in front view the shoulders close up and the one turning away goes behind; in side
 * view the near shoulder comes forward (twist to the left) or goes back (twist to the right).
 */
function shoulderSides(trunk: Trunk): { left: Point; right: Point; depthL: Depth; depthR: Depth } {
  const { shoulder, across, torsoTwist, view } = trunk;
  const twist = torsoTwist * RAD;
  if (view === 'side') {
    const forward = BODY.shoulderSpan * Math.sin(twist);
    return {
      left: along(shoulder, across, -forward),
      right: along(shoulder, across, forward),
      depthL: 'far',
      depthR: 'near',
    };
  }
  const span = BODY.shoulderSpan * Math.cos(twist);
  const turned = Math.abs(torsoTwist) >= 30;
  return {
    left: along(shoulder, across, span),
    right: along(shoulder, across, -span),
    depthL: turned && torsoTwist > 0 ? 'far' : 'mid',
    depthR: turned && torsoTwist < 0 ? 'far' : 'mid',
  };
}

/** Lays out the figure of a pose, with the hips at the origin; `seated` is a hint for the front view. */
export function layoutFigure(pose: Pose, seated?: boolean): Figure {
  const full = layoutTrunk(pose);
  const { shoulder, across, ...trunk } = full;
  const front = pose.view === 'front';
  const offset = (p: Point, d: number): Point => (front ? along(p, across, d) : p);
  // Side view faces right, so the person's right side is towards the viewer.
  const left: Side = front ? { sign: 1, depth: 'mid' } : { sign: 1, depth: 'far' };
  const right: Side = front ? { sign: -1, depth: 'mid' } : { sign: 1, depth: 'near' };
  const shoulders = shoulderSides(full);
  const arm: [number, number] = [BODY.upperArm, BODY.forearm];
  const thigh = thighLength(pose, seated);
  const figure = {
    ...trunk,
    armL: buildLimb(shoulders.left, [pose.upperArmL ?? 0, pose.forearmL ?? 0], arm, {
      ...left,
      depth: shoulders.depthL,
    }),
    armR: buildLimb(shoulders.right, [pose.upperArmR ?? 0, pose.forearmR ?? 0], arm, {
      ...right,
      depth: shoulders.depthR,
    }),
    legL: buildLeg(
      offset(trunk.hip, 7),
      [pose.thighL ?? 0, pose.shinL ?? 0, pose.footL],
      thigh(pose.thighL),
      pose.view,
      left,
    ),
    legR: buildLeg(
      offset(trunk.hip, -7),
      [pose.thighR ?? 0, pose.shinR ?? 0, pose.footR],
      thigh(pose.thighR),
      pose.view,
      right,
    ),
  };
  return { ...figure, segments: figureSegments(figure) };
}

function limbSegments(part: BodyPart, limb: Limb, width: number): Segment[] {
  const { depth } = limb;
  const segments = [
    { part, from: limb.root, to: limb.joint, width, depth },
    { part, from: limb.joint, to: limb.end, width, depth },
  ];
  if (limb.tip !== limb.end)
    segments.push({ part, from: limb.end, to: limb.tip, width: width * 0.8, depth });
  return segments;
}

/** The torso's stroke: a twist turns the wide chest out of a front view and into a side view. */
function torsoWidth(f: Omit<Figure, 'segments'>): number {
  const { front, side } = BODY.torsoWidth;
  const turned = Math.abs(Math.sin(f.torsoTwist * RAD));
  return f.view === 'front' ? front - (front - side) * turned : side + (front - side) * turned;
}

function figureSegments(f: Omit<Figure, 'segments'>): Segment[] {
  const width = torsoWidth(f);
  const w = BODY.limbWidth;
  return [
    ...limbSegments('legL', f.legL, w),
    ...limbSegments('legR', f.legR, w),
    { part: 'torso', from: f.hip, to: f.torsoTop, width, depth: 'mid' },
    ...limbSegments('armL', f.armL, w * 0.9),
    ...limbSegments('armR', f.armR, w * 0.9),
  ];
}

function flattenFoot(leg: Limb, floorY: number): Limb {
  const onFloor = leg.end.y + BODY.limbWidth / 2 > floorY - 6;
  const toesUp = leg.tip.y < leg.end.y - 1;
  return onFloor && toesUp && leg.footSet !== true
    ? { ...leg, tip: { x: leg.end.x + BODY.foot, y: leg.end.y } }
    : leg;
}

/** Lays side-view feet whose heels rest on the floor flat on it, instead of toes in the air. */
export function flattenFeet(f: Figure, floorY: number): Figure {
  if (f.view === 'front') return f;
  const figure = { ...f, legL: flattenFoot(f.legL, floorY), legR: flattenFoot(f.legR, floorY) };
  return { ...figure, segments: figureSegments(figure) };
}

/** The box around the figure, strokes and head included. */
export function figureBounds(f: Figure): {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
} {
  const { center, r } = f.head;
  const box = { minX: center.x - r, maxX: center.x + r, minY: center.y - r, maxY: center.y + r };
  for (const s of f.segments) {
    for (const p of [s.from, s.to]) {
      box.minX = Math.min(box.minX, p.x - s.width / 2);
      box.maxX = Math.max(box.maxX, p.x + s.width / 2);
      box.minY = Math.min(box.minY, p.y - s.width / 2);
      box.maxY = Math.max(box.maxY, p.y + s.width / 2);
    }
  }
  return box;
}
