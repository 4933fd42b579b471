/**
 * The week's choices, made once before any day is filled: the person's eligible exercises, the
 * active, strength and flare days, the routines and which activity goes on which day.
 */
import type { Exercise, Pillar } from '../library/exercise.js';
import { chainRootOf } from '../pacing/activity.js';
import type { Condition } from '../profile.js';
import { assignAerobicDays, chooseFlareWalk, listAerobicOptions } from './aerobic.js';
import { readSessionCap } from './dosing.js';
import { canSitOrLie, eligibilityFor, findRespectedConditions, isClearanceSafe, needsSeatedWork } from './eligibility.js';
import type { DayNumber, PlanItem, PlannerInput } from './plan.js';
import { createRandom, hashSeed } from './random.js';
import { chooseActiveDays, chooseStrengthDays, findFlareDays, followsStrengthDay, orderPreferredSlots, type FlareDays } from './schedule.js';
import { chooseMindBody, chooseStrength, chooseStretches, readMaxLevel, type MindBodyOption, type SelectionContext } from './selection.js';
import type { WeekContext } from './week.js';

/** The prepared week and the facts its reasons need. */
export interface PreparedWeek {
  ctx: WeekContext;
  mindBody: MindBodyOption[];
  byId: ReadonlyMap<string, Exercise>;
  gaps: Pillar[];
  respectedConditions: Condition[];
}

interface LibraryIndex {
  byId: ReadonlyMap<string, Exercise>;
  rootIds: ReadonlyMap<string, string>;
}

// The library is the same array for every plan: index it once. A cache, not state: the
// index depends on nothing but the array.
const indexCache = new WeakMap<readonly Exercise[], LibraryIndex>();

/** Makes the week's choices; `clearance` keeps to breathing and level-1 stretching. */
export function prepareWeek(input: PlannerInput, clearance: boolean): PreparedWeek {
  const { profile, pacing } = input;
  const { byId, rootIds } = indexLibrary(input.exercises);
  const eligible = findAllowed(input.exercises, input, clearance);
  const sel: SelectionContext = { byId, rootIds, profile, random: createRandom(hashSeed(input.seed ?? 0, input.weekStart)) };
  const activeDays = chooseActiveDays(profile.daysPerWeek);
  const flare = findFlareDays({ ...input, painToday: profile.painToday });
  const afterStrength = followsStrengthDay(input.weekStart, input.lastStrengthDate);
  const strengthDays = clearance ? [] : chooseStrengthDays(activeDays.filter((day) => !flare.all.has(day)), afterStrength);
  const maxLevel = clearance ? 1 : readMaxLevel(pacing);
  const stretches = chooseStretches(eligible, sel, maxLevel, clearance);
  const aerobicOptions = listAerobicOptions(eligible, sel, pacing);
  const mindBody = chooseMindBody(eligible, sel, clearance, maxLevel);
  const ctx: WeekContext = {
    weekStart: input.weekStart,
    budget: Math.min(profile.minutesPerDay, readSessionCap(pacing) ?? Infinity),
    slots: orderPreferredSlots(profile.preferredTimes),
    activeDays,
    strengthDays,
    flare,
    clearance,
    afterStrength,
    stretches,
    strength: chooseStrength(eligible, sel, pacing),
    aerobicByDay: assignAerobicDays(activeDays, aerobicOptions),
    mindBodyByDay: rotateMindBody(activeDays, strengthDays, mindBody),
    gentleStretches: chooseGentleStretches(stretches, eligible, byId, sel),
    breathing: chooseMindBody(eligible.filter((e) => e.level === 1), sel, true, 1)[0]?.items ?? [],
    flareWalk: chooseFlareWalk(aerobicOptions, pacing),
  };
  return { ctx, mindBody, byId, gaps: findGaps(eligible, clearance), respectedConditions: findRespectedConditions(input.exercises, profile) };
}

const NO_FLARE: FlareDays = { painToday: [], pacing: [], marked: [], all: new Set() };

/** The same week without any flare day: what a flare day is measured against. */
export function withoutFlares({ ctx, mindBody }: PreparedWeek): WeekContext {
  const strengthDays = ctx.clearance ? [] : chooseStrengthDays(ctx.activeDays, ctx.afterStrength);
  return { ...ctx, flare: NO_FLARE, strengthDays, mindBodyByDay: rotateMindBody(ctx.activeDays, strengthDays, mindBody) };
}

function indexLibrary(exercises: readonly Exercise[]): LibraryIndex {
  let index = indexCache.get(exercises);
  if (!index) {
    const byId = new Map(exercises.map((exercise) => [exercise.id, exercise]));
    const rootIds = new Map(exercises.map((exercise) => [exercise.id, chainRootOf(exercise, byId).id]));
    index = { byId, rootIds };
    indexCache.set(exercises, index);
  }
  return index;
}

// Under clearance (CLINICAL.md §1) only breathing and level-1 stretching are allowed at all.
function findAllowed(exercises: readonly Exercise[], input: PlannerInput, clearance: boolean): Exercise[] {
  const isEligible = eligibilityFor(input.profile);
  const seated = needsSeatedWork(input.profile, clearance);
  return exercises.filter((e) => isEligible(e) && (!clearance || isClearanceSafe(e)) && (!seated || canSitOrLie(e)));
}

// The flare day's stretches are the level-1 ones of the week's routine, so they are familiar.
function chooseGentleStretches(stretches: PlanItem[], eligible: readonly Exercise[], byId: ReadonlyMap<string, Exercise>, sel: SelectionContext): PlanItem[] {
  const familiar = stretches.filter((item) => byId.get(item.exerciseId)?.level === 1);
  return familiar.length > 0 ? familiar : chooseStretches(eligible, sel, 1, true);
}

// Practices take turns, first over the days without strength (where mind-body leads), then the rest.
function rotateMindBody(days: readonly DayNumber[], strengthDays: readonly DayNumber[], options: readonly MindBodyOption[]): Map<DayNumber, MindBodyOption> {
  const byDay = new Map<DayNumber, MindBodyOption>();
  if (options.length === 0) return byDay;
  const ordered = [...days.filter((d) => !strengthDays.includes(d)), ...days.filter((d) => strengthDays.includes(d))];
  ordered.forEach((day, index) => {
    const option = options[index % options.length];
    if (option) byDay.set(day, option);
  });
  return byDay;
}

function findGaps(eligible: readonly Exercise[], clearance: boolean): Pillar[] {
  const needed: Pillar[] = clearance ? ['stretching', 'mind_body'] : ['stretching', 'aerobic', 'strengthening', 'mind_body'];
  return needed.filter((pillar) => !eligible.some((e) => e.pillar === pillar));
}
