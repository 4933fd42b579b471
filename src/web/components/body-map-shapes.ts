/**
 * The drawing of the body picture: a simple, symmetric figure in a 340 × 400 box, front and back.
 * Each pain area has its shapes, a label position at the side, and a leader line to the body.
 * Areas appear once each for the keyboard (front: head, limbs and neck; back: upper and lower back);
 * the other view repeats them for pointers only.
 */
import type { JournalRegion } from '../../core/journal/detail.js';

export type Shape =
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; r: number }
  | { kind: 'path'; d: string };

export interface RegionDrawing {
  area: Exclude<JournalRegion, 'widespread'>;
  shapes: Shape[];
  label: { x: number; y: number; side: 'left' | 'right' };
  leader: [number, number, number, number];
}

export const VIEW_BOX = { width: 340, height: 400 } as const;
export const LABEL_COLUMN_WIDTH = 88;
/** Lines of a label are this far apart, and at most this many characters long (14 px text). */
export const LINE_HEIGHT = 17;
export const LABEL_MAX_CHARS = 11;
/** A label's tap target is at least this tall: 44 px and more where the picture is drawn 300 px wide or wider, as on a phone. */
export const MIN_TARGET_HEIGHT = 50;
/** How far above a label's baseline its first line's middle sits (the leader line starts there). */
const MID_LINE = 5;
const CENTER = VIEW_BOX.width / 2;

const ellipse = (cx: number, cy: number, rx: number, ry = rx): Shape => ({
  kind: 'ellipse',
  cx,
  cy,
  rx,
  ry,
});
/** A pair of ellipses mirrored across the body's middle. */
const pair = (cx: number, cy: number, rx: number, ry = rx): Shape[] => [
  ellipse(cx, cy, rx, ry),
  ellipse(2 * CENTER - cx, cy, rx, ry),
];
const mirror = (points: [number, number][]): string =>
  `M ${points.map(([x, y]) => `${2 * CENTER - x} ${y}`).join(' L ')} Z`;
const polygon = (points: [number, number][]): string =>
  `M ${points.map(([x, y]) => `${x} ${y}`).join(' L ')} Z`;

const upperArm: [number, number][] = [
  [118, 84],
  [134, 94],
  [120, 168],
  [100, 164],
];
const forearm: [number, number][] = [
  [100, 162],
  [120, 168],
  [104, 236],
  [86, 232],
];
const thigh: [number, number][] = [
  [132, 206],
  [168, 206],
  [164, 290],
  [140, 290],
];
const shin: [number, number][] = [
  [140, 286],
  [164, 286],
  [160, 366],
  [144, 366],
];

/** The outline of the figure, drawn under the areas. */
export const SILHOUETTE: Shape[] = [
  ellipse(CENTER, 38, 23, 26),
  { kind: 'rect', x: 160, y: 58, width: 20, height: 26, r: 6 },
  {
    kind: 'path',
    d: 'M 126 84 Q 170 74 214 84 L 214 150 Q 212 186 208 212 L 132 212 Q 128 186 126 150 Z',
  },
  ...[upperArm, forearm, thigh, shin].flatMap((points) => [
    { kind: 'path', d: polygon(points) } satisfies Shape,
    { kind: 'path', d: mirror(points) } satisfies Shape,
  ]),
];

const regions = {
  head: [ellipse(CENTER, 38, 21, 24)],
  neck: [{ kind: 'rect', x: 157, y: 60, width: 26, height: 22, r: 7 }],
  shoulder: pair(130, 93, 15, 13),
  elbow: pair(110, 166, 11),
  wrist_hand: pair(94, 244, 11, 16),
  hip: pair(148, 204, 17, 14),
  knee: pair(152, 288, 13),
  ankle_foot: pair(152, 372, 14, 11),
  upper_back: [{ kind: 'rect', x: 138, y: 94, width: 64, height: 54, r: 12 }],
  lower_back: [{ kind: 'rect', x: 140, y: 154, width: 60, height: 46, r: 12 }],
} satisfies Record<RegionDrawing['area'], Shape[]>;

