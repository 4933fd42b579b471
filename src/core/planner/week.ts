/**
 * Building the seven days from the week's choices: normal days, then a check that the week
 * holds all four pillars (and mind-body on at least two days) once it has 60 minutes or more,
 * then the gentle flare version of flare days.
 */
import type { LocalDate } from '../calendar.js';
import { PILLARS, type Exercise, type Pillar } from '../library/exercise.js';
import type { AerobicOption } from './aerobic.js';
import { fillDay, type Block, type ListBlock } from './day.js';
import { buildTimedItem, startSmallOf, strengthSizes } from './dosing.js';
import { DAY_NUMBERS, type DayNumber, type PlanDay, type PlanItem, type PlanSession, type Slot } from './plan.js';
import { chooseSlot, dateOfDay, type FlareDays } from './schedule.js';
import type { PinnedItem } from './pinned.js';
import { MIN_PRACTICE_MINUTES, type MindBodyOption } from './selection.js';

/** From this many minutes a week, every pillar is in the week (PRODUCT.md, "Plan rules"). */
export const FOUR_PILLARS_FROM_MINUTES = 60;
/** Mind-body practice on at least this many days once the week has 60 minutes (CLINICAL.md §2). */
export const MIN_MIND_BODY_DAYS = 2;

// Each pillar's share of a day, at most (the guidance of CLINICAL.md §2 spread over a day).
const SHARES: Record<Pillar, number> = { stretching: 0.3, aerobic: 0.4, strengthening: 0.3, mind_body: 0.2 };
const CLEARANCE_SHARE = 0.5;
const MAX_ITEMS: Record<Pillar, number> = { stretching: 6, aerobic: 1, strengthening: 6, mind_body: 3 };
const ANY_ITEM = 0.5;

/** Everything the days are built from, chosen once for the week. */
export interface WeekContext {
  weekStart: LocalDate;
  budget: number;
  slots: Slot[];
  activeDays: DayNumber[];
  strengthDays: DayNumber[];
  flare: FlareDays;
  clearance: boolean;
  /** Before clearance after dizziness or from 75: only seated or lying work. */
  seatedWork: boolean;
  /** Last week ended with strength on Sunday, so Monday rests from it. */
  afterStrength: boolean;
  /** Pool days with one time of day: the visit is all the day holds, so no strength goes there. */
  poolOnlyDays: DayNumber[];
  stretches: PlanItem[];
  strength: PlanItem[];
  aerobicByDay: ReadonlyMap<DayNumber, AerobicOption>;
  mindBodyByDay: ReadonlyMap<DayNumber, MindBodyOption>;
  gentleStretches: PlanItem[];
  breathing: PlanItem[];
  flareWalk: { exercise: Exercise; minutes: number } | null;
  /** Stretches and a calm practice done in the water, for the pool visit. */
  waterStretches: PlanItem[];
  waterPractice: PlanItem[];
  /** A clinician's includes by day (issue 11), flare days too (the week without flares reads them). */
  pinned: ReadonlyMap<DayNumber, readonly PinnedItem[]>;
  /** The days of strength includes: strength days first, where the 48-hour rule allows. */
  pinnedStrengthDays: readonly DayNumber[];
  /** The pacing key of each strength item's chain (`strength:<root>`). */
  strengthKeys: ReadonlyMap<string, string>;
}

/**
 * Builds all seven days; rest days have no sessions. A flare day holds no more minutes than
 * the same day of the week without flares (`usualMinutes`).
 */
export function buildDays(ctx: WeekContext, usualMinutes: ReadonlyMap<DayNumber, number> = new Map()): PlanDay[] {
  const sessions = new Map<DayNumber, PlanSession[]>();
  const normalDays = ctx.activeDays.filter((day) => !ctx.flare.all.has(day));
  for (const day of normalDays) sessions.set(day, fillDay(buildNormalBlocks(day, ctx), ctx.budget));
  if (!ctx.clearance && ctx.budget * normalDays.length >= FOUR_PILLARS_FROM_MINUTES) balanceWeek(ctx, sessions);
  const flareDays = ctx.activeDays.filter((day) => ctx.flare.all.has(day));
  for (const day of flareDays) {
    sessions.set(day, fillDay(buildFlareBlocks(ctx), Math.min(ctx.budget, usualMinutes.get(day) ?? 0)));
  }
  return DAY_NUMBERS.map((day) => {
    const daySessions = sessions.get(day) ?? [];
    const kind = daySessions.length === 0 ? 'rest' : ctx.flare.all.has(day) ? 'flare' : 'active';
    return { day, date: dateOfDay(ctx.weekStart, day), kind, sessions: daySessions };
  });
}

/** True when any session of the day has an item of the pillar. */
export function hasPillar(sessions: readonly PlanSession[] | undefined, pillar: Pillar): boolean {
  return (sessions ?? []).some((session) => session.items.some((item) => item.pillar === pillar));
}

