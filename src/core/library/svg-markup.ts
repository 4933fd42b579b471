/** Small builders of SVG markup with presentation attributes only (the app's CSP forbids style=). */
import type { Point } from './figure.js';

/** Attribute values; numbers are rounded to one decimal so the output is stable. */
export type Attributes = Record<string, string | number | undefined>;

/** Rounds to one decimal and never prints "-0". */
export function formatNumber(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return Object.is(rounded, -0) || rounded === 0 ? '0' : String(rounded);
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;');
}

function formatAttributes(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(
      ([name, value]) =>
        ` ${name}="${typeof value === 'number' ? formatNumber(value) : escapeXml(value)}"`,
    )
    .join('');
}

/** One element; self-closing when it has no children. */
export function element(
  name: string,
  attributes: Attributes,
  children: readonly string[] = [],
): string {
  const attrs = formatAttributes(attributes);
  return children.length === 0
    ? `<${name}${attrs}/>`
    : `<${name}${attrs}>${children.join('')}</${name}>`;
}

/** A round-capped line. */
export function line(
  from: Point,
  to: Point,
  stroke: string,
  width: number,
  extra: Attributes = {},
): string {
  return element('line', {
    x1: from.x,
    y1: from.y,
    x2: to.x,
    y2: to.y,
    stroke,
    'stroke-width': width,
    'stroke-linecap': 'round',
    ...extra,
  });
}

/** A circle. */
export function circle(center: Point, r: number, attributes: Attributes): string {
  return element('circle', { cx: center.x, cy: center.y, r, ...attributes });
}

/** A rectangle from its top-left corner. */
export function rect(
  x: number,
  y: number,
  width: number,
  height: number,
  attributes: Attributes,
): string {
  return element('rect', {
    x,
    y,
    width: Math.max(0, width),
    height: Math.max(0, height),
    ...attributes,
  });
}

/** A path from commands and points, e.g. path([['M', p], ['Q', c, q]]). */
export function pathData(commands: ReadonlyArray<readonly [string, ...Point[]]>): string {
  return commands
    .map(
      ([command, ...points]) =>
        `${command}${points.map((p) => `${formatNumber(p.x)} ${formatNumber(p.y)}`).join(' ')}`,
    )
    .join(' ');
}

/** A round-capped stroked path with no fill. */
export function strokePath(
  d: string,
  stroke: string,
  width: number,
  extra: Attributes = {},
): string {
  return element('path', {
    d,
    fill: 'none',
    stroke,
    'stroke-width': width,
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    ...extra,
  });
}
