// Covers: label wrapping (fits, breaks between words, long words kept whole, spaces) and that
// every journal region (the head too) but "widespread" can be reached on exactly one view by keyboard.
import { describe, expect, it } from 'vitest';
import { JOURNAL_REGIONS } from '../../core/journal/detail.js';
import {
  BACK_REGIONS,
  FRONT_REGIONS,
  VIEW_BOX,
  splitBySide,
  wrapLabel,
} from './body-map-shapes.js';

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
