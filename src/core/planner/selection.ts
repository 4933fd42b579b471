/**
 * Choosing the week's stretching, strength and mind-body exercises. Each list is ranked once
 * for the week and every day takes from its front, so the routine is the same all week and can
 * be learned; the seed gives variety from one week to the next.
 */
import type { Exercise } from '../library/exercise.js';
import type { PacingView, QuotaView } from '../pacing/activity.js';
import type { LikedActivity, Profile } from '../profile.js';
import { buildMindBodyItem, buildStrengthItem, buildStretchItem, findQuota } from './dosing.js';
import type { PlanItem } from './plan.js';
import { rankByFit, type Fit } from './ranking.js';
import type { Random } from './random.js';

/** The shortest mind-body practice worth doing (CLINICAL.md §2: 5-30 minutes). */
export const MIN_PRACTICE_MINUTES = 5;

/** The most exercises of one pillar kept for a week. */
export const ROUTINE_LENGTH = { stretching: 6, strengthening: 6, mind_body: 4 } as const;

// A day holds at most this many moves of one practice (week.ts MAX_ITEMS).
const MAX_PRACTICE_ITEMS = 3;
const MIND_BODY_PRACTICES = ['yoga', 'tai_chi', 'pilates', 'breathing'] as const satisfies readonly LikedActivity[];

/** What the selectors share: the library by id, each exercise's chain, the person, the seeded generator. */
export interface SelectionContext {
  byId: ReadonlyMap<string, Exercise>;
  /** Exercise id → the id of the easiest exercise of its chain (`chainRootOf`), worked out once per library. */
  rootIds: ReadonlyMap<string, string>;
  profile: Profile;
  random: Random;
  /** Another seeded stream, by name: each choice draws from its own, so one never shifts another. */
  randomFor: (name: string) => Random;
}

/** One mind-body practice and its exercises, in order. */
export interface MindBodyOption {
  activity: LikedActivity | null;
  liked: boolean;
  items: PlanItem[];
}

/** Describes an exercise for ranking; variants of one chain are one family. */
export function describeFit(rootIds: ReadonlyMap<string, string>): (exercise: Exercise) => Fit {
  return (exercise) => ({ regions: exercise.regions, level: exercise.level, family: rootIds.get(exercise.id) ?? exercise.id });
}

/**
 * The highest level a stretching or mind-body exercise may have: 1 for a new plan (no pacing
 * history yet), 2 once pacing keeps quotas. Pacing does not progress these pillars, so level 3
 * waits for a therapist.
 */
export function readMaxLevel(pacing: PacingView): number {
  return pacing.quotas.length === 0 ? 1 : 2;
}

/** Keeps exercises up to a level; when none is that easy, the easiest there are. */
export function keepEasiest(exercises: readonly Exercise[], maxLevel: number): Exercise[] {
  const easy = exercises.filter((e) => e.level <= maxLevel);
  if (easy.length > 0 || exercises.length === 0) return easy;
  const lowest = Math.min(...exercises.map((e) => e.level));
  return exercises.filter((e) => e.level === lowest);
}

/** The week's stretches, up to `maxLevel` (strictly level 1 under clearance and on flare days). */
export function chooseStretches(eligible: readonly Exercise[], ctx: SelectionContext, maxLevel: number, strict = false): PlanItem[] {
  const all = eligible.filter((e) => e.pillar === 'stretching');
  if (strict) return rankRoutine(all.filter((e) => e.level <= maxLevel), ctx, ROUTINE_LENGTH.stretching).map((e) => buildStretchItem(e, ctx.profile.age));
  return rankEasiestFirst(all, ctx, maxLevel, ROUTINE_LENGTH.stretching).map((exercise) => buildStretchItem(exercise, ctx.profile.age));
}

/**
 * A routine ranked from the easiest exercises first, then (up to `maxLevel`) harder ones after
 * them. Unlocking level 2 only adds to the end of a routine, never reorders it: the exercises a
 * day already holds stay, so a day never gets shorter because a level opened.
 */
function rankEasiestFirst(exercises: readonly Exercise[], ctx: SelectionContext, maxLevel: number, length: number): Exercise[] {
  const easiest = keepEasiest(exercises, 1);
  const first = rankRoutine(easiest, ctx, length);
  if (maxLevel <= 1 || first.length >= length) return first;
  const more = exercises.filter((e) => e.level > 1 && e.level <= maxLevel && !easiest.includes(e));
  return [...first, ...rankRoutine(more, { ...ctx, random: ctx.randomFor('harder') }, length - first.length)];
}

function rankRoutine(exercises: readonly Exercise[], ctx: SelectionContext, length: number): Exercise[] {
  return rankByFit(exercises, describeFit(ctx.rootIds), ctx.profile.painAreas, ctx.random, length);
}

