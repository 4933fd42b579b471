/**
 * The exercise illustrations: a calm, rounded figure drawn from a Pose (conventions in pose.ts),
 * with its props and cues, as SVG with presentation attributes only (no style=, no <style>:
 * the app's Content-Security-Policy forbids inline styles). Pure and deterministic.
 */
import type { Exercise } from './exercise.js';
import type { Figure, Point } from './figure.js';
import { figureBounds, flattenFeet, layoutFigure } from './figure.js';
import { drawBreath, drawHold, drawRepeat, drawTransition } from './illustration-cues.js';
import { bedLift, drawBed, drawTable } from './illustration-furniture.js';
import {
  areHandsLow,
  areHandsRaised,
  bikeFloor,
  drawAnkleWeight,
  drawBand,
  drawBicycle,
  drawStationaryBike,
  drawWater,
  drawWeights,
  waterFloor,
} from './illustration-gear.js';
import {
  cushionLift,
  drawChair,
  drawCushion,
  drawMat,
  drawStep,
  drawWall,
  matLift,
  stepLift,
} from './illustration-props.js';
import { drawHead } from './illustration-head.js';
import type { PropLayer, Scene, SceneHints } from './illustration-scene.js';
import { HALO, PALETTE, noLayer } from './illustration-scene.js';
import type { Pose, PoseProp } from './pose.js';
import { POSE_PROPS } from './pose.js';
import { element, escapeXml, formatNumber, line, rect } from './svg-markup.js';

/** The stage one pose is drawn on; the floor line sits at `floorY`. */
export interface PoseRenderOptions extends SceneHints {
  width?: number;
  height?: number;
  floorY?: number;
}

const STAGE = { width: 220, height: 240, floorY: 212, gap: 40, margin: 10 } as const;

/** The props of a pose, once each, in a fixed back-to-front order. */
function propsOf(pose: Pose): PoseProp[] {
  return POSE_PROPS.filter((prop) => pose.props?.includes(prop));
}

/** Lays out a pose: the figure, and the floor line under its lowest point (or under its props). */
export function buildScene(pose: Pose, hints: SceneHints = {}): Scene {
  const laidOut = layoutFigure(pose, hints.seated);
  const figure = flattenFeet(laidOut, figureBounds(laidOut).maxY);
  const bounds = figureBounds(figure);
  const scene: Scene = { pose, hints, figure, bounds, floorY: bounds.maxY };
  const props = propsOf(pose);
  const has = (prop: PoseProp): boolean => props.includes(prop);
  const lift =
    (has('bed') ? bedLift() : 0) +
    (has('mat') ? matLift() : 0) +
    (has('step') ? stepLift(scene) : 0) +
    (has('cushion') ? cushionLift(scene) : 0);
  const floors = [scene.floorY + lift];
  if (has('bicycle')) floors.push(bikeFloor(scene, false));
  if (has('stationary_bike')) floors.push(bikeFloor(scene, true));
  if (has('water')) floors.push(waterFloor(scene));
  return { ...scene, floorY: Math.max(...floors) };
}

function drawProp(prop: PoseProp, scene: Scene): PropLayer {
  switch (prop) {
    case 'bed':
      return drawBed(scene);
    case 'table':
      return drawTable(scene);
    case 'ankle_weight':
      return drawAnkleWeight(scene);
    case 'chair':
      return drawChair(scene);
    case 'wall':
      return drawWall(scene);
    case 'mat':
      return drawMat(scene);
    case 'band':
      return drawBand(scene);
    case 'weights':
      return drawWeights(scene);
    case 'stationary_bike':
      return drawStationaryBike(scene);
    case 'bicycle':
      return drawBicycle(scene);
    case 'water':
      return noLayer(); // drawn across the whole stage, once its width is known
    case 'step':
      return drawStep(scene);
    case 'cushion':
      return drawCushion(scene);
  }
}

const SIDE_ORDER = ['legL', 'armL', 'torso', 'head', 'legR', 'armR'] as const;
/** Side view with the near arm reaching past the head: the head on top, so it is not lost. */
const SIDE_ORDER_HEAD_LAST = ['legL', 'armL', 'torso', 'legR', 'armR', 'head'] as const;
const FRONT_ORDER = ['legL', 'legR', 'torso', 'armL', 'armR', 'head'] as const;

/** True when the near arm runs across the head and on past it, as in arms overhead lying down. */
function isArmPastHead(f: Figure): boolean {
  const { root, end } = f.armR;
  const { center, r } = f.head;
  const reach = Math.hypot(end.x - root.x, end.y - root.y);
  const toHead = Math.hypot(center.x - root.x, center.y - root.y);
  if (reach <= toHead + r) return false;
  return f.segments
    .filter((s) => s.part === 'armR')
    .some((s) => distanceToSegment(center, s.from, s.to) < r);
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const t = Math.max(
    0,
    Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)),
  );
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** One body part: a thin halo in the background colour first, so it stands out from what is behind. */
function drawPart(f: Figure, part: (typeof FRONT_ORDER)[number]): string[] {
  if (part === 'head') return drawHead(f);
  const segments = f.segments.filter((s) => s.part === part);
  const isFar = segments.some((s) => s.depth === 'far');
  const color = isFar ? PALETTE.far : PALETTE.body;
  const halos = isFar
    ? []
    : segments.map((s) => line(s.from, s.to, PALETTE.background, s.width + HALO));
  return [...halos, ...segments.map((s) => line(s.from, s.to, color, s.width))];
}

