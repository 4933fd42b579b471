/**
 * The person's week: pacing replayed from their check-ins and session logs, the plan built from
 * it, and the stored week kept steady until what it was built on changes.
 */
import { addDays, isoWeekday, toLocalDate, weekStartOf, type LocalDate } from '../../core/calendar.js';
import { painTodayOf } from '../../core/checkin.js';
import { badDayOf, findBadDayProblem } from '../../core/bad-day.js';
import { AppError } from '../../core/errors.js';
import type { ActivityKey } from '../../core/pacing/activity.js';
import {
  activityLabel,
  flareSinceOf,
  initialPacing,
  toPacingSummary,
  toPacingView,
  updatePacing,
} from '../../core/pacing/index.js';
import { buildWeeklyPlan, findChosenEasier, findLastStrengthDate, type Plan, type PlannerInput } from '../../core/planner/index.js';
import { judgeSwaps } from '../../core/planner/swap.js';
import { applyWeekChanges, type ChangeContext, type WeekChanges } from '../../core/planner/week-changes.js';
import { findWeekChanges } from '../../db/week-changes.repository.js';
import { FLARE_PAIN } from '../../core/planner/schedule.js';
import {
  describeBadDayUndone,
  describePlanChange,
  isPlanChangeCode,
  movedActivities,
  pacingFingerprintOf,
  type PlanBasis,
  type PlanChange,
  type ShownPlan,
} from '../../core/planner/plan-basis.js';
import type { Prescription } from '../../core/prescription/types.js';
import type { Profile } from '../../core/profile.js';
import type { MyPlanResponse, PacingResponse } from '../../contract/plan.js';
import { ProfileSchema } from '../../contract/profile.js';
import {
  addBadDay,
  findWeeklyPlan,
  listBadDays,
  removeBadDay,
  saveWeeklyPlan,
  type StoredWeek,
} from '../../db/plan.repository.js';
import { findProfile } from '../../db/profile.repository.js';
import { read, write } from '../../core/access/policy.js';
import { requireAccess, type SubjectRef } from '../access.js';
import type { Person, Services } from '../context.js';
import { findStopSignFacts } from './safety.service.js';
import type { Library } from './library.service.js';
import { loadPacingEvents, replayContext } from './pacing-events.js';
import { libraryForSubject } from './subject-library.js';

/** A plan for a profile with no history: nothing is read or stored. */
export function previewPlan(services: Services, library: Library, profile: Profile): Plan {
  const today = toLocalDate(services.clock.now(), 'UTC');
  return buildWeeklyPlan({ profile, exercises: library.all(), pacing: toPacingView(initialPacing()), weekStart: weekStartOf(today), today });
}

async function loadProfile(services: Services, subject: SubjectRef) {
  const stored = await findProfile(services.db, subject.id);
  if (!stored) throw new AppError('not_found', 'There is no profile yet. Finish the intake to get your week.');
  return { profile: ProfileSchema.parse(stored.data), updatedAt: stored.updatedAt };
}

/**
 * Replays every check-in and session log of the person into pacing, as of their today, within
 * their clinician's prescription; with the library as their plan sees it (a clinician's own
 * exercises prescribed to them too).
 */
async function replayPacing(services: Services, library: Library, subject: SubjectRef, profile: Profile, today: LocalDate) {
  const [{ events, checkins, prescription }, own] = await Promise.all([
    loadPacingEvents(services, subject),
    libraryForSubject(services, library, subject.id),
  ]);
  const state = updatePacing(initialPacing(), events, { ...replayContext(own, profile, prescription), today });
  const chosenEasier = findChosenEasier(events, today);
  return { state, painToday: painTodayOf(checkins, today, profile.painToday), prescription, library: own, chosenEasier };
}

