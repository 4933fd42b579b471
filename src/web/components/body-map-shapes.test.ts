// Covers: label wrapping (fits, breaks between words, long words kept whole, spaces) and that
// every journal region (the head too) but "widespread" can be reached on exactly one view by keyboard.
import { describe, expect, it } from 'vitest';
import { JOURNAL_REGIONS } from '../../core/journal/detail.js';
import {
  BACK_REGIONS,
  FRONT_REGIONS,
  LABEL_COLUMN_WIDTH,
  MIN_TARGET_HEIGHT,
  VIEW_BOX,
  labelLines,
  labelTarget,
  splitBySide,
  wrapLabel,
  type RegionDrawing,
} from './body-map-shapes.js';
import { sharedMessages } from './messages.js';

const WORDS = sharedMessages.en;
/** A generous width of one character of the 14 px bold label, in the picture's units. */
const CHAR_WIDTH = 7.5;
/** Every way a label is shown: plain, chosen (with its mark), chosen with its number (10 is the widest). */
function labelsOf(region: RegionDrawing): string[][] {
  const name = WORDS.painAreas[region.area];
  const mark = WORDS.bodyMap.selectedMark;
  return [labelLines(name, null), labelLines(name, mark), labelLines(WORDS.bodyMap.withNumber(name, 10), null)];
}

describe('wrapLabel', () => {
  it.each([
    ['Knees', 10, ['Knees']],
    ['Ankles and feet', 10, ['Ankles and', 'feet']],
    ['Wrists and hands', 10, ['Wrists and', 'hands']],
    ['Extraordinarily long', 10, ['Extraordinarily', 'long']],
    ['  Upper   back ', 10, ['Upper back']],
  ])('%j at %i → %j', (text, max, lines) => {
    expect(wrapLabel(text, max)).toEqual(lines);
  });
});

describe('body map regions', () => {
  it('offers every area except widespread once, on one view', () => {
    const areas = [...FRONT_REGIONS, ...BACK_REGIONS].map((r) => r.area).sort();
    expect(areas).toEqual(JOURNAL_REGIONS.filter((a) => a !== 'widespread').sort());
  });

  it('keeps labels inside the picture', () => {
    for (const region of [...FRONT_REGIONS, ...BACK_REGIONS]) {
      expect(region.label.y).toBeGreaterThan(10);
      expect(region.label.y).toBeLessThan(VIEW_BOX.height - 10);
    }
  });
});

describe('splitBySide', () => {
  it('keeps the shape next to the label in the checkbox and mirrors the other', () => {
    for (const region of FRONT_REGIONS) {
      const { near, far } = splitBySide(region);
      expect(near.length).toBeGreaterThan(0);
      expect(near.length + far.length).toBe(region.shapes.length);
    }
  });

  it('keeps a single middle shape whole', () => {
    const back = BACK_REGIONS[0];
    expect(back && splitBySide(back).far).toEqual([]);
  });
});

describe('labels and their targets', () => {
  const all = [...FRONT_REGIONS, ...BACK_REGIONS];

  it('keeps "✓ Lower back" (and every label, chosen or not) clear of its leader line', () => {
    for (const region of all) {
      const room = region.label.side === 'left'
        ? region.leader[0] - region.label.x
        : region.label.x - region.leader[0];
      for (const lines of labelsOf(region)) {
        const widest = Math.max(...lines.map((line) => line.length));
        expect(widest * CHAR_WIDTH, `${lines.join(' / ')}`).toBeLessThanOrEqual(room);
      }
    }
  });

  it('gives every label a target at least 44 px tall, inside the picture', () => {
    for (const region of all) {
      for (const lines of labelsOf(region)) {
        const target = labelTarget(region, lines.length);
        expect(target.height).toBeGreaterThanOrEqual(MIN_TARGET_HEIGHT);
        expect(target.width).toBe(LABEL_COLUMN_WIDTH);
        expect(target.y).toBeGreaterThanOrEqual(0);
        expect(target.y + target.height).toBeLessThanOrEqual(VIEW_BOX.height);
      }
    }
  });

  it.each([
    ['front', FRONT_REGIONS],
    ['back', BACK_REGIONS],
  ])('keeps the %s view\'s targets in one column from overlapping, at their tallest', (_view, regions) => {
    for (const side of ['left', 'right'] as const) {
      const boxes = regions
        .filter((region) => region.label.side === side)
        .map((region) => labelTarget(region, Math.max(...labelsOf(region).map((lines) => lines.length))))
        .sort((a, b) => a.y - b.y);
      for (const [index, box] of boxes.entries()) {
        const next = boxes[index + 1];
        if (next) expect(box.y + box.height).toBeLessThanOrEqual(next.y);
      }
    }
  });
});