/**
 * The figure: the far side (lighter, behind: the left limbs in side view, an arm turned away in a
 * front-view twist), then the torso, head and near side.
 */
function drawFigure(f: Figure): { far: string[]; rest: string[] } {
  const side = isArmPastHead(f) ? SIDE_ORDER_HEAD_LAST : SIDE_ORDER;
  const order = f.view === 'front' ? FRONT_ORDER : side;
  const isFar = (part: (typeof order)[number]): boolean =>
    part !== 'torso' && part !== 'head' && f[part].depth === 'far';
  return {
    far: order.filter(isFar).flatMap((part) => drawPart(f, part)),
    rest: order.filter((part) => !isFar(part)).flatMap((part) => drawPart(f, part)),
  };
}

interface Fit {
  scale: number;
  tx: number;
  ty: number;
}

/** Centres the figure and its props on the stage, shrinking only what would not fit. */
function fitStage(scene: Scene, layers: readonly PropLayer[], width: number, floorY: number): Fit {
  const minX = Math.min(scene.bounds.minX, ...layers.map((l) => l.minX ?? Infinity));
  const maxX = Math.max(scene.bounds.maxX, ...layers.map((l) => l.maxX ?? -Infinity));
  const scale = Math.min(
    1,
    (width - 16) / (maxX - minX),
    (floorY - 8) / (scene.floorY - scene.bounds.minY),
  );
  return { scale, tx: width / 2 - (scale * (minX + maxX)) / 2, ty: floorY - scale * scene.floorY };
}

function transformOf(fit: Fit): string {
  const move = `translate(${formatNumber(fit.tx)} ${formatNumber(fit.ty)})`;
  return fit.scale < 1 ? `${move} scale(${Math.round(fit.scale * 1000) / 1000})` : move;
}

function stageCue(pose: Pose, width: number): string[] {
  const corner = { x: width - 18, y: 18 };
  if (pose.cue === 'hold') return drawHold(corner);
  if (pose.cue === 'repeat') return drawRepeat(corner);
  return [];
}

/** Draws one pose on a stage of `width` × `height`, as an SVG <g> fragment. */
export function renderPoseSvg(pose: Pose, options: PoseRenderOptions = {}): string {
  const { width = STAGE.width, height = STAGE.height, floorY: givenFloorY, ...hints } = options;
  const floorY = givenFloorY ?? height - (STAGE.height - STAGE.floorY);
  const scene = buildScene(pose, hints);
  const layers = propsOf(pose).map((prop) => drawProp(prop, scene));
  const fit = fitStage(scene, layers, width, floorY);
  const water = pose.props?.includes('water')
    ? drawWater(scene, (8 - fit.tx) / fit.scale, (width - 8 - fit.tx) / fit.scale)
    : [];
  const breath =
    pose.cue === 'breath_in' || pose.cue === 'breath_out'
      ? drawBreath(scene, pose.cue === 'breath_in' ? 'in' : 'out')
      : [];
  const { far, rest } = drawFigure(scene.figure);
  const [back, mid, front] = [
    layers.flatMap((l) => l.back),
    layers.flatMap((l) => l.mid ?? []),
    layers.flatMap((l) => l.front),
  ];
  const local = [...back, ...far, ...mid, ...rest, ...front, ...water, ...breath];
  const floor = line({ x: 8, y: floorY }, { x: width - 8, y: floorY }, PALETTE.floor, 2.5);
  return element('g', { class: 'pose' }, [
    floor,
    element('g', { transform: transformOf(fit) }, local),
    ...stageCue(pose, width),
  ]);
}

/** Hints from the whole exercise: seated or standing when done only one way; one band layout for both poses. */
function exerciseHints(exercise: Exercise): SceneHints {
  const [sits, stands] = [
    exercise.positions.includes('seated'),
    exercise.positions.includes('standing'),
  ];
  const seated = sits === stands ? undefined : sits;
  const { start, end } = exercise.illustration;
  const figures = [start, end].map((pose) => layoutFigure(pose, seated));
  return {
    seated,
    bandBetweenHands: figures.some(areHandsRaised),
    bandUnderFeet: figures.some(areHandsLow),
  };
}

/** One standalone SVG document: the start pose on the left, a calm arrow, the end pose on the right. */
export function renderExerciseIllustration(exercise: Exercise): string {
  const { width: w, height: h, gap, margin } = STAGE;
  const total = margin * 2 + w * 2 + gap;
  const id = `pw-${exercise.id.replace(/[^a-z0-9-]/gu, '')}`;
  const at = (x: number, body: string): string =>
    element('g', { transform: `translate(${x} 0)` }, [body]);
  const arrowAt: Point = { x: margin + w + gap / 2, y: h / 2 };
  const hints = exerciseHints(exercise);
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${total} ${h}`,
      width: total,
      height: h,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
    },
    [
      element('title', { id: `${id}-title` }, [escapeXml(exercise.name)]),
      element('desc', { id: `${id}-desc` }, [escapeXml(exercise.illustration.alt)]),
      rect(0, 0, total, h, { rx: 14, fill: PALETTE.background }),
      at(margin, renderPoseSvg(exercise.illustration.start, hints)),
      ...drawTransition(arrowAt),
      at(margin + w + gap, renderPoseSvg(exercise.illustration.end, hints)),
    ],
  );
}
