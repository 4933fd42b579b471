/**
 * The reasons a plan gives: why the week looks as it does, in plain sentences from messages.ts,
 * most important first (safety, then flares, then the shape of the week, then the details).
 */
import type { Exercise, Pillar } from '../library/exercise.js';
import type { PacingView } from '../pacing/activity.js';
import { canLieDown, type Condition, type PainArea, type Profile } from '../profile.js';
import { findCrpsAreas } from './eligibility.js';
import type { SafetyOutcome } from '../safety.js';
import type { AerobicOption } from './aerobic.js';
import { OLDER_ADULT_AGE } from './dosing.js';
import { nameActivity, planMessages } from './messages.js';
import type { DayNumber, PlanDay, PlanReason } from './plan.js';
import { hasPillar, FOUR_PILLARS_FROM_MINUTES, type WeekContext } from './week.js';

const m = planMessages.en;
// Below this share of the person's minutes, the plan says it starts small on purpose.
const STARTS_SMALL_SHARE = 0.8;

/** What the week's reasons are drawn from. */
export interface ReasonFacts {
  profile: Profile;
  pacing: PacingView;
  ctx: WeekContext;
  days: readonly PlanDay[];
  byId: ReadonlyMap<string, Exercise>;
  gaps: readonly Pillar[];
  respectedConditions: readonly Condition[];
}

/** The calm reason for a referral: emergency care now, or a doctor soon. */
export function explainReferral(outcome: SafetyOutcome): PlanReason[] {
  if (outcome.status === 'refer_emergency') return [{ code: 'refer_emergency', message: m.referEmergency }];
  return [{ code: 'refer_urgent', message: m.referUrgent }];
}

/** The clearance reason in words that say why: a stop sign during a session, not an answer. */
export function explainStopSign(reasons: readonly PlanReason[]): PlanReason[] {
  return reasons.map((r) => (r.code === 'clearance_needed' ? { ...r, message: m.clearanceAfterStop } : r));
}

/** Every reason for a week, in order. */
export function explainWeek(facts: ReasonFacts): PlanReason[] {
  return [
    ...explainSafetyAndFlares(facts),
    ...explainSchedule(facts),
    ...explainAerobic(facts),
    ...explainMindBody(facts),
    ...explainFit(facts),
    ...explainAmount(facts),
  ];
}

function explainSafetyAndFlares({ ctx, days, pacing }: ReasonFacts): PlanReason[] {
  const reasons: PlanReason[] = [];
  if (ctx.clearance) reasons.push({ code: 'clearance_needed', message: m.clearanceNeeded });
  const isFlare = (day: DayNumber) => days[day - 1]?.kind === 'flare';
  const painToday = ctx.flare.painToday.filter(isFlare);
  const mode = ctx.flare.pacing.filter(isFlare);
  const marked = ctx.flare.marked.filter((day) => isFlare(day) && !painToday.includes(day) && !mode.includes(day));
  if (painToday.length > 0) reasons.push({ code: 'flare_pain_today', message: m.flarePainToday(painToday) });
  if (mode.length > 0) reasons.push({ code: 'flare_mode', message: m.flareMode(mode) });
  if (marked.length > 0) reasons.push({ code: 'flare_marked', message: m.flareMarked(marked) });
  if (pacing.mode === 'rebuild') {
    reasons.push({ code: 'rebuild_mode', message: pacing.rebuildAfter === 'break' ? m.rebuildAfterBreak : m.rebuildMode });
  }
  return reasons;
}

function explainSchedule({ ctx, days }: ReasonFacts): PlanReason[] {
  const reasons: PlanReason[] = [];
  const active = days.filter((day) => day.sessions.length > 0).map((day) => day.day);
  const rest = days.filter((day) => day.sessions.length === 0).map((day) => day.day);
  if (active.length > 0) reasons.push({ code: 'active_days', message: m.activeDays(active, rest) });
  if (ctx.slots.includes('morning') && hasPillarInWeek(days, 'stretching')) {
    reasons.push({ code: 'morning_stretch', message: m.morningStretch });
  }
  const strength = days.filter((day) => hasPillar(day.sessions, 'strengthening')).map((day) => day.day);
  if (strength.length > 0) reasons.push({ code: 'strength_days', message: m.strengthDays(strength) });
  return reasons;
}

function explainAerobic({ ctx, days }: ReasonFacts): PlanReason[] {
  const uses = new Map<AerobicOption, { days: DayNumber[]; shortened: boolean }>();
  for (const day of days) {
    const option = ctx.aerobicByDay.get(day.day);
    const item = day.sessions.flatMap((s) => s.items).find((i) => i.exerciseId === option?.exercise.id);
    if (!option || !item || day.kind !== 'active') continue;
    const use = uses.get(option) ?? { days: [], shortened: false };
    use.days.push(day.day);
    use.shortened ||= (item.minutes ?? 0) < option.quotaMinutes;
    uses.set(option, use);
  }
  return [...uses].flatMap(([option, use]) => explainAerobicOption(option, use.days, use.shortened));
}