// A strength day leads with strength; other days lead with mind-body. `promoted` moves one
// pillar up to just after the morning stretch. A pool day is a visit of its own first: water
// stretches and the water activity in one session, land work only at the other times.
function buildNormalBlocks(day: DayNumber, week: WeekContext, promoted?: Pillar): Block[] {
  const pinned = (week.pinned.get(day) ?? []).filter((p) => (p.water ? canVisitPool(week, day) : p.item.pillar !== 'strengthening' || week.strengthDays.includes(day)));
  const ctx = pinned.length === 0 ? week : withoutFamilies(week, pinned);
  const share = (pillar: Pillar) => (ctx.clearance ? CLEARANCE_SHARE : SHARES[pillar]);
  // An include of the day's activity stands in for it; one done in water makes the day's pool visit.
  const option = ctx.aerobicByDay.get(day);
  const aerobic = option && pinned.some((p) => p.family === option.key) ? undefined : option;
  const poolSlot = aerobic?.needsPool === true || pinned.some((p) => p.water) ? chooseSlot('aerobic', ctx.slots) : undefined;
  const landSlots = ctx.slots.filter((slot) => slot !== poolSlot);
  const inWater = aerobic?.needsPool === true ? aerobic : undefined;
  const pool = poolSlot ? buildPoolVisit(inWater, poolSlot, ctx) : [];
  // As on land, a water include comes right after the visit's stretch (the morning stretch on a morning visit).
  const visit: Block[] = poolSlot ? [...pool.slice(0, 1), ...buildPinnedBlocks(pinned, [poolSlot], true), ...pool.slice(1)] : [];
  if (landSlots.length === 0) return visit;
  const land = { ...ctx, slots: landSlots };
  const first = buildPinnedBlocks(pinned, landSlots, false);
  const blocks: Partial<Record<Pillar, Block>> = {
    stretching: buildListBlock('stretching', ctx.stretches, land, share('stretching'), ANY_ITEM),
  };
  if (ctx.strengthDays.includes(day)) {
    const block = buildListBlock('strengthening', ctx.strength.map(startSmallOf), land, share('strengthening'), ANY_ITEM);
    blocks.strengthening = { ...block, sizes: ctx.strength.map(strengthSizes) };
  }
  if (aerobic && !aerobic.needsPool) blocks.aerobic = buildAerobicBlock(aerobic, land);
  const mindBody = ctx.mindBodyByDay.get(day);
  if (mindBody) blocks.mind_body = buildListBlock('mind_body', mindBody.items, land, share('mind_body'), MIN_PRACTICE_MINUTES);
  const base: Pillar[] = ctx.strengthDays.includes(day)
    ? ['stretching', 'strengthening', 'aerobic', 'mind_body']
    : ['stretching', 'mind_body', 'aerobic'];
  const order = promoted ? ['stretching' as const, promoted, ...base.filter((p) => p !== 'stretching' && p !== promoted)] : base;
  // The day's first land stretch (often the morning stretch) comes before the visit.
  const landBlocks = order.flatMap((pillar) => blocks[pillar] ?? []);
  // A clinician's includes come next, so the day's other work never squeezes them out.
  return [...landBlocks.slice(0, 1), ...first, ...visit, ...landBlocks.slice(1)];
}

// A morning pool visit holds the morning stretch, so it needs a water stretch the person can do (as
// pool days do); with one time of day a visit is all the day holds, so only the planner's own pool
// days (kept clear of strength days) take a water include.
function canVisitPool(ctx: WeekContext, day: DayNumber): boolean {
  if (ctx.waterStretches.length === 0 && chooseSlot('aerobic', ctx.slots) === 'morning') return false;
  return ctx.slots.length > 1 || ctx.aerobicByDay.get(day)?.needsPool === true;
}

// Each include is a block of its own, all of its dose or nothing; water work only in the pool visit.
function buildPinnedBlocks(pinned: readonly PinnedItem[], slots: readonly Slot[], water: boolean): Block[] {
  return pinned
    .filter((p) => p.water === water)
    .map((p): Block => {
      const minutes = p.item.estimatedMinutes;
      return { kind: 'list', pillar: p.item.pillar, slot: chooseSlot(p.item.pillar, slots), items: [p.item], minMinutes: minutes, capMinutes: minutes, maxItems: 1 };
    });
}

// On a day with includes, the planner's own lists leave out what they stand in for.
function withoutFamilies(ctx: WeekContext, pinned: readonly PinnedItem[]): WeekContext {
  const families = new Set(pinned.map((p) => p.family));
  const ids = new Set(pinned.map((p) => p.item.exerciseId));
  const keep = (item: PlanItem) => !ids.has(item.exerciseId);
  const strength = ctx.strength.filter((item) => keep(item) && !families.has(ctx.strengthKeys.get(item.exerciseId) ?? ''));
  const mindBodyByDay = new Map([...ctx.mindBodyByDay].map(([day, option]) => [day, { ...option, items: option.items.filter(keep) }]));
  return { ...ctx, stretches: ctx.stretches.filter(keep), strength, mindBodyByDay, waterStretches: ctx.waterStretches.filter(keep), waterPractice: ctx.waterPractice.filter(keep) };
}

