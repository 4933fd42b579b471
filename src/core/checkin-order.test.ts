// Covers: order by the instant a check-in is about, ties broken by save time, count limits,
// and that the input is not reordered.
import { describe, expect, it } from 'vitest';
import { latestCheckins } from './checkin-order.js';

const entries = [
  { id: 'a', at: '2026-11-20T08:00:00.000Z', createdAt: '2026-11-20T08:00:00.000Z' },
  { id: 'b', at: '2026-11-22T07:00:00.000Z', createdAt: '2026-11-22T21:00:00.000Z' },
  { id: 'c', at: '2026-11-22T18:00:00.000Z', createdAt: '2026-11-22T18:00:00.000Z' },
  { id: 'd', at: '2026-11-22T18:00:00.000Z', createdAt: '2026-11-22T18:05:00.000Z' },
];

describe('latestCheckins', () => {
  it('orders by the time the entry is about, then by save time', () => {
    expect(latestCheckins(entries, 10).map((c) => c.id)).toEqual(['d', 'c', 'b', 'a']);
  });

  it.each([
    [0, []],
    [2, ['d', 'c']],
    [-1, []],
  ])('keeps %s entries', (count, ids) => {
    expect(latestCheckins(entries, count).map((c) => c.id)).toEqual(ids);
  });

  it('leaves the input as it was', () => {
    const copy = [...entries];
    latestCheckins(entries, 4);
    expect(entries).toEqual(copy);
  });
});
