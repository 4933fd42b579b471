/** The small cue marks of the illustration: breath arrows, a hold clock, a repeat arrow, the start→end arrow. */
import type { Point } from './figure.js';
import { along } from './figure.js';
import type { Scene } from './illustration-scene.js';
import { PALETTE, chestNormal } from './illustration-scene.js';
import { circle, formatNumber, line, pathData, strokePath } from './svg-markup.js';

/** A chevron arrowhead at `tip` pointing along the unit vector `dir`. */
export function arrowhead(tip: Point, dir: Point, color: string, size = 5): string {
  const back = along(tip, dir, -size);
  const side = { x: -dir.y * size * 0.8, y: dir.x * size * 0.8 };
  const d = pathData([
    ['M', along(back, side, 1)],
    ['L', tip],
    ['L', along(back, side, -1)],
  ]);
  return strokePath(d, color, 2.2);
}

/** A gentle wave from `a` to `b` with an arrowhead at `b`. */
function waveArrow(a: Point, b: Point, color: string): string[] {
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  const dir = { x: (b.x - a.x) / len, y: (b.y - a.y) / len };
  const side = { x: -dir.y * 4, y: dir.x * 4 };
  const c1 = along(along(a, dir, len / 3), side, 1);
  const c2 = along(along(a, dir, (2 * len) / 3), side, -1);
  return [
    strokePath(
      pathData([
        ['M', a],
        ['C', c1, c2, b],
      ]),
      color,
      2.2,
    ),
    arrowhead(b, dir, color),
  ];
}

/** A breath arrow beside the chest: into it for breathing in, out of it for breathing out. */
export function drawBreath(scene: Scene, direction: 'in' | 'out'): string[] {
  const f = scene.figure;
  // Beside the chest, on the side away from the floor (the front, unless lying face down).
  let n = chestNormal(f);
  if (n.y > 0.5) n = { x: -n.x, y: -n.y };
  const [near, far] = f.view === 'front' ? [30, 46] : [20, 36];
  const [a, b] = [along(f.chest, n, far), along(f.chest, n, near)];
  return direction === 'in' ? waveArrow(a, b, PALETTE.cue) : waveArrow(b, a, PALETTE.cue);
}

/** A small clock face: hold the position. */
export function drawHold(center: Point): string[] {
  return [
    circle(center, 8, { fill: 'none', stroke: PALETTE.cue, 'stroke-width': 2.2 }),
    line(center, { x: center.x, y: center.y - 5 }, PALETTE.cue, 2),
    line(center, { x: center.x + 3.5, y: center.y }, PALETTE.cue, 2),
  ];
}

/** A circular arrow: repeat the movement. */
export function drawRepeat(center: Point): string[] {
  const r = 7.5;
  const start = { x: center.x + r, y: center.y };
  const end = { x: center.x, y: center.y - r };
  const d = `${pathData([['M', start]])} A${r} ${r} 0 1 1 ${formatNumber(end.x)} ${formatNumber(end.y)}`;
  return [strokePath(d, PALETTE.cue, 2.2), arrowhead(end, { x: 1, y: 0 }, PALETTE.cue, 4)];
}

/** The calm arrow between the start and the end pose. */
export function drawTransition(center: Point): string[] {
  const a = { x: center.x - 13, y: center.y };
  const b = { x: center.x + 13, y: center.y };
  const c = { x: center.x, y: center.y - 7 };
  return [
    strokePath(
      pathData([
        ['M', a],
        ['Q', c, b],
      ]),
      PALETTE.arrow,
      3,
    ),
    arrowhead(b, { x: 0.83, y: 0.55 }, PALETTE.arrow, 6),
  ];
}