// The pool visit: a water stretch or two, the water activity, then slow breathing, all at one time of day.
function buildPoolVisit(aerobic: AerobicOption | undefined, slot: Slot, ctx: WeekContext): Block[] {
  const stretches = { ...buildListBlock('stretching', ctx.waterStretches, ctx, SHARES.stretching, ANY_ITEM), slot };
  const practice = { ...buildListBlock('mind_body', ctx.waterPractice, ctx, SHARES.mind_body, MIN_PRACTICE_MINUTES), slot, maxItems: 1 };
  return aerobic ? [stretches, { ...buildAerobicBlock(aerobic, ctx), slot }, practice] : [stretches, practice];
}

// Breathing, level-1 stretches and a short easy walk, all in one session, never strength.
function buildFlareBlocks(ctx: WeekContext): Block[] {
  const slot = chooseSlot('stretching', ctx.slots);
  const blocks: Block[] = [
    { ...buildListBlock('stretching', ctx.gentleStretches, ctx, 1, ANY_ITEM), slot, maxItems: 2 },
    { ...buildListBlock('mind_body', ctx.breathing, ctx, 1, ANY_ITEM), slot, maxItems: 1 },
  ];
  if (ctx.flareWalk && !ctx.clearance) {
    const { exercise, minutes } = ctx.flareWalk;
    const item = buildTimedItem(exercise, minutes);
    blocks.push({ kind: 'timed', pillar: 'aerobic', slot, item, minMinutes: minutes, capMinutes: minutes, targetMinutes: minutes });
  }
  return blocks;
}

function buildListBlock(pillar: Pillar, items: readonly PlanItem[], ctx: WeekContext, share: number, minMinutes: number): ListBlock {
  const slot = chooseSlot(pillar, ctx.slots);
  return { kind: 'list', pillar, slot, items, minMinutes, capMinutes: share * ctx.budget, maxItems: MAX_ITEMS[pillar] };
}

function buildAerobicBlock(option: AerobicOption, ctx: WeekContext): Block {
  const target = option.quotaMinutes;
  return {
    kind: 'timed',
    pillar: 'aerobic',
    slot: chooseSlot('aerobic', ctx.slots),
    item: buildTimedItem(option.exercise, target),
    minMinutes: Math.min(target, MIN_PRACTICE_MINUTES),
    capMinutes: SHARES.aerobic * ctx.budget,
    targetMinutes: target,
  };
}

// Small days cannot hold every pillar; spread them over the week instead: a missing pillar,
// then mind-body on a second day, moves up on a day that can take it without losing another.
function balanceWeek(ctx: WeekContext, sessions: Map<DayNumber, PlanSession[]>): void {
  for (const pillar of PILLARS) {
    if (![...sessions.values()].some((day) => hasPillar(day, pillar))) promoteOnSomeDay(pillar, ctx, sessions);
  }
  while (countDaysWith(sessions, 'mind_body') < Math.min(MIN_MIND_BODY_DAYS, sessions.size)) {
    if (!promoteOnSomeDay('mind_body', ctx, sessions)) break;
  }
}

function promoteOnSomeDay(pillar: Pillar, ctx: WeekContext, sessions: Map<DayNumber, PlanSession[]>): boolean {
  const before = scoreCoverage(sessions);
  const days = [...sessions.keys()].sort((a, b) => Number(ctx.strengthDays.includes(a)) - Number(ctx.strengthDays.includes(b)));
  for (const day of days) {
    const current = sessions.get(day) ?? [];
    if (hasPillar(current, pillar)) continue;
    const trial = fillDay(buildNormalBlocks(day, ctx, pillar), ctx.budget);
    if (!hasPillar(trial, pillar)) continue;
    sessions.set(day, trial);
    const after = scoreCoverage(sessions);
    if (after.pillars > before.pillars || (after.pillars === before.pillars && after.mindBodyDays > before.mindBodyDays)) return true;
    sessions.set(day, current);
  }
  return false;
}

function scoreCoverage(sessions: ReadonlyMap<DayNumber, PlanSession[]>): { pillars: number; mindBodyDays: number } {
  const days = [...sessions.values()];
  const pillars = PILLARS.filter((pillar) => days.some((day) => hasPillar(day, pillar))).length;
  return { pillars, mindBodyDays: countDaysWith(sessions, 'mind_body') };
}

function countDaysWith(sessions: ReadonlyMap<DayNumber, PlanSession[]>, pillar: Pillar): number {
  return [...sessions.values()].filter((day) => hasPillar(day, pillar)).length;
}