function explainAerobicOption(option: AerobicOption, days: DayNumber[], shortened: boolean): PlanReason[] {
  // A liked activity by its own name; otherwise the exercise, e.g. "Chair marching" for walking seated.
  const name = option.liked && option.activity ? nameActivity(option.activity) : option.exercise.name;
  const reasons: PlanReason[] = [
    option.liked && option.activity
      ? { code: 'aerobic_liked', message: m.aerobicLiked(option.activity) }
      : { code: 'aerobic_default', message: m.aerobicDefault(name) },
  ];
  if (option.needsPool && option.activity) {
    reasons.push({ code: 'pool_days', message: m.poolDays(option.activity, days) }, { code: 'pool_visit', message: m.poolVisit });
  }
  if (shortened) reasons.push({ code: 'aerobic_shortened', message: m.aerobicShortened(name) });
  return reasons;
}

function explainMindBody({ ctx, days }: ReasonFacts): PlanReason[] {
  const normal = days.filter((day) => day.kind === 'active');
  const used = new Set(normal.flatMap((day) => {
    const option = ctx.mindBodyByDay.get(day.day);
    const ids = new Set(day.sessions.flatMap((s) => s.items.map((i) => i.exerciseId)));
    return option && option.items.some((item) => ids.has(item.exerciseId)) ? [option] : [];
  }));
  const reasons: PlanReason[] = [...used].flatMap((option): PlanReason[] => {
    if (option.liked && option.activity) return [{ code: 'mind_body_liked', message: m.mindBodyLiked(option.activity) }];
    return option.activity === 'breathing' ? [{ code: 'mind_body_default', message: m.mindBodyDefault }] : [];
  });
  const mindBodyDays = normal.filter((day) => hasPillar(day.sessions, 'mind_body')).map((day) => day.day);
  if (mindBodyDays.length > 0) reasons.push({ code: 'mind_body_days', message: m.mindBodyDays(mindBodyDays) });
  return reasons;
}

function explainFit({ profile, days, byId, respectedConditions, pacing, ctx }: ReasonFacts): PlanReason[] {
  const reasons: PlanReason[] = [];
  const areas = findCoveredPainAreas(profile.painAreas, days, byId);
  if (areas.length > 0) reasons.push({ code: 'pain_areas', message: m.painAreas(areas) });
  if (profile.age !== undefined && profile.age >= OLDER_ADULT_AGE && hasPillarInWeek(days, 'stretching')) {
    reasons.push({ code: 'older_adult_holds', message: m.olderAdultHolds });
  }
  reasons.push(...explainBody(profile, ctx));
  if (respectedConditions.length > 0) {
    reasons.push({ code: 'conditions_respected', message: m.conditionsRespected(respectedConditions) });
  }
  if (pacing.quotas.length === 0 && !ctx.clearance) reasons.push({ code: 'level_one_start', message: m.levelOneStart });
  return reasons;
}

// What the plan does for the person's body: a wheelchair, the floor, CRPS, falls before clearance, water.
function explainBody(profile: Profile, ctx: WeekContext): PlanReason[] {
  const reasons: PlanReason[] = [];
  if (profile.mobility === 'wheelchair') {
    reasons.push({ code: 'seated_or_lying', message: canLieDown(profile) ? m.seatedOrLying : m.seatedOnly });
    const likesWater = profile.likes.includes('water_exercise') || profile.likes.includes('swimming');
    if (likesWater && profile.equipment.includes('pool')) reasons.push({ code: 'water_from_wheelchair', message: m.waterFromWheelchair });
  } else if (!profile.floorTransfers) reasons.push({ code: 'no_floor', message: m.noFloor });
  if (profile.conditions.includes('crps')) reasons.push({ code: 'crps_guidance', message: m.crpsGuidance(findCrpsAreas(profile)) });
  if (ctx.seatedWork) reasons.push({ code: 'seated_before_clearance', message: m.seatedBeforeClearance });
  return reasons;
}

function explainAmount({ profile, ctx, days, gaps }: ReasonFacts): PlanReason[] {
  const reasons: PlanReason[] = gaps.map((pillar) => ({ code: 'library_gap', message: m.libraryGap(pillar) }));
  if (ctx.clearance) return reasons;
  const allFour = (['stretching', 'aerobic', 'strengthening', 'mind_body'] as const).every((p) => hasPillarInWeek(days, p));
  const normalDays = days.filter((day) => day.kind === 'active').length;
  if (allFour) reasons.push({ code: 'four_pillars', message: m.fourPillars });
  else if (ctx.budget * normalDays < FOUR_PILLARS_FROM_MINUTES) reasons.push({ code: 'short_week', message: m.shortWeek });
  const planned = days.reduce((sum, day) => sum + day.sessions.reduce((s, session) => s + session.minutes, 0), 0);
  const available = profile.minutesPerDay * ctx.activeDays.length;
  if (planned > 0 && planned < STARTS_SMALL_SHARE * available) {
    reasons.push({ code: 'starts_small', message: m.startsSmall(planned, available) });
  }
  return reasons;
}

function hasPillarInWeek(days: readonly PlanDay[], pillar: Pillar): boolean {
  return days.some((day) => hasPillar(day.sessions, pillar));
}

function findCoveredPainAreas(painAreas: readonly PainArea[], days: readonly PlanDay[], byId: ReadonlyMap<string, Exercise>): PainArea[] {
  const ids = new Set<string>();
  for (const day of days) {
    for (const session of day.sessions) {
      for (const item of session.items) if (item.pillar === 'stretching' || item.pillar === 'strengthening') ids.add(item.exerciseId);
    }
  }
  const regions = new Set<PainArea>([...ids].flatMap((id) => byId.get(id)?.regions ?? []));
  return painAreas.filter((area) => regions.has(area));
}