/**
 * The week's strength exercises, one per chain: chains pacing already keeps a quota for come
 * first (their progress carries on), then new chains by fit.
 */
export function chooseStrength(eligible: readonly Exercise[], ctx: SelectionContext, pacing: PacingView): PlanItem[] {
  const isEligible = new Set(eligible.map((e) => e.id));
  const chains = groupByChain(eligible.filter((e) => e.pillar === 'strengthening'), ctx.rootIds);
  const picks: { exercise: Exercise; quota: QuotaView | undefined }[] = [];
  for (const [rootId, members] of chains) {
    const quota = findQuota(pacing, `strength:${rootId}`);
    const exercise = pickStrengthVariant(members, quota, ctx.byId, isEligible);
    if (exercise) picks.push({ exercise, quota });
  }
  const paced = picks.filter((pick) => pick.quota !== undefined);
  const fresh = rankByFit(
    picks.filter((pick) => pick.quota === undefined),
    (pick) => describeFit(ctx.rootIds)(pick.exercise),
    ctx.profile.painAreas,
    ctx.random,
    ROUTINE_LENGTH.strengthening,
  );
  return [...paced, ...fresh]
    .slice(0, ROUTINE_LENGTH.strengthening)
    .map((pick) => buildStrengthItem(pick.exercise, pick.quota));
}

/**
 * The variant of a chain to do: the one pacing names if the person can do it (else the nearest
 * easier one they can), or the easiest one they can do before there is a quota.
 */
export function pickStrengthVariant(
  members: readonly Exercise[],
  quota: QuotaView | undefined,
  byId: ReadonlyMap<string, Exercise>,
  isEligible: ReadonlySet<string>,
): Exercise | undefined {
  if (quota?.exerciseId !== undefined) {
    const seen = new Set<string>();
    let current = byId.get(quota.exerciseId);
    while (current && !isEligible.has(current.id) && !seen.has(current.id)) {
      seen.add(current.id);
      current = current.easier === null ? undefined : byId.get(current.easier);
    }
    if (current && isEligible.has(current.id)) return current;
  }
  return [...members].sort((a, b) => a.level - b.level)[0];
}

/** The mind-body practices of the week: the liked ones, or slow breathing; breathing only under clearance. */
export function chooseMindBody(eligible: readonly Exercise[], ctx: SelectionContext, breathingOnly: boolean, maxLevel: number): MindBodyOption[] {
  const practices = eligible.filter((e) => e.pillar === 'mind_body');
  const build = (activity: LikedActivity | null) => buildMindBodyOption(practices, activity, ctx, maxLevel);
  const wanted = breathingOnly
    ? (['breathing'] as const)
    : MIND_BODY_PRACTICES.filter((activity) => ctx.profile.likes.includes(activity));
  // A liked practice whose moves the person can do too few of to make a practice (e.g. Pilates
  // from a wheelchair) gives way to the next choice, as if not liked.
  const liked = wanted.map(build).filter(makesPractice);
  if (liked.length > 0) return liked;
  const fallbacks = breathingOnly ? [] : [...MIND_BODY_PRACTICES.filter((a) => a !== 'breathing'), null];
  for (const activity of ['breathing' as const, ...fallbacks]) {
    const option = build(activity);
    if (hasItems(option)) return [{ ...option, liked: false }];
  }
  return [];
}

function buildMindBodyOption(practices: readonly Exercise[], activity: LikedActivity | null, ctx: SelectionContext, maxLevel: number): MindBodyOption {
  const ranked = rankEasiestFirst(practices.filter((e) => e.activity === activity), { ...ctx, random: ctx.randomFor(`mind_body:${activity}`) }, maxLevel, ROUTINE_LENGTH.mind_body);
  const liked = activity !== null && ctx.profile.likes.includes(activity);
  return { activity, liked, items: ranked.map(buildMindBodyItem) };
}

function hasItems(option: MindBodyOption): boolean {
  return option.items.length > 0;
}

function makesPractice(option: MindBodyOption): boolean {
  const minutes = option.items.slice(0, MAX_PRACTICE_ITEMS).reduce((sum, item) => sum + item.estimatedMinutes, 0);
  return minutes >= MIN_PRACTICE_MINUTES;
}

/** Groups exercises by the easiest exercise of their chain, in library order. */
export function groupByChain(exercises: readonly Exercise[], rootIds: ReadonlyMap<string, string>): Map<string, Exercise[]> {
  const chains = new Map<string, Exercise[]>();
  for (const exercise of exercises) {
    // The same root as the pacing key `strength:<root>` (activityKeyOf).
    const rootId = rootIds.get(exercise.id) ?? exercise.id;
    const members = chains.get(rootId);
    if (members) members.push(exercise);
    else chains.set(rootId, [exercise]);
  }
  return chains;
}