/** What this week stands on today, and pacing's state to build it from. */
async function currentBasis(services: Services, library: Library, subject: SubjectRef) {
  const { profile, updatedAt } = await loadProfile(services, subject);
  const stopSigns = await findStopSignFacts(services, subject, { profile, updatedAt });
  const today = toLocalDate(services.clock.now(), subject.timeZone);
  const weekStart = weekStartOf(today);
  const { state: pacing, painToday, prescription, library: own, chosenEasier } = await replayPacing(services, library, subject, profile, today);
  const [badDates, lastWeek] = await Promise.all([
    listBadDays(services.db, subject.id, weekStart, today),
    findWeeklyPlan(services.db, subject.id, addDays(weekStart, -7)),
  ]);
  // Strength never on Sunday and the next Monday: the planner needs last week's last strength day.
  const lastStrengthDate = lastWeek?.plan.status === 'ok' ? findLastStrengthDate(lastWeek.plan.days) : undefined;
  const basis: PlanBasis = {
    profileUpdatedAt: updatedAt,
    flareSince: flareSinceOf(pacing),
    badDays: badDates.map(isoWeekday),
    highPainToday: painToday >= FLARE_PAIN,
    safetyHoldAt: stopSigns.safetyHold?.at ?? null,
    pacing: pacingFingerprintOf(toPacingView(pacing)),
    ...prescriptionIdsOf(prescription),
    ...(chosenEasier.length > 0 ? { chosenEasier: chosenEasier.map((c) => `${c.exerciseId}@${c.on}`) } : {}),
  };
  return { profile, stopSigns, today, weekStart, pacing, painToday, basis, lastStrengthDate, badDay: badDates.includes(today), prescription, library: own, chosenEasier };
}

/** The ids of the adjustments in force, sorted, for the basis; absent without any (as in older weeks). */
function prescriptionIdsOf(prescription: Prescription): Pick<PlanBasis, 'prescriptionIds'> {
  return prescription.length === 0 ? {} : { prescriptionIds: prescription.map((a) => a.id).sort() };
}

/**
 * True when the stored week still fits what it stands on now, the prescription included: adding
 * or ending an adjustment rebuilds the week at once.
 */
function stillFits(stored: PlanBasis, current: PlanBasis): boolean {
  const sameIds = (stored.prescriptionIds ?? []).join(',') === (current.prescriptionIds ?? []).join(',');
  const sameChoices = (stored.chosenEasier ?? []).join(',') === (current.chosenEasier ?? []).join(',');
  return sameIds && sameChoices && describePlanChange(stored, current) === null;
}

type Current = Awaited<ReturnType<typeof currentBasis>>;

/**
 * The week as the person should see it: the stored one while it still fits; the week kept at
 * today's bad-day mark (`kept`, after Undo) when nothing else it was built on has changed;
 * otherwise a new one that says why.
 */
async function weekFor(services: Services, subject: SubjectRef, now: Current, kept: StoredWeek | null): Promise<StoredWeek> {
  const { weekStart, basis } = now;
  const stored = await findWeeklyPlan(services.db, subject.id, weekStart);
  if (stored && stillFits(stored.basis, basis)) return stored;
  const plan = kept && stillFits(kept.basis, basis)
    ? withChangeReason(kept.plan, describeBadDayUndone())
    : withChangeReason(buildWeek(subject, now), describePlanChange(stored?.basis ?? null, basis, pacingNews(now, stored)));
  await saveWeeklyPlan(services.db, subject.id, weekStart, { plan, basis }, services.clock.now());
  return { plan, basis };
}

function buildWeek(subject: SubjectRef, now: Current): Plan {
  return buildWeeklyPlan(plannerInputOf(subject, now));
}

/** What the planner builds this week on: also what the person's own changes are judged by. */
function plannerInputOf(subject: SubjectRef, now: Current): PlannerInput {
  const { profile, stopSigns, painToday, pacing, weekStart, today, basis, lastStrengthDate, prescription, library, chosenEasier } = now;
  return {
    profile: { ...profile, painToday }, exercises: library.all(), pacing: toPacingView(pacing), weekStart, today,
    seed: seedOf(subject.id), flareDays: basis.badDays, ...stopSigns, ...(lastStrengthDate ? { lastStrengthDate } : {}),
    ...(prescription.length > 0 ? { prescription } : {}),
    ...(chosenEasier.length > 0 ? { chosenEasier } : {}),
  };
}

/** This week as it stands, with what the person's own changes are judged by and laid over. */
export interface CurrentWeek {
  subject: SubjectRef;
  today: LocalDate;
  weekStart: LocalDate;
  badDay: boolean;
  /** The planner's week, before the person's changes. */
  plan: ShownPlan;
  changeContext: ChangeContext;
}

/** Loads (or rebuilds) this week for the subject, who must be allowed `action` on their plan. */
export async function loadCurrentWeek(services: Services, library: Library, actor: Person, subjectId: string, writing: boolean): Promise<CurrentWeek> {
  const subject = await requireAccess(services, actor, writing ? write('plan') : read('plan'), subjectId);
  const now = await currentBasis(services, library, subject);
  const { plan } = await weekFor(services, subject, now, null);
  const input = plannerInputOf(subject, now);
  return { subject, today: now.today, weekStart: now.weekStart, badDay: now.badDay, plan, changeContext: { judge: judgeSwaps(input), rules: input } };
}

