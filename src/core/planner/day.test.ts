// Covers: filling a day — the budget is never passed (rounding per session included); every
// block first gets its smallest honest part in priority order; parts grow within their share;
// a timed activity grows to its quota with what is left; nothing is squeezed below its minimum.
import { describe, expect, it } from 'vitest';
import type { Pillar } from '../library/exercise.js';
import { fillDay, sumDayMinutes, type Block, type ListBlock, type TimedBlock } from './day.js';
import type { PlanItem, Slot } from './plan.js';

const item = (id: string, pillar: Pillar, estimatedMinutes: number): PlanItem => ({ exerciseId: id, pillar, estimatedMinutes });

function list(pillar: Pillar, minutes: number[], fields: Partial<ListBlock> = {}): ListBlock {
  const items = minutes.map((m, i) => item(`${pillar}-${i}`, pillar, m));
  return { kind: 'list', pillar, slot: 'morning', items, minMinutes: 0.5, capMinutes: 100, maxItems: 6, ...fields };
}

function timed(min: number, target: number, cap = 100, slot: Slot = 'morning'): TimedBlock {
  return { kind: 'timed', pillar: 'aerobic', slot, item: { ...item('walk', 'aerobic', target), minutes: target }, minMinutes: min, capMinutes: cap, targetMinutes: target };
}

const ids = (blocks: Block[], budget: number) => fillDay(blocks, budget).flatMap((s) => s.items.map((i) => `${i.exerciseId}:${i.estimatedMinutes}`));

describe('fillDay', () => {
  it.each([
    ['one stretch in 5 minutes, the walk does not fit', [list('stretching', [2.5, 2.5], { capMinutes: 1.5 }), timed(5, 5)], 5, ['stretching-0:2.5']],
    ['a walk of its quota when there is room', [list('stretching', [2], { capMinutes: 2 }), timed(5, 12)], 20, ['stretching-0:2', 'walk:12']],
    ['a walk shortened to the room, not below 5', [list('stretching', [2], { capMinutes: 2 }), timed(5, 12)], 9, ['stretching-0:2', 'walk:7']],
    ['the first item that fits when the first is too long', [list('strengthening', [6, 2])], 4, ['strengthening-1:2']],
    ['mind-body only as a part of 5 minutes or more', [list('stretching', [2.5]), list('mind_body', [1.5, 1.5], { minMinutes: 5 })], 10, ['stretching-0:2.5']],
    ['Pilates moves gathered into a 5-minute part', [list('mind_body', [1.5, 1.5, 1.5, 1.5, 1.5], { minMinutes: 5, capMinutes: 1 })], 10, ['mind_body-0:1.5', 'mind_body-1:1.5', 'mind_body-2:1.5', 'mind_body-3:1.5']],
    ['growth stops at the share', [list('stretching', [2, 2, 2, 2], { capMinutes: 4.5 })], 30, ['stretching-0:2', 'stretching-1:2']],
    ['growth stops at the most items', [list('stretching', [1, 1, 1, 1], { maxItems: 3 })], 30, ['stretching-0:1', 'stretching-1:1', 'stretching-2:1']],
  ] as [string, Block[], number, string[]][])('%s', (_label, blocks, budget, expected) => {
    expect(ids(blocks, budget)).toEqual(expected);
  });

  it('earlier blocks get their part first', () => {
    const blocks = [list('stretching', [2]), list('strengthening', [3]), list('mind_body', [5], { minMinutes: 5 })];
    expect(ids(blocks, 7)).toEqual(['stretching-0:2', 'strengthening-0:3']);
    expect(ids([blocks[0], blocks[2], blocks[1]] as Block[], 7)).toEqual(['stretching-0:2', 'mind_body-0:5']);
  });

  it('rounds each session, and keeps the rounded day within the budget', () => {
    const blocks: Block[] = [list('stretching', [2.5], { slot: 'morning' }), list('mind_body', [2.5], { slot: 'evening' })];
    expect(ids(blocks, 5)).toEqual(['stretching-0:2.5']);
    const sessions = fillDay(blocks, 6);
    expect(sessions.map((s) => [s.slot, s.minutes])).toEqual([['morning', 3], ['evening', 3]]);
    expect(sumDayMinutes(sessions)).toBe(6);
  });

  it.each([5, 6, 7, 9, 13, 20, 45, 90])('never passes a budget of %i minutes', (budget) => {
    const blocks: Block[] = [
      list('stretching', [2, 2.5, 2, 2.5, 2], { capMinutes: budget * 0.3 }),
      list('strengthening', [1.5, 2, 3, 2], { slot: 'midday', capMinutes: budget * 0.3 }),
      timed(5, 20, budget * 0.4, 'midday'),
      list('mind_body', [5, 10, 5], { slot: 'evening', minMinutes: 5, capMinutes: budget * 0.2 }),
    ];
    expect(sumDayMinutes(fillDay(blocks, budget))).toBeLessThanOrEqual(budget);
  });
});
