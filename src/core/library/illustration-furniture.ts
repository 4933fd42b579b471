/** Furniture the figure rests on or leans on: a low bed under a lying figure, a table under the hands. */
import { BODY } from './figure.js';
import type { PropLayer, Scene } from './illustration-scene.js';
import { BED, PALETTE, isLying } from './illustration-scene.js';
import { line, rect } from './svg-markup.js';

/** How much a bed raises the figure: the height of its mattress's front edge. */
export function bedLift(): number {
  return BED.height;
}

/** A pillow under the head, unless the figure lies face down or brings its own cushion. */
function pillow(scene: Scene, top: number): string[] {
  const { figure: f, pose } = scene;
  const faceDown = pose.view === 'side' && (pose.torso ?? 0) > 45;
  if (!isLying(f) || faceDown || pose.props?.includes('cushion') === true) return [];
  const soft = { fill: PALETTE.pillow, stroke: PALETTE.mattressEdge, 'stroke-width': 1.5, rx: 5 };
  return [rect(f.head.center.x - 17, top - BED.depth + 2, 34, BED.depth - 1, soft)];
}

/**
 * A low bed seen a little from above: a soft mattress (its top and its front) on a wooden frame,
 * a headboard at the head's end and a low board at the feet, so a lying exercise reads as done
 * in bed rather than down on the floor.
 */
export function drawBed(scene: Scene): PropLayer {
  const { figure: f, bounds, floorY } = scene;
  const top = floorY - BED.height;
  const [x0, x1] = [bounds.minX - 12, bounds.maxX + 12];
  const headLeft = f.head.center.x <= f.hip.x;
  const [headX, footX] = headLeft ? [x0, x1] : [x1, x0];
  const railY = top + BED.mattress + 3;
  const wood = (a: [number, number], b: [number, number], width: number): string =>
    line({ x: a[0], y: a[1] }, { x: b[0], y: b[1] }, PALETTE.wood, width);
  const edge = { stroke: PALETTE.mattressEdge, 'stroke-width': 1.5 };
  return {
    back: [
      wood([headX, top - BED.depth - 26], [headX, floorY], 6),
      wood([footX, top - BED.depth + 2], [footX, floorY], 5),
      wood([x0, railY], [x1, railY], 6),
      rect(x0 + 2, top - BED.depth, x1 - x0 - 4, BED.depth + 4, {
        rx: 5,
        fill: PALETTE.mattressTop,
        ...edge,
      }),
      rect(x0 + 2, top, x1 - x0 - 4, BED.mattress, { rx: 4, fill: PALETTE.mattress, ...edge }),
      ...pillow(scene, top),
    ],
    front: [],
    minX: x0 - 3,
    maxX: x1 + 3,
  };
}

/** A table or kitchen counter, its top just under the hands that rest on it. */
export function drawTable(scene: Scene): PropLayer {
  const { figure: f, floorY } = scene;
  const hand = f.view === 'front' || f.armR.end.x >= f.armL.end.x ? f.armR.end : f.armL.end;
  const topY = Math.max(f.armL.end.y, f.armR.end.y) + BODY.limbWidth / 2 + 3;
  const [x0, x1] = f.view === 'front' ? [f.hip.x - 40, f.hip.x + 40] : [hand.x - 12, hand.x + 46];
  const wood = (a: [number, number], b: [number, number], width: number): string =>
    line({ x: a[0], y: a[1] }, { x: b[0], y: b[1] }, PALETTE.wood, width);
  const table = [
    wood([x0 + 5, topY], [x0 + 5, floorY], 5),
    wood([x1 - 5, topY], [x1 - 5, floorY], 5),
    wood([x0, topY + 8], [x1, topY + 8], 3),
    wood([x0, topY], [x1, topY], 6),
  ];
  return f.view === 'front'
    ? { back: [], front: table, minX: x0, maxX: x1 }
    : { back: table, front: [], minX: x0, maxX: x1 };
}
