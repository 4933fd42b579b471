/** Furniture props of the illustration: chair, wall, mat, step and cushion. */
import { BODY } from './figure.js';
import type { PropLayer, Scene } from './illustration-scene.js';
import {
  PALETTE,
  footBottom,
  footSpan,
  groundY,
  isLying,
  isSitting,
} from './illustration-scene.js';
import { line, rect } from './svg-markup.js';

const SEAT_HEIGHT = 40;
/** How high the seat stands under an ordinary seated figure (thighs level, shins upright). */
const SEAT_TOP = 31;
const STEP_HEIGHT = 14;
const MAT_HEIGHT = 3;

/** Paints a side-view chair: seat from x0 to x1 at `seatY`; the backrest rises to `top` at one end. */
function sideChair(
  scene: Scene,
  [x0, x1]: [number, number],
  seatY: number,
  [backX, top]: [number, number],
): string[] {
  const wood = PALETTE.wood;
  const otherX = Math.abs(backX - x0) < Math.abs(backX - x1) ? x1 - 2 : x0 + 2;
  return [
    line({ x: backX, y: top }, { x: backX, y: scene.floorY }, wood, 5),
    line({ x: otherX, y: seatY }, { x: otherX, y: scene.floorY }, wood, 5),
    line({ x: x0, y: seatY }, { x: x1, y: seatY }, wood, 6),
  ];
}

/**
 * Sitting: the seat just under the hips, but never higher than an ordinary seat above the floor,
 * so hips pushed up off it (a chair push-up) show a gap.
 */
function seatChair(scene: Scene): PropLayer {
  const f = scene.figure;
  const seatY = Math.max(f.hip.y + BODY.torsoWidth.side / 2 + 3, scene.floorY - SEAT_TOP);
  const front = Math.max(Math.max(f.legL.joint.x, f.legR.joint.x) - 4, f.hip.x + 24);
  const backX = Math.min(f.hip.x - 13, f.neck.x - 12);
  return {
    back: sideChair(scene, [backX, front], seatY, [backX, seatY - 52]),
    front: [],
    minX: backX,
    maxX: front,
  };
}

/** Lying with the calves up on the seat: the seat under the near calf, backrest at the far end. */
function legRestChair(scene: Scene): PropLayer | null {
  const { figure: f, floorY } = scene;
  const calf = f.legR;
  const seatY = Math.max(calf.joint.y, calf.end.y) + BODY.limbWidth / 2 + 3;
  if (!isLying(f) || seatY > floorY - 20) return null;
  const [x0, x1] = [
    Math.min(calf.joint.x, calf.end.x) - 4,
    Math.max(calf.joint.x, calf.end.x) + 10,
  ];
  const backX = calf.end.x >= f.hip.x ? x1 : x0;
  return {
    back: sideChair(scene, [x0, x1], seatY, [backX, seatY - 52]),
    front: [],
    minX: x0,
    maxX: x1,
  };
}

/** Holding the chair's back: a long reach forward and down (folded or raised arms are not). */
function heldChair(scene: Scene): PropLayer | null {
  const { figure: f, floorY } = scene;
  const seatY = floorY - SEAT_HEIGHT;
  const arm = f.armR.end.x > f.armL.end.x ? f.armR : f.armL;
  const hand = arm.end;
  const reach = Math.hypot(hand.x - arm.root.x, hand.y - arm.root.y);
  if (reach <= 42 || hand.x <= f.neck.x + 25 || hand.y <= arm.root.y + 15) return null;
  const x = hand.x + 4;
  return {
    back: sideChair(scene, [x, x + 38], seatY, [x, Math.min(hand.y, seatY - 24)]),
    front: [],
    minX: x,
    maxX: x + 38,
  };
}

/** A chair: under the hips when sitting, under the calves when lying, held in front, else behind. */
export function drawChair(scene: Scene): PropLayer {
  const { figure: f, floorY } = scene;
  if (f.view === 'front') return frontChair(scene);
  if (isSitting(scene)) return seatChair(scene);
  const placed = legRestChair(scene) ?? heldChair(scene);
  if (placed) return placed;
  const seatY = floorY - SEAT_HEIGHT;
  const front = Math.min(f.hip.x, f.legL.end.x, f.legR.end.x) - 9;
  return {
    back: sideChair(scene, [front - 38, front], seatY, [front - 38, seatY - 52]),
    front: [],
    minX: front - 38,
    maxX: front,
  };
}

/** Front view: sitting, the chair shows behind the figure; standing, its back is held in front. */
function frontChair(scene: Scene): PropLayer {
  const { figure: f, floorY } = scene;
  const [x0, x1] = [f.hip.x - 28, f.hip.x + 28];
  const wood = (a: [number, number], b: [number, number], width = 5): string =>
    line({ x: a[0], y: a[1] }, { x: b[0], y: b[1] }, PALETTE.wood, width);
  if (!isSitting(scene)) {
    const seatY = floorY - SEAT_HEIGHT;
    const top = Math.min(Math.max(f.armL.end.y, f.armR.end.y, seatY - 44), seatY - 20);
    const front = [
      wood([x0 + 4, top], [x0 + 4, floorY], 4),
      wood([x1 - 4, top], [x1 - 4, floorY], 4),
      wood([x0, top], [x1, top], 6),
    ];
    return { back: [wood([x0 + 8, seatY], [x1 - 8, seatY], 4)], front, minX: x0, maxX: x1 };
  }
  const seatY = f.hip.y + 10;
  const back = [
    rect(x0 + 4, seatY - 50, x1 - x0 - 8, 26, {
      rx: 4,
      fill: 'none',
      stroke: PALETTE.wood,
      'stroke-width': 5,
    }),
    wood([x0 + 4, seatY], [x0 + 4, floorY]),
    wood([x1 - 4, seatY], [x1 - 4, floorY]),
    wood([x0, seatY], [x1, seatY], 7),
  ];
  return { back, front: [], minX: x0, maxX: x1 };
}

