/**
 * The week's choices, made once before any day is filled: the person's eligible exercises, the
 * active, strength and flare days, the routines and which activity goes on which day.
 */
import type { Exercise, Pillar } from '../library/exercise.js';
import { chainRootOf, type PacingView } from '../pacing/activity.js';
import type { Condition } from '../profile.js';
import { resolvePrescription } from '../prescription/resolve.js';
import { assignAerobicDays, chooseFlareWalk, listAerobicOptions, type AerobicOption } from './aerobic.js';
import { readSessionCap } from './dosing.js';
import { canSitOrLie, eligibilityFor, findRespectedConditions, isClearanceSafe, needsSeatedWork } from './eligibility.js';
import type { DayNumber, PlanItem, PlannerInput, Slot } from './plan.js';
import { createRandom, hashSeed } from './random.js';
import { pinnedByDay, pinnedStrengthDays, planIncludes, withPinnedDays, type IncludePlan } from './pinned.js';
import { weekDosesOf, type WeekDoses } from './prescribed.js';
import { chooseActiveDays, chooseSlot, chooseStrengthDays, chooseStrengthDaysWith, findFlareDays, followsStrengthDay, orderPreferredSlots, type FlareDays } from './schedule.js';
import { chooseMindBody, chooseStrength, chooseStretches, readMaxLevel, type MindBodyOption, type SelectionContext } from './selection.js';
import type { WeekContext } from './week.js';

/** The prepared week and the facts its reasons need. */
export interface PreparedWeek {
  ctx: WeekContext;
  mindBody: MindBodyOption[];
  byId: ReadonlyMap<string, Exercise>;
  gaps: Pillar[];
  respectedConditions: Condition[];
  /** The clinician's includes, as the week reads them (issue 11). */
  includes: IncludePlan[];
  doses: WeekDoses;
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
  const resolved = resolvePrescription(input.prescription);
  const doses = weekDosesOf(resolved, byId);
  const seatedWork = needsSeatedWork(profile, clearance, input);
  const allowed = findAllowed(input.exercises, input, clearance, seatedWork, resolved.excluded);
  // One routine per person, week after week (a person learns it, and a day changes only when
  // pacing or the profile changes it); each choice draws from its own seeded stream.
  const randomFor = (name: string) => createRandom(hashSeed(input.seed ?? 0, name));
  const sel: SelectionContext = { byId, rootIds, profile, random: randomFor('routine'), randomFor };
  const routines = chooseRoutines(allowed, sel, { pacing, clearance, doses });
  const includes = planIncludes(resolved, { profile, pacing, byId, clearance, seatedWork, doses });
  const pinned = pinnedByDay(includes);
  const activeDays = withPinnedDays(chooseActiveDays(profile.daysPerWeek), [...pinned.keys()]);
  const flare = findFlareDays({ ...input, painToday: profile.painToday });
  const afterStrength = followsStrengthDay(input.weekStart, input.lastStrengthDate);
  const budget = Math.min(profile.minutesPerDay, readSessionCap(pacing) ?? Infinity);
  const slots = orderPreferredSlots(profile.preferredTimes);
  const landPinned = [...pinned].filter(([, items]) => items.some((p) => !p.water)).map(([day]) => day);
  const week = { activeDays, slots, budget, clearance, afterStrength, flareDays: flare.all, waterStretches: routines.waterStretches, landPinned };
  const { aerobicByDay, poolOnlyDays } = planPoolDays(week, routines.aerobicOptions);
  const strengthCandidates = activeDays.filter((day) => !flare.all.has(day) && !poolOnlyDays.includes(day));
  const pinnedStrength = pinnedStrengthDays(includes);
  const strengthDays = clearance ? [] : chooseStrengthDaysWith(strengthCandidates, pinnedStrength.filter((d) => strengthCandidates.includes(d)), afterStrength);
  const { mindBody, aerobicOptions, ...lists } = routines;
  const ctx: WeekContext = {
    weekStart: input.weekStart, budget, slots, activeDays, strengthDays, flare, clearance, seatedWork, afterStrength, poolOnlyDays,
    ...lists, aerobicByDay, pinned, pinnedStrengthDays: pinnedStrength,
    mindBodyByDay: rotateMindBody(activeDays, strengthDays, mindBody),
    flareWalk: chooseFlareWalk(aerobicOptions, pacing),
    strengthKeys: new Map(lists.strength.map((i) => [i.exerciseId, `strength:${rootIds.get(i.exerciseId) ?? i.exerciseId}`])),
  };
  const respectedConditions = findRespectedConditions(input.exercises, profile);
  return { ctx, mindBody, byId, gaps: findGaps(allowed, clearance), respectedConditions, includes, doses };
}

interface Routines {
  stretches: PlanItem[];
  strength: PlanItem[];
  gentleStretches: PlanItem[];
  breathing: PlanItem[];
  waterStretches: PlanItem[];
  waterPractice: PlanItem[];
  mindBody: MindBodyOption[];
  aerobicOptions: AerobicOption[];
}