const left = (area: RegionDrawing['area'], y: number, toX: number, toY = y - MID_LINE): RegionDrawing => ({
  area,
  shapes: regions[area],
  label: { x: 6, y, side: 'left' },
  leader: [LABEL_COLUMN_WIDTH + 2, y - MID_LINE, toX, toY],
});
const right = (area: RegionDrawing['area'], y: number, toX: number, toY = y - MID_LINE): RegionDrawing => ({
  area,
  shapes: regions[area],
  label: { x: VIEW_BOX.width - 6, y, side: 'right' },
  leader: [VIEW_BOX.width - LABEL_COLUMN_WIDTH - 2, y - MID_LINE, toX, toY],
});

/** Areas operable on the front view, top to bottom, left column then right. */
export const FRONT_REGIONS: RegionDrawing[] = [
  right('head', 34, CENTER + 21, 38),
  left('neck', 56, 157, 70),
  left('shoulder', 104, 116, 96),
  left('elbow', 166, 99),
  left('wrist_hand', 238, 84, 244),
  right('hip', 204, 2 * CENTER - 148 + 17),
  right('knee', 288, 2 * CENTER - 152 + 13),
  right('ankle_foot', 366, 2 * CENTER - 152 + 14, 372),
];

/** Areas operable on the back view. */
export const BACK_REGIONS: RegionDrawing[] = [
  left('upper_back', 120, 138),
  right('lower_back', 178, 200),
];

/** Front areas repeated on the back view, for pointers only. */
export const BACK_MIRRORS = FRONT_REGIONS.map(({ area, shapes }) => ({ area, shapes }));
/** Back areas repeated on the front view, for pointers only: none, the front shows the chest. */
export const FRONT_MIRRORS: { area: RegionDrawing['area']; shapes: Shape[] }[] = [];

function centerX(shape: Shape): number {
  switch (shape.kind) {
    case 'ellipse':
      return shape.cx;
    case 'rect':
      return shape.x + shape.width / 2;
    case 'path':
      return CENTER;
  }
}

/**
 * Splits an area's shapes into those on its label's side (drawn inside the focusable checkbox,
 * so the checkbox is one compact target next to its label) and the mirrored ones (pointer only).
 */
export function splitBySide(region: Pick<RegionDrawing, 'shapes' | 'label'>): {
  near: Shape[];
  far: Shape[];
} {
  if (region.shapes.length < 2) return { near: region.shapes, far: [] };
  const isNear = (shape: Shape) =>
    region.label.side === 'left' ? centerX(shape) < CENTER : centerX(shape) > CENTER;
  return {
    near: region.shapes.filter(isNear),
    far: region.shapes.filter((shape) => !isNear(shape)),
  };
}

/** Splits a label into lines of at most `maxChars` characters, breaking between words. */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

/**
 * A label's lines; a chosen area's mark ("✓") is wrapped with the name, so "✓ Lower back" takes
 * two short lines inside the label column instead of running into its leader line. (A chosen
 * area showing its number needs no mark: the number says it is chosen.)
 */
export function labelLines(name: string, mark: string | null): string[] {
  return wrapLabel(mark === null ? name : `${mark} ${name}`, LABEL_MAX_CHARS);
}

/** The first line's baseline: the label's own, or higher when its lines would run off the bottom of the picture. */
export function labelBaseline(region: Pick<RegionDrawing, 'label'>, lineCount: number): number {
  return Math.min(region.label.y, VIEW_BOX.height - 11 - (lineCount - 1) * LINE_HEIGHT);
}

/** The tap target around a label of `lineCount` lines: its column's width, at least MIN_TARGET_HEIGHT tall. */
export function labelTarget(region: Pick<RegionDrawing, 'label'>, lineCount: number) {
  const { side } = region.label;
  const y = labelBaseline(region, lineCount);
  const textHeight = lineCount * LINE_HEIGHT + 12;
  const height = Math.max(MIN_TARGET_HEIGHT, textHeight);
  return {
    x: side === 'left' ? 0 : VIEW_BOX.width - LABEL_COLUMN_WIDTH,
    y: y - 18 - (height - textHeight) / 2,
    width: LABEL_COLUMN_WIDTH,
    height,
  };
}