/** A wall in front of reaching hands, else behind the back; in front view a panel behind. */
export function drawWall(scene: Scene): PropLayer {
  const { figure: f, bounds, floorY } = scene;
  const top = Math.min(bounds.minY - 14, floorY - 170);
  if (f.view === 'front') {
    const [x0, x1] = [bounds.minX - 14, bounds.maxX + 14];
    return {
      back: [rect(x0, top, x1 - x0, floorY - top, { rx: 3, fill: PALETTE.wall })],
      front: [],
      minX: x0,
      maxX: x1,
    };
  }
  const reach = Math.max(f.armL.end.x, f.armR.end.x);
  const x = reach > f.neck.x + 18 ? reach + BODY.limbWidth / 2 : bounds.minX - 8;
  const edge = reach > f.neck.x + 18 ? x : x + 8;
  return {
    back: [
      rect(x, top, 8, floorY - top, { fill: PALETTE.wall }),
      line({ x: edge, y: top }, { x: edge, y: floorY }, PALETTE.wallEdge, 2),
    ],
    front: [],
    minX: x,
    maxX: x + 8,
  };
}

/** How much a mat raises the figure. */
export function matLift(): number {
  return MAT_HEIGHT;
}

/** A thin rounded mat under the figure. */
export function drawMat(scene: Scene): PropLayer {
  const { bounds, floorY } = scene;
  const [x0, x1] = [bounds.minX - 10, bounds.maxX + 10];
  return {
    back: [
      rect(x0, floorY - MAT_HEIGHT - 1, x1 - x0, MAT_HEIGHT + 1, { rx: 2, fill: PALETTE.mat }),
    ],
    front: [],
    minX: x0,
    maxX: x1,
  };
}

/** How far a step lowers the floor: the whole step height when both feet stand on it. */
export function stepLift(scene: Scene): number {
  const { figure: f, floorY } = scene;
  const onFloor = (y: number): boolean => y > floorY - 3;
  return onFloor(footBottom(f.legL)) && onFloor(footBottom(f.legR)) && !isLying(f)
    ? STEP_HEIGHT
    : 0;
}

/** A step box under the raised foot, or under both feet. */
export function drawStep(scene: Scene): PropLayer {
  const { figure: f, floorY } = scene;
  const boxes: Array<[number, number, number]> = [];
  for (const leg of [f.legL, f.legR]) {
    const bottom = footBottom(leg);
    const [x0, x1] = footSpan(leg);
    if (bottom < floorY - 3 && bottom > floorY - 45) boxes.push([x0 - 10, x1 + 10, bottom]);
  }
  if (boxes.length === 2 && Math.abs((boxes[0]?.[2] ?? 0) - (boxes[1]?.[2] ?? 0)) < 4) {
    const [a, b] = boxes as [[number, number, number], [number, number, number]];
    boxes.splice(0, 2, [Math.min(a[0], b[0]), Math.max(a[1], b[1]), Math.max(a[2], b[2])]);
  }
  const back = boxes.map(([x0, x1, top]) =>
    rect(x0, top, x1 - x0, floorY - top, {
      rx: 2,
      fill: PALETTE.step,
      stroke: PALETTE.stepEdge,
      'stroke-width': 1.5,
    }),
  );
  if (boxes.length === 0) return { back, front: [] };
  return {
    back,
    front: [],
    minX: Math.min(...boxes.map((b) => b[0])),
    maxX: Math.max(...boxes.map((b) => b[1])),
  };
}

/** How much a cushion raises the figure: under sitting hips or under standing feet. */
export function cushionLift(scene: Scene): number {
  const { figure: f, floorY } = scene;
  if (isLying(f)) return 0;
  const hipBottom = f.hip.y + BODY.torsoWidth.side / 2;
  if (hipBottom > floorY - 4) return 9;
  return isSitting(scene) ? 0 : 8;
}

/** A soft cushion: under the head when lying, under the hips when sitting, else under the feet. */
export function drawCushion(scene: Scene): PropLayer {
  const { figure: f, floorY } = scene;
  const soft = { rx: 5, fill: PALETTE.cushion };
  if (isLying(f)) {
    const { center, r } = f.head;
    const ground = groundY(scene);
    const top = Math.min(center.y + r - 4, ground - 7);
    return { back: [rect(center.x - 16, top, 32, ground - top, soft)], front: [] };
  }
  const hipBottom = f.hip.y + BODY.torsoWidth.side / 2;
  if (hipBottom > floorY - 30) {
    const top = Math.min(hipBottom - 3, floorY - 9);
    return { back: [rect(f.hip.x - 20, top, 40, floorY - top, soft)], front: [] };
  }
  const [a, b] = [footSpan(f.legL), footSpan(f.legR)];
  const [x0, x1] = [Math.min(a[0], b[0]) - 8, Math.max(a[1], b[1]) + 8];
  return { back: [rect(x0, floorY - 9, x1 - x0, 9, soft)], front: [], minX: x0, maxX: x1 };
}
