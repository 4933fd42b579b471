/**
 * The person's week: pacing replayed from their check-ins and session logs, the plan built from
 * it, and the stored week kept steady until what it was built on changes.
 */
import { isoWeekday, toLocalDate, weekStartOf, type LocalDate } from '../../core/calendar.js';
import { painTodayOf } from '../../core/checkin.js';
import { AppError } from '../../core/errors.js';
import type { ActivityKey } from '../../core/pacing/activity.js';
import {
  activityLabel,
  checkinEventOf,
  flareSinceOf,
  sessionEventOf,
  initialPacing,
  toPacingSummary,
  toPacingView,
  updatePacing,
  type PacingEvent,
} from '../../core/pacing/index.js';
import { buildWeeklyPlan, type Plan } from '../../core/planner/index.js';
import { eligibilityFor } from '../../core/planner/eligibility.js';
import { FLARE_PAIN } from '../../core/planner/schedule.js';
import { describePlanChange, type PlanBasis } from '../../core/planner/plan-basis.js';
import type { Profile } from '../../core/profile.js';
import type { MyPlanResponse, PacingResponse } from '../../contract/plan.js';
import { ProfileSchema } from '../../contract/profile.js';
import { listAllCheckins } from '../../db/checkin.repository.js';
import { addBadDay, findWeeklyPlan, listBadDays, removeBadDay, saveWeeklyPlan } from '../../db/plan.repository.js';
import { findProfile } from '../../db/profile.repository.js';
import { listAllSessionLogs } from '../../db/session-log.repository.js';
import type { Person, Services } from '../context.js';
import { findStopSignFacts } from './safety.service.js';
import type { Library } from './library.service.js';

/** A plan for a profile with no history: nothing is read or stored. */
export function previewPlan(services: Services, library: Library, profile: Profile): Plan {
  const today = toLocalDate(services.clock.now(), 'UTC');
  return buildWeeklyPlan({ profile, exercises: library.all(), pacing: toPacingView(initialPacing()), weekStart: weekStartOf(today), today });
}

async function loadProfile(services: Services, person: Person) {
  const stored = await findProfile(services.db, person.id);
  if (!stored) throw new AppError('not_found', 'There is no profile yet. Finish the intake to get your week.');
  return { profile: ProfileSchema.parse(stored.data), updatedAt: stored.updatedAt };
}

/** Replays every check-in and session log of the person into pacing, as of their today. */
async function replayPacing(services: Services, library: Library, person: Person, profile: Profile, today: LocalDate) {
  const [checkins, sessions] = await Promise.all([
    listAllCheckins(services.db, person.id),
    listAllSessionLogs(services.db, person.id),
  ]);
  const events: PacingEvent[] = [
    ...checkins.map((c) => checkinEventOf({ at: c.at, localDate: c.local_date, pain: c.pain, flare: c.flare === 1 })),
    ...sessions.map(sessionEventOf),
  ];
  const state = updatePacing(initialPacing(), events, { exercises: library.index(), today, canDo: eligibilityFor(profile) });
  const todays = checkins.map((c) => ({ localDate: c.local_date, at: c.at, pain: c.pain }));
  return { state, painToday: painTodayOf(todays, today, profile.painToday) };
}

/** This week's plan: the stored one while it still fits, otherwise a new one that says why. */
export async function getMyPlan(services: Services, library: Library, person: Person): Promise<MyPlanResponse> {
  const { profile, updatedAt } = await loadProfile(services, person);
  const stopSigns = await findStopSignFacts(services, person, { profile, updatedAt });
  const today = toLocalDate(services.clock.now(), person.timeZone);
  const weekStart = weekStartOf(today);
  const { state: pacing, painToday } = await replayPacing(services, library, person, profile, today);
  const badDates = await listBadDays(services.db, person.id, weekStart, today);
  const basis: PlanBasis = {
    profileUpdatedAt: updatedAt,
    flareSince: flareSinceOf(pacing),
    badDays: badDates.map(isoWeekday),
    highPainToday: painToday >= FLARE_PAIN,
    safetyHoldAt: stopSigns.safetyHold?.at ?? null,
  };
  const badDay = badDates.includes(today);
  const stored = await findWeeklyPlan(services.db, person.id, weekStart);
  const storedBasis = (stored?.basis ?? null) as PlanBasis | null;
  if (stored && storedBasis && describePlanChange(storedBasis, basis) === null) {
    return { today, badDay, plan: stored.plan as Plan };
  }
  const built = buildWeeklyPlan({
    profile: { ...profile, painToday }, exercises: library.all(), pacing: toPacingView(pacing), weekStart, today,
    seed: seedOf(person.id), flareDays: basis.badDays, ...stopSigns,
  });
  const change = describePlanChange(storedBasis, basis);
  const plan: Plan = change ? { ...built, reasons: [change, ...built.reasons] } as Plan : built;
  await saveWeeklyPlan(services.db, person.id, weekStart, { plan, basis }, services.clock.now());
  return { today, badDay, plan };
}

/** Marks today as a bad day (or takes the mark back) and returns the week as it now stands. */
export async function setBadDay(services: Services, library: Library, person: Person, bad: boolean): Promise<MyPlanResponse> {
  await loadProfile(services, person);
  const today = toLocalDate(services.clock.now(), person.timeZone);
  if (bad) await addBadDay(services.db, person.id, today, services.clock.now());
  else await removeBadDay(services.db, person.id, today);
  return getMyPlan(services, library, person);
}

/** The person's pacing: mode, quotas with names, and every change with its reason. */
export async function getPacing(services: Services, library: Library, person: Person): Promise<PacingResponse> {
  const { profile } = await loadProfile(services, person);
  const today = toLocalDate(services.clock.now(), person.timeZone);
  const { state } = await replayPacing(services, library, person, profile, today);
  const summary = toPacingSummary(state, 200);
  const label = (activity: ActivityKey, exerciseId?: string) => activityLabel(library.index(), activity, exerciseId ?? null);
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