// The week's routines of each pillar, with a clinician's set and capped doses (issue 11).
function chooseRoutines(allowed: readonly Exercise[], sel: SelectionContext, week: { pacing: PacingView; clearance: boolean; doses: WeekDoses }): Routines {
  const { pacing, clearance, doses } = week;
  const on = (name: string): SelectionContext => ({ ...sel, random: sel.randomFor(name) });
  const dose = (items: PlanItem[]) => (doses.isEmpty ? items : items.map((item) => doses.dose(item)));
  // Water-only work belongs to the pool visit; every other routine is on land.
  const eligible = allowed.filter((e) => !isWaterOnly(e));
  const maxLevel = clearance ? 1 : readMaxLevel(pacing);
  const stretches = dose(chooseStretches(eligible, on('stretching'), maxLevel, clearance));
  return {
    stretches,
    aerobicOptions: capAerobic(listAerobicOptions(allowed, on('aerobic'), pacing), doses),
    mindBody: chooseMindBody(eligible, on('mind_body'), clearance, maxLevel).map((o) => ({ ...o, items: dose(o.items) })),
    strength: dose(chooseStrength(eligible, on('strengthening'), pacing)),
    gentleStretches: dose(chooseGentleStretches(stretches, eligible, sel.byId, on('gentle'))),
    breathing: dose(chooseMindBody(eligible.filter((e) => e.level === 1), on('breathing'), true, 1)[0]?.items ?? []),
    waterStretches: dose(chooseStretches(allowed.filter(isWaterOnly), on('water_stretching'), maxLevel, clearance)),
    waterPractice: dose(chooseMindBody(allowed.filter(isWaterOnly), on('water_practice'), true, maxLevel)[0]?.items ?? []),
  };
}

// A clinician's cap on an activity's minutes holds for the week's aerobic options too.
function capAerobic(options: AerobicOption[], doses: WeekDoses): AerobicOption[] {
  if (doses.isEmpty) return options;
  return options.map((o) => ({ ...o, quotaMinutes: Math.min(o.quotaMinutes, doses.capMinutes(o.exercise)) }));
}

interface PoolWeek {
  activeDays: DayNumber[];
  slots: Slot[];
  budget: number;
  clearance: boolean;
  afterStrength: boolean;
  flareDays: ReadonlySet<DayNumber>;
  waterStretches: readonly PlanItem[];
  /** Days with a clinician's land include: never a pool visit and nothing else. */
  landPinned: readonly DayNumber[];
}

/**
 * Which activity goes on which day, and the days that are a pool visit and nothing else (one
 * time of day). Pool days keep clear of the usual strength days, so a flare never moves them;
 * a morning visit holds the morning stretch, so it needs a water stretch the person can do.
 */
function planPoolDays(week: PoolWeek, options: readonly AerobicOption[]): { aerobicByDay: Map<DayNumber, AerobicOption>; poolOnlyDays: DayNumber[] } {
  const oneSlot = week.slots.length === 1 && !week.clearance;
  const keepOnLand = oneSlot ? [...chooseStrengthDays(week.activeDays, week.afterStrength), ...week.landPinned] : [];
  const budget = week.waterStretches.length > 0 || chooseSlot('aerobic', week.slots) !== 'morning' ? week.budget : 0;
  let aerobicByDay = assignAerobicDays(week.activeDays, options, { budget, keepOnLand });
  // When flares leave only pool days, the first of them stays on land so strength has a day.
  const normal = week.activeDays.filter((day) => !week.flareDays.has(day));
  const [firstNormal] = normal;
  if (oneSlot && firstNormal !== undefined && normal.every((day) => aerobicByDay.get(day)?.needsPool === true)) {
    aerobicByDay = assignAerobicDays(week.activeDays, options, { budget, keepOnLand: [...keepOnLand, firstNormal] });
  }
  const poolOnlyDays = oneSlot ? week.activeDays.filter((day) => aerobicByDay.get(day)?.needsPool === true) : [];
  return { aerobicByDay, poolOnlyDays };
}

const NO_FLARE: FlareDays = { painToday: [], pacing: [], marked: [], all: new Set() };

/** The same week without any flare day: what a flare day is measured against. */
export function withoutFlares({ ctx, mindBody }: PreparedWeek): WeekContext {
  const candidates = ctx.activeDays.filter((day) => !ctx.poolOnlyDays.includes(day));
  const pinned = ctx.pinnedStrengthDays.filter((day) => candidates.includes(day));
  const strengthDays = ctx.clearance ? [] : chooseStrengthDaysWith(candidates, pinned, ctx.afterStrength);
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
// A clinician's excludes are left out here, so no routine, activity, flare walk or pool visit holds
// them; the library index keeps them, so a strength chain keeps its other variants.
function findAllowed(exercises: readonly Exercise[], input: PlannerInput, clearance: boolean, seated: boolean, excluded: ReadonlySet<string>): Exercise[] {
  const isEligible = eligibilityFor(input.profile);
  // A clinician's own exercise is never chosen by the planner: only an include puts it in a week.
  return exercises.filter((e) => e.source?.kind !== 'custom' && isEligible(e) && (!clearance || isClearanceSafe(e)) && (!seated || canSitOrLie(e)) && !excluded.has(e.id));
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

function isWaterOnly(exercise: Exercise): boolean {
  return exercise.positions.every((position) => position === 'aquatic');
}

function findGaps(eligible: readonly Exercise[], clearance: boolean): Pillar[] {
  const needed: Pillar[] = clearance ? ['stretching', 'mind_body'] : ['stretching', 'aerobic', 'strengthening', 'mind_body'];
  return needed.filter((pillar) => !eligible.some((e) => e.pillar === pillar));
}
