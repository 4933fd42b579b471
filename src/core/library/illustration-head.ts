/** The figure's head: an upright oval from the front, a circle with a nose from the side, turned as the pose says. */
import type { Figure, Point } from './figure.js';
import { along } from './figure.js';
import { HALO, PALETTE } from './illustration-scene.js';
import { circle, element, formatNumber } from './svg-markup.js';

const RAD = Math.PI / 180;
const NOSE = { r: 2.6, reach: 8.5, front: 3.2 } as const;

/**
 * The head's own axes: `up` from the neck through the head, and `side` at a right angle to it:
 * towards the person's left in front view, the way the face looks in side view.
 */
function headAxes(f: Figure): { up: Point; side: Point } {
  const dx = f.head.center.x - f.neck.x;
  const dy = f.head.center.y - f.neck.y;
  const len = Math.hypot(dx, dy) || 1;
  const up = { x: dx / len, y: dy / len };
  return { up, side: { x: -up.y, y: up.x } };
}

/**
 * Front view: an oval tilted with the head. A turned face narrows the oval a little and puts the
 * nose out on the side it looks to, so a look over the shoulder reads at a glance.
 */
function frontHead(f: Figure): string[] {
  const { center, r } = f.head;
  const { up, side: left } = headAxes(f);
  const turn = Math.sin(f.headTurn * RAD);
  const rx = (r - 1) * (1 - 0.22 * Math.abs(turn));
  const angle = (Math.atan2(up.x, -up.y) * 180) / Math.PI;
  const tilt = `rotate(${formatNumber(angle)} ${formatNumber(center.x)} ${formatNumber(center.y)})`;
  const oval = (grow: number, fill: string): string =>
    element('ellipse', {
      cx: center.x,
      cy: center.y,
      rx: rx + grow,
      ry: r + 1 + grow,
      fill,
      transform: tilt,
    });
  const nose =
    Math.abs(turn) < 0.2
      ? []
      : [
          circle(along(along(center, left, turn * (rx + 2.6)), up, 1), NOSE.front, {
            fill: PALETTE.body,
          }),
        ];
  return [oval(HALO / 2, PALETTE.background), ...nose, oval(0, PALETTE.body)];
}

/**
 * Side view: a circle with the nose on the side it faces (the figure faces right). Turned away
 * (left, +) the nose slips behind the head; turned towards the viewer (right, −) it comes round
 * onto the face, drawn over the head with a thin halo so it still shows.
 */
function sideHead(f: Figure): string[] {
  const { center, r } = f.head;
  const { side: facing } = headAxes(f);
  const turn = f.headTurn;
  const nose = along(center, facing, NOSE.reach * Math.cos(turn * RAD));
  const base = [
    circle(center, r + HALO / 2, { fill: PALETTE.background }),
    circle(center, r, { fill: PALETTE.body }),
  ];
  if (turn <= -20) {
    const face = [
      circle(nose, NOSE.r + 1.4, { fill: PALETTE.background }),
      circle(nose, NOSE.r, { fill: PALETTE.body }),
    ];
    return [...base, ...face];
  }
  const [halo, ...rest] = base;
  return [halo ?? '', circle(nose, NOSE.r, { fill: PALETTE.body }), ...rest];
}

/** The head, as seen in the figure's view. */
export function drawHead(f: Figure): string[] {
  return f.view === 'front' ? frontHead(f) : sideHead(f);
}
