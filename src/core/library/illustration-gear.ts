/** Gear props of the illustration: band, weights, the two bikes and water. */
import type { Figure, Limb, Point } from './figure.js';
import type { PropLayer, Scene } from './illustration-scene.js';
import type { PalmTurn } from './pose.js';
import { PALETTE, footBottom, groundY, hipHeight, isLying } from './illustration-scene.js';
import { circle, element, line, pathData, strokePath } from './svg-markup.js';

const WHEEL = 26;

function mid(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** Where the band goes from the hands: around a lifted foot, or a foot stretched out on the floor. */
function bandTarget(scene: Scene): Point | null {
  const f = scene.figure;
  const higher = f.legR.end.y <= f.legL.end.y ? f.legR : f.legL;
  if (footBottom(higher) < groundY(scene) - 12) return higher.tip;
  const foot = f.legR.tip.x > f.legL.tip.x ? f.legR.tip : f.legL.tip;
  if (hipHeight(scene) < 30 && foot.x > Math.max(f.armL.end.x, f.armR.end.x) + 10) return foot;
  return (scene.hints.bandUnderFeet ?? areHandsLow(f)) ? mid(f.legL.end, f.legR.tip) : null;
}

/** True when a hand hangs at hip height or lower (a band from there goes under the feet). */
export function areHandsLow(f: Figure): boolean {
  return Math.max(f.armL.end.y, f.armR.end.y) > f.hip.y - 2;
}

/** True when both hands are well above the hips. */
export function areHandsRaised(f: Figure): boolean {
  return f.armL.end.y < f.hip.y - 10 && f.armR.end.y < f.hip.y - 10;
}

/** Front view: between the hands when they are raised, else a loop around the knees or ankles. */
function frontBandEnds(scene: Scene): [Point, Point] {
  const f = scene.figure;
  if (scene.hints.bandBetweenHands ?? areHandsRaised(f)) return [f.armL.end, f.armR.end];
  const { legL, legR } = f;
  const seated = Math.hypot(legL.joint.x - legL.root.x, legL.joint.y - legL.root.y) < 30;
  if (seated) return [legL.joint, legR.joint];
  const low = (leg: typeof legL): Point => ({
    x: leg.joint.x + (leg.end.x - leg.joint.x) * 0.75,
    y: leg.joint.y + (leg.end.y - leg.joint.y) * 0.75,
  });
  return [low(legL), low(legR)];
}

/** An exercise band: around a raised or outstretched foot, between the hands, or to an anchor ahead. */
export function drawBand(scene: Scene): PropLayer {
  const f = scene.figure;
  const band = (from: Point, to: Point, far = false): string =>
    line(from, to, PALETTE.band, 2.5, far ? { opacity: 0.55 } : {});
  if (f.view === 'front') return { back: [], front: [band(...frontBandEnds(scene))] };
  const target = bandTarget(scene);
  if (target)
    return { back: [], front: [band(f.armL.end, target, true), band(f.armR.end, target)] };
  const anchor = { x: scene.bounds.maxX + 24, y: f.armR.end.y };
  return {
    back: [
      line(
        { x: anchor.x + 3, y: anchor.y - 18 },
        { x: anchor.x + 3, y: anchor.y + 18 },
        PALETTE.wallEdge,
        3,
      ),
    ],
    front: [
      band(f.armL.end, anchor, true),
      band(f.armR.end, anchor),
      circle(anchor, 3, { fill: PALETTE.metal }),
    ],
    maxX: anchor.x + 6,
  };
}

/** A dumbbell in the hand: across it, or end-on (a round plate) when the palm turns up or down. */
function dumbbell(arm: Limb, palm: PalmTurn = 'in'): string[] {
  const extra = arm.depth === 'far' ? { opacity: 0.5 } : {};
  if (palm !== 'in')
    return [
      circle(arm.end, 7, { fill: PALETTE.metal, ...extra }),
      circle(arm.end, 2.5, { fill: PALETTE.frame, ...extra }),
    ];
  const len = Math.hypot(arm.end.x - arm.joint.x, arm.end.y - arm.joint.y) || 1;
  const d = { x: (arm.end.x - arm.joint.x) / len, y: (arm.end.y - arm.joint.y) / len };
  const p = { x: -d.y, y: d.x };
  const at = (k: number, j = 0): Point => ({
    x: arm.end.x + p.x * k + d.x * j,
    y: arm.end.y + p.y * k + d.y * j,
  });
  return [
    line(at(-8), at(8), PALETTE.metal, 3, extra),
    line(at(-8, -5), at(-8, 5), PALETTE.metal, 7, extra),
    line(at(8, -5), at(8, 5), PALETTE.metal, 7, extra),
  ];
}

/** A small dumbbell in each hand. */
export function drawWeights(scene: Scene): PropLayer {
  const { figure: f, pose } = scene;
  return { back: [], front: [...dumbbell(f.armL, pose.palmL), ...dumbbell(f.armR, pose.palmR)] };
}

/** A small weight cuff strapped round the right ankle (the near leg in side view), just above the foot. */
export function drawAnkleWeight(scene: Scene): PropLayer {
  const leg = scene.figure.legR;
  const len = Math.hypot(leg.end.x - leg.joint.x, leg.end.y - leg.joint.y) || 1;
  const d = { x: (leg.end.x - leg.joint.x) / len, y: (leg.end.y - leg.joint.y) / len };
  const at = { x: leg.end.x - d.x * 7, y: leg.end.y - d.y * 7 };
  const p = { x: -d.y * 7.5, y: d.x * 7.5 };
  const [a, b] = [
    { x: at.x + p.x, y: at.y + p.y },
    { x: at.x - p.x, y: at.y - p.y },
  ];
  return {
    back: [],
    front: [line(a, b, PALETTE.background, 11), line(a, b, PALETTE.metal, 8)],
  };
}

function pedals(scene: Scene): { left: Point; right: Point; center: Point } {
  const { legL, legR } = scene.figure;
  const left = mid(legL.end, legL.tip);
  const right = mid(legR.end, legR.tip);
  return { left, right, center: mid(left, right) };
}

/** Where a bike's lowest part puts the floor: wheels or stand under the pedals. */
export function bikeFloor(scene: Scene, stationary: boolean): number {
  const { center, left } = pedals(scene);
  const crank = Math.max(8, Math.hypot(left.x - center.x, left.y - center.y));
  return stationary ? center.y + crank + 18 : center.y + WHEEL + 1.5;
}

function handlebar(scene: Scene, fallback: Point): Point {
  const f = scene.figure;
  const hand = f.armR.end;
  return hand.x > f.neck.x + 10 && hand.y > f.neck.y ? { x: hand.x + 2, y: hand.y + 2 } : fallback;
}

function drivetrain(scene: Scene): string[] {
  const { left, right, center } = pedals(scene);
  const pedal = (p: Point, far: boolean): string =>
    line(
      { x: p.x - 5, y: p.y + 4 },
      { x: p.x + 5, y: p.y + 4 },
      PALETTE.metal,
      3,
      far ? { opacity: 0.5 } : {},
    );
  return [
    line(center, left, PALETTE.metal, 2.5),
    line(center, right, PALETTE.metal, 2.5),
    pedal(left, true),
    pedal(right, false),
  ];
}

/** A simple bicycle: two wheels, a frame from the saddle under the hips, pedals at the feet. */
export function drawBicycle(scene: Scene): PropLayer {
  const { hip } = scene.figure;
  const { center } = pedals(scene);
  const axleY = scene.floorY - WHEEL - 1.5;
  const rear = { x: center.x - 44, y: axleY };
  const front = { x: center.x + 58, y: axleY };
  const saddle = { x: hip.x - 2, y: hip.y + 11 };
  const bar = handlebar(scene, { x: front.x - 12, y: hip.y - 20 });
  const head = { x: bar.x + 2, y: bar.y + 12 };
  const frame = strokePath(
    pathData([
      ['M', rear],
      ['L', center],
      ['L', saddle],
      ['L', rear],
      ['M', center],
      ['L', head],
      ['L', saddle],
      ['M', bar],
      ['L', front],
    ]),
    PALETTE.frame,
    3,
  );
  const wheel = (c: Point): string =>
    circle(c, WHEEL, { fill: 'none', stroke: PALETTE.frame, 'stroke-width': 3 });
  return {
    back: [wheel(rear), wheel(front)],
    mid: [
      frame,
      line({ x: saddle.x - 9, y: saddle.y }, { x: saddle.x + 7, y: saddle.y }, PALETTE.metal, 4),
    ],
    front: drivetrain(scene),
    minX: rear.x - WHEEL - 2,
    maxX: front.x + WHEEL + 2,
  };
}

/** A stationary bike: a floor stand, a flywheel in front, a saddle under the hips, pedals at the feet. */
export function drawStationaryBike(scene: Scene): PropLayer {
  const { hip } = scene.figure;
  const { center } = pedals(scene);
  const base = scene.floorY - 3;
  const saddle = { x: hip.x - 2, y: hip.y + 11 };
  const fly = { x: center.x + 30, y: center.y - 4 };
  const bar = handlebar(scene, { x: fly.x + 6, y: hip.y - 26 });
  const frame = strokePath(
    pathData([
      ['M', saddle],
      ['L', { x: saddle.x + 4, y: base }],
      ['M', { x: fly.x + 12, y: base }],
      ['L', bar],
      ['M', saddle],
      ['L', fly],
    ]),
    PALETTE.frame,
    4,
  );
  return {
    back: [line({ x: saddle.x - 24, y: base }, { x: fly.x + 30, y: base }, PALETTE.frame, 6)],
    mid: [
      frame,
      circle(fly, 16, { fill: '#d3d9de', stroke: PALETTE.frame, 'stroke-width': 3 }),
      line({ x: saddle.x - 9, y: saddle.y }, { x: saddle.x + 7, y: saddle.y }, PALETTE.metal, 5),
    ],
    front: drivetrain(scene),
    minX: saddle.x - 28,
    maxX: fly.x + 34,
  };
}

function waterSurface(scene: Scene): number {
  const f = scene.figure;
  return isLying(f) ? Math.min(f.hip.y, f.chest.y) - 4 : f.chest.y - 2;
}

/** Where the pool floor sits: below a floating body, else under the feet. */
export function waterFloor(scene: Scene): number {
  return isLying(scene.figure) ? scene.bounds.maxY + 26 : scene.floorY;
}

/** Translucent water from the floor up to the chest (or the floating body) with a wavy surface. */
export function drawWater(scene: Scene, left: number, right: number): string[] {
  const top = waterSurface(scene);
  const commands: Array<readonly [string, ...Point[]]> = [['M', { x: left, y: top }]];
  const waves = Math.max(1, Math.round((right - left) / 20));
  const step = (right - left) / waves;
  for (let i = 0, x = left; i < waves; i += 1, x += step) {
    const half = x + step / 2;
    commands.push(
      ['Q', { x: x + step / 4, y: top - 3 }, { x: half, y: top }],
      ['Q', { x: half + step / 4, y: top + 3 }, { x: x + step, y: top }],
    );
  }
  const wave = pathData(commands);
  const bottom = { x: right, y: scene.floorY };
  const fill = `${wave} ${pathData([
    ['L', bottom],
    ['L', { x: left, y: scene.floorY }],
  ])} Z`;
  return [
    element('path', { d: fill, fill: PALETTE.water, 'fill-opacity': 0.38 }),
    strokePath(wave, PALETTE.waterLine, 2, { opacity: 0.8 }),
  ];
}
