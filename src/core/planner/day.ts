/**
 * Filling one day within the person's minutes. Each pillar is a block: an ordered list of the
 * week's exercises (stretching, strength, mind-body) or one timed activity (aerobic). A day
 * first gives every block its smallest honest part, in the day's order of priority, then lets
 * blocks grow up to their share of the day. Whatever does not fit is left out, never squeezed.
 */
import type { Pillar } from '../library/exercise.js';
import { TIMES_OF_DAY } from '../profile.js';
import { sumSessionMinutes } from './dosing.js';
import type { PlanItem, PlanSession, Slot } from './plan.js';

/** A pillar's part of a day, taken from the front of the week's list. */
export interface ListBlock {
  kind: 'list';
  pillar: Pillar;
  slot: Slot;
  items: readonly PlanItem[];
  /** The smallest part worth doing, in minutes (e.g. 5 minutes of mind-body practice). */
  minMinutes: number;
  /** Grow while under this many minutes and this many items. */
  capMinutes: number;
  maxItems: number;
  /**
   * Paced items (strength): `items` are at their start-small dose, and `sizes[i]` lists the doses
   * item i may grow to, largest (its quota) first. Which exercises a day holds is chosen at the
   * start-small doses; the quotas then grow them as far as the day's minutes allow. So a rising
   * quota never pushes another exercise out of the day: pacing makes a day longer, never shorter.
   */
  sizes?: readonly (readonly PlanItem[])[];
}

/** One timed activity whose minutes may go from `minMinutes` up to `targetMinutes` (its quota). */
export interface TimedBlock {
  kind: 'timed';
  pillar: Pillar;
  slot: Slot;
  item: PlanItem;
  minMinutes: number;
  capMinutes: number;
  targetMinutes: number;
}

export type Block = ListBlock | TimedBlock;

interface Taken {
  block: Block;
  indexes: number[];
  minutes: number;
  /** Paced items grown past their start-small dose, by index. */
  grown: Map<number, PlanItem>;
}

const PILLAR_ORDER: readonly Pillar[] = ['stretching', 'aerobic', 'strengthening', 'mind_body'];

/** Fills a day within `budget` minutes; blocks come in the day's order of priority. */
export function fillDay(blocks: readonly Block[], budget: number): PlanSession[] {
  const taken: Taken[] = blocks.map((block) => ({ block, indexes: [], minutes: 0, grown: new Map() }));
  for (const part of taken) takeSmallestPart(part, taken, budget);
  for (const part of taken) growTimed(part, taken, budget, true);
  growLists(taken, budget);
  for (const part of taken) growTimed(part, taken, budget, false);
  for (const part of taken) growPacedItems(part, taken, budget);
  return toSessions(taken);
}

/** The minutes of a day: each session's items added and rounded, then the sessions added. */
export function sumDayMinutes(sessions: readonly PlanSession[]): number {
  return sessions.reduce((sum, session) => sum + session.minutes, 0);
}

function takeSmallestPart(part: Taken, all: readonly Taken[], budget: number): void {
  const { block } = part;
  if (block.kind === 'timed') {
    part.minutes = block.minMinutes;
    if (block.minMinutes <= 0 || !fits(all, budget)) part.minutes = 0;
    return;
  }
  // The first items that fit, until the part is worth doing; items longer than the pillar's
  // share only when nothing shorter makes a part. Otherwise nothing.
  const share = Math.max(block.capMinutes, block.minMinutes);
  takeItemsUntil(part, all, budget, (item) => item.estimatedMinutes <= share);
  if (minutesOf(part) < block.minMinutes) {
    part.indexes = [];
    takeItemsUntil(part, all, budget, () => true);
  }
  if (minutesOf(part) < block.minMinutes) part.indexes = [];
}

function takeItemsUntil(part: Taken, all: readonly Taken[], budget: number, isWanted: (item: PlanItem) => boolean): void {
  const { block } = part;
  if (block.kind !== 'list') return;
  for (let i = 0; i < block.items.length && minutesOf(part) < block.minMinutes; i += 1) {
    const item = block.items[i];
    if (!item || !isWanted(item)) continue;
    part.indexes.push(i);
    if (!fits(all, budget)) part.indexes.pop();
  }
}

function growTimed(part: Taken, all: readonly Taken[], budget: number, withinShare: boolean): void {
  const { block } = part;
  if (block.kind !== 'timed' || part.minutes === 0) return;
  const limit = withinShare ? Math.min(block.targetMinutes, Math.max(block.minMinutes, block.capMinutes)) : block.targetMinutes;
  while (part.minutes < limit) {
    part.minutes += 1;
    if (!fits(all, budget)) {
      part.minutes -= 1;
      return;
    }
  }
}

function growLists(all: readonly Taken[], budget: number): void {
  let grew = true;
  while (grew) {
    grew = false;
    for (const part of all) grew = growListOnce(part, all, budget) || grew;
  }
}

function growListOnce(part: Taken, all: readonly Taken[], budget: number): boolean {
  const { block } = part;
  if (block.kind !== 'list' || part.indexes.length === 0 || part.indexes.length >= block.maxItems) return false;
  for (let i = 0; i < block.items.length; i += 1) {
    const item = block.items[i];
    if (!item || part.indexes.includes(i) || minutesOf(part) + item.estimatedMinutes > block.capMinutes) continue;
    part.indexes.push(i);
    if (fits(all, budget)) return true;
    part.indexes.pop();
  }
  return false;
}

// Same arithmetic as the sessions' minutes (each slot's items added, then rounded), without
// building them: this runs for every item tried.
function fits(all: readonly Taken[], budget: number): boolean {
  let total = 0;
  for (const slot of TIMES_OF_DAY) {
    let slotMinutes = 0;
    for (const part of all) if (part.block.slot === slot) slotMinutes += minutesOf(part);
    total += Math.round(slotMinutes);
  }
  return total <= budget;
}

// Each paced item of the day, in order, takes the largest of its sizes that still fits.
function growPacedItems(part: Taken, all: readonly Taken[], budget: number): void {
  const { block } = part;
  if (block.kind !== 'list' || !block.sizes) return;
  for (const index of part.indexes) {
    for (const size of block.sizes[index] ?? []) {
      part.grown.set(index, size);
      if (fits(all, budget)) break;
      part.grown.delete(index);
    }
  }
}

function minutesOf(part: Taken): number {
  const { block } = part;
  if (block.kind === 'timed') return part.minutes;
  let sum = 0;
  for (const i of part.indexes) sum += (part.grown.get(i) ?? block.items[i])?.estimatedMinutes ?? 0;
  return sum;
}

function itemsOf(part: Taken): PlanItem[] {
  const { block } = part;
  if (block.kind === 'timed') {
    return part.minutes > 0 ? [{ ...block.item, minutes: part.minutes, estimatedMinutes: part.minutes }] : [];
  }
  return [...part.indexes].sort((a, b) => a - b).flatMap((i) => part.grown.get(i) ?? block.items[i] ?? []);
}

function toSessions(all: readonly Taken[]): PlanSession[] {
  const sessions: PlanSession[] = [];
  for (const slot of TIMES_OF_DAY) {
    const items: PlanItem[] = [];
    for (const pillar of PILLAR_ORDER) {
      for (const part of all) if (part.block.slot === slot && part.block.pillar === pillar) items.push(...itemsOf(part));
    }
    if (items.length > 0) sessions.push({ slot, minutes: sumSessionMinutes(items), items });
  }
  return sessions;
}