/** The week as the person sees it: the planner's, with their swaps and moves laid over it. */
export async function presentWeek(services: Services, week: CurrentWeek, given?: WeekChanges): Promise<MyPlanResponse> {
  const { today, badDay, plan } = week;
  if (plan.status !== 'ok') return { today, badDay, plan };
  const changes = given ?? (await findWeekChanges(services.db, week.subject.id, week.weekStart));
  if (changes.swaps.length === 0 && changes.moves.length === 0) return { today, badDay, plan };
  const laid = applyWeekChanges(plan, changes, week.changeContext);
  return { today, badDay, plan: laid.plan, changes: laid.outcomes };
}

/** A plan whose first reason says why the week changed (replacing an earlier such reason). */
function withChangeReason(plan: ShownPlan, change: PlanChange | null): ShownPlan {
  if (!change || plan.status !== 'ok') return plan;
  return { ...plan, reasons: [change, ...plan.reasons.filter((r) => !isPlanChangeCode(r.code))] };
}

/** Pacing's own sentence for the newest change of a quota that moved since the stored week. */
function pacingNews(now: Current, stored: StoredWeek | null): string | undefined {
  const current = now.basis.pacing;
  if (!current || !stored?.basis.pacing) return undefined;
  const moved = new Set(movedActivities(stored.basis.pacing, current));
  return toPacingSummary(now.pacing, 200).changes.find((c) => moved.has(c.activity) && c.from !== c.to)?.message;
}

/** This week's plan, with pacing applied and the reason whenever it changed. */
export async function getMyPlan(services: Services, library: Library, actor: Person, subjectId: string): Promise<MyPlanResponse> {
  return presentWeek(services, await loadCurrentWeek(services, library, actor, subjectId, false));
}

/**
 * Marks a bad day — the day the person tapped it (`date`, today or yesterday in their zone; today
 * when absent) — keeping the week as it stood so Undo can give it back exactly; or takes the mark
 * back. Both are safe to repeat. Returns the week as it now stands.
 */
export async function setBadDay(services: Services, library: Library, actor: Person, subjectId: string, bad: boolean, date?: LocalDate): Promise<MyPlanResponse> {
  const subject = await requireAccess(services, actor, write('plan'), subjectId);
  const before = await currentBasis(services, library, subject);
  const day = badDayOf(date, before.today);
  if (findBadDayProblem(day, before.today)) {
    throw new AppError('unacceptable', 'A bad day can be marked only for today or yesterday.', 'date');
  }
  let kept: StoredWeek | null = null;
  if (bad) {
    const shown = await weekFor(services, subject, before, null);
    // The week kept for Undo is this one; yesterday in last week changes no week shown now.
    const sameWeek = weekStartOf(day) === before.weekStart;
    await addBadDay(services.db, subject.id, day, services.clock.now(), sameWeek ? shown : null);
  } else {
    kept = await removeBadDay(services.db, subject.id, day);
  }
  const now = await currentBasis(services, library, subject);
  const { plan } = await weekFor(services, subject, now, kept);
  const input = plannerInputOf(subject, now);
  return presentWeek(services, { subject, today: now.today, weekStart: now.weekStart, badDay: now.badDay, plan, changeContext: { judge: judgeSwaps(input), rules: input } });
}

/** The person's pacing: mode, quotas with names, and its newest changes (200, or `limit`) with their reasons. */
export async function getPacing(services: Services, library: Library, actor: Person, subjectId: string, limit = 200): Promise<PacingResponse> {
  const subject = await requireAccess(services, actor, read('pacing'), subjectId);
  const { profile } = await loadProfile(services, subject);
  const today = toLocalDate(services.clock.now(), subject.timeZone);
  const { state, library: own } = await replayPacing(services, library, subject, profile, today);
  const summary = toPacingSummary(state, limit);
  const label = (activity: ActivityKey, exerciseId?: string) => activityLabel(own.index(), activity, exerciseId ?? null);
  return {
    mode: summary.mode,
    quotas: summary.quotas.map((q) => ({ ...q, label: label(q.activity, q.exerciseId) })),
    changes: summary.changes.map((c) => ({ ...c, label: label(c.activity) })),
  };
}

/** A stable number from the person's id, so their weeks vary from one another but not by request. */
function seedOf(id: string): number {
  let hash = 2166136261;
  for (const char of id) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}
