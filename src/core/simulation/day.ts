/**
 * One simulated day, in the order a person lives it: the morning check-in, pacing brought up to
 * date, this week's plan (kept steady, rebuilt only when the server would rebuild it), the day's
 * planned sessions played at their times, and pacing taking their logs.
 */
import { pacingContextFor } from '../planner/pacing-context.js';
import type { LocalDate } from '../calendar.js';
import type { Exercise } from '../library/exercise.js';
import {
  flareSinceOf,
  quotaFor,
  toPacingSummary,
  toPacingView,
  updatePacing,
  type PacingEvent,
  type PacingState,
} from '../pacing/index.js';
import { activityKeyOf } from '../pacing/activity.js';
import { buildWeeklyPlan, findChosenEasier, findLastStrengthDate } from '../planner/index.js';
import type { PlannerInput, PlanReason, PlanSession, Slot } from '../planner/plan.js';
import { describePlanChange, movedActivities, pacingFingerprintOf, type PlanBasis } from '../planner/plan-basis.js';
import { FLARE_PAIN } from '../planner/schedule.js';
import { hashSeed } from '../planner/random.js';
import type { Prescription } from '../prescription/types.js';
import type { Profile } from '../profile.js';
import { buildActivityLog } from '../session-player/activity.js';
import type { SessionLogBody } from '../session-player/record.js';
import type { RepMode, StopReason } from '../session-player/types.js';
import { checkinEvent, sessionEvent } from './events.js';
import { playSession } from './play.js';
import { answerScreenAgain, stopSignFactsOf, withStopSigns, type SafetyState } from './safety.js';
import type { Behaviour, LivedPlan, SimulatedDay, SimulatedSession } from './types.js';
import { weekAsShown, type LivedChanges } from './week-changes.js';

/** What stays the same for every day of one simulated person. */
export interface Person {
  profile: Profile;
  exercises: readonly Exercise[];
  byId: ReadonlyMap<string, Exercise>;
  behaviour: Behaviour;
  seed: number;
  repMode: RepMode;
  /** The clinician's adjustments in force (issue 11); empty for most people. */
  prescription: Prescription;
}

/** The week as the server stores it: the plan and what it was built on. */
export interface StoredWeek {
  weekStart: LocalDate;
  plan: LivedPlan;
  basis: PlanBasis;
  /** Last week's last strength day, as the week was first built with it. */
  lastStrengthDate: LocalDate | undefined;
}

/** Where the loop stands at the start of a day. */
export interface DayStart {
  n: number;
  date: LocalDate;
  weekStart: LocalDate;
  pacing: PacingState;
  stored: StoredWeek | null;
  safety: SafetyState;
  /** Every "make it easier" so far, as the server finds them in the logs (issue 15). */
  chosen?: readonly PacingEvent[];
  /** The person's swaps and moves of the latest week they changed (issue 15). */
  changes?: LivedChanges | null;
}

/** A lived day, or a referral when the plan cannot be built. */
export type DayOutcome =
  | { status: 'ok'; day: SimulatedDay; pacing: PacingState; stored: StoredWeek; safety: SafetyState; chosen: PacingEvent[]; changes: LivedChanges | null }
  | { status: 'refer'; reasons: PlanReason[] };

/** Pain above usual on a day marked as a flare. */
const FLARE_RISE = 3;
/** How far over the person's dose an overdo day goes: 160 %, clearly past the 150 % of a boom. */
const OVERDO = 1.6;
const SLOT_TIMES: Record<Slot, string> = { morning: '08:00', midday: '12:30', evening: '18:00' };
const CHECKIN_TIME = '07:00';
/** Answering the safety screen again happens first thing, before the check-in. */
const SCREEN_TIME = '06:30';

/** Lives one day. */
export function liveDay(person: Person, start: DayStart): DayOutcome {
  const { behaviour } = person;
  const flare = behaviour.flareOnDays?.includes(start.n) ?? false;
  const pain = clampPain(behaviour.painBefore + (flare ? FLARE_RISE : 0));
  const checkin = checkinEvent(instantOf(start.date, CHECKIN_TIME), start.date, pain, flare);
  const morning = updatePacing(start.pacing, [checkin], contextOf(person, start.date));
  const safety = behaviour.rescreenOnDays?.includes(start.n)
    ? answerScreenAgain(start.safety, instantOf(start.date, SCREEN_TIME))
    : start.safety;
  const week = weekFor(person, { ...start, safety }, morning, pain);
  if (week.status === 'refer') return week;
  const { shown, changes } = weekAsShown(week.stored.plan, week.input, start.changes ?? null, start, behaviour);
  const planDay = shown.days[start.n % 7];
  const sessions = planDay?.sessions ?? [];
  const played = playDay(person, start, morning, sessions);
  const pacing = updatePacing(morning, played.events, contextOf(person, start.date));
  const after = withStopSigns(safety, played.logs, start.date);
  const easedEvents = played.events.filter((e) => e.kind === 'session' && e.items.some((i) => i.eased));
  const chosen = [...(start.chosen ?? []), ...easedEvents];
  const today = findChosenEasier(easedEvents, start.date);
  const day: SimulatedDay = {
    n: start.n,
    date: start.date,
    checkinPain: pain,
    flare,
    plan: shown,
    plannedMinutes: sessions.reduce((sum, session) => sum + session.minutes, 0),
    aerobic: aerobicOf(person, sessions),
    sessions: played.sessions,
    extraMs: played.extraMs,
    ...(today.length > 0 ? { chosen: today } : {}),
    mode: pacing.current.mode,
    quotas: toPacingView(pacing).quotas,
  };
  return { status: 'ok', day, pacing, stored: week.stored, safety: after, chosen, changes };
}

/** This week's plan: the stored one while its basis holds, else built afresh as the server does. */
function weekFor(
  person: Person,
  start: DayStart,
  pacing: PacingState,
  pain: number,
): { status: 'ok'; stored: StoredWeek; input: PlannerInput } | { status: 'refer'; reasons: PlanReason[] } {
  const facts = stopSignFactsOf(start.safety);
  const view = toPacingView(pacing);
  const chosenEasier = findChosenEasier(start.chosen ?? [], start.date);
  // Answering the screen again saves the profile, so its time stands for the profile's.
  const basis: PlanBasis = {
    profileUpdatedAt: start.safety.screenedAt,
    flareSince: flareSinceOf(pacing),
    badDays: [],
    highPainToday: pain >= FLARE_PAIN,
    safetyHoldAt: facts.safetyHold?.at ?? null,
    pacing: pacingFingerprintOf(view),
    ...(person.prescription.length > 0 ? { prescriptionIds: person.prescription.map((a) => a.id).sort() } : {}),
    ...(chosenEasier.length > 0 ? { chosenEasier: chosenEasier.map((c) => `${c.exerciseId}@${c.on}`) } : {}),
  };
  const thisWeek = start.stored?.weekStart === start.weekStart ? start.stored : null;
  const change = describePlanChange(thisWeek?.basis ?? null, basis, pacingNews(pacing, thisWeek, basis));
  const sameChoices = (thisWeek?.basis.chosenEasier ?? []).join(',') === (basis.chosenEasier ?? []).join(',');
  const lastStrengthDate = thisWeek ? thisWeek.lastStrengthDate : lastStrengthBefore(start);
  const input: PlannerInput = {
    profile: { ...person.profile, painToday: pain },
    exercises: person.exercises,
    pacing: view,
    weekStart: start.weekStart,
    today: start.date,
    seed: person.seed,
    ...facts,
    ...(person.prescription.length > 0 ? { prescription: person.prescription } : {}),
    ...(lastStrengthDate ? { lastStrengthDate } : {}),
    ...(chosenEasier.length > 0 ? { chosenEasier } : {}),
  };
  // The server judges swaps and moves with the input of the day, whether it rebuilds or not.
  if (thisWeek && change === null && sameChoices) return { status: 'ok', stored: thisWeek, input };
  const built = buildWeeklyPlan(input);
  if (built.status === 'refer') return built;
  // As the server does: a week rebuilt mid-week says why first.
  const plan: LivedPlan = change ? { ...built, reasons: [change, ...built.reasons] } : built;
  return { status: 'ok', stored: { weekStart: start.weekStart, plan, basis, lastStrengthDate }, input };
}

/** Last week's last strength day, from last week's stored plan (as the server reads it). */
function lastStrengthBefore(start: DayStart): LocalDate | undefined {
  const lastWeek = start.stored;
  return lastWeek && lastWeek.weekStart < start.weekStart ? findLastStrengthDate(lastWeek.plan.days) : undefined;
}

/** Pacing's own sentence for the newest change of a quota that moved since the stored week. */
function pacingNews(pacing: PacingState, stored: StoredWeek | null, basis: PlanBasis): string | undefined {
  if (!basis.pacing || !stored?.basis.pacing) return undefined;
  const moved = new Set(movedActivities(stored.basis.pacing, basis.pacing));
  return toPacingSummary(pacing, 200).changes.find((c) => moved.has(c.activity) && c.from !== c.to)?.message;
}

interface PlayedDay {
  sessions: SimulatedSession[];
  events: PacingEvent[];
  logs: SessionLogBody[];
  extraMs: number;
}

/** The day's sessions, each done or let go, with an overdo and a stop where the behaviour says. */
function playDay(person: Person, start: DayStart, pacing: PacingState, sessions: readonly PlanSession[]): PlayedDay {
  const { behaviour } = person;
  const out: PlayedDay = { sessions: [], events: [], logs: [], extraMs: 0 };
  let overdone = !(behaviour.overdoOnDays?.includes(start.n) ?? false);
  sessions.forEach((session, index) => {
    const record: SimulatedSession = { slot: session.slot, plannedMinutes: session.minutes, done: false, elapsedMs: 0, partial: false };
    out.sessions.push(record);
    if (!isDoing(person, start.n, index)) return;
    const stopFor = index === 0 ? stopReasonOn(behaviour, start.n) : undefined;
    const played = playSession(session, person.byId, {
      clientId: `sim-${start.n}-${index}`,
      date: start.date,
      startMs: Date.parse(instantOf(start.date, SLOT_TIMES[session.slot])),
      painBefore: behaviour.painBefore,
      painAfter: clampPain(behaviour.painBefore + behaviour.painAfterChange),
      repMode: person.repMode,
      ...(stopFor ? { stopFor } : {}),
      ...(behaviour.easeOnDays?.includes(start.n) ? { easeItem: start.n % session.items.length } : {}),
    });
    if (!played) return;
    Object.assign(record, { done: true, elapsedMs: played.elapsedMs, partial: played.log.partial === true });
    out.logs.push(played.log);
    out.events.push(sessionEvent(played.log, start.date));
    if (overdone || stopFor) return;
    const extra = overdoAfter(person, pacing, session, played.endMs, `sim-${start.n}-${index}-more`);
    if (!extra) return;
    overdone = true;
    out.extraMs += extra.ms;
    out.events.push(sessionEvent(extra.log, start.date));
  });
  return out;
}

/**
 * On an overdo day the person keeps going after the session's aerobic item and logs the extra
 * as a quick activity log (the "I did an activity" form): in all 160 % of their dose, the
 * larger of the item's minutes and their quota for it.
 */
function overdoAfter(person: Person, pacing: PacingState, session: PlanSession, endMs: number, clientId: string) {
  const item = session.items.find((i) => i.pillar === 'aerobic' && i.minutes !== undefined);
  const exercise = item ? person.byId.get(item.exerciseId) : undefined;
  const activity = exercise ? activityKeyOf(exercise, person.byId) : null;
  if (!item || !activity) return null;
  const quota = quotaFor(toPacingView(pacing), activity)?.value ?? 0;
  const dose = Math.max(item.minutes ?? 0, quota);
  const minutes = Math.ceil(dose * OVERDO) - (item.minutes ?? 0);
  const { painBefore, painAfterChange } = person.behaviour;
  const log = buildActivityLog({
    clientId,
    exerciseId: item.exerciseId,
    minutes,
    effort: 'right',
    painBefore,
    painAfter: clampPain(painBefore + painAfterChange),
    nowMs: endMs + minutes * 60_000,
  });
  return { log, ms: minutes * 60_000 };
}

/** The aerobic items of a day's sessions, by activity. */
function aerobicOf(person: Person, sessions: readonly PlanSession[]): SimulatedDay['aerobic'] {
  const aerobic: SimulatedDay['aerobic'] = [];
  for (const item of sessions.flatMap((session) => session.items)) {
    const exercise = person.byId.get(item.exerciseId);
    const activity = exercise && item.pillar === 'aerobic' ? activityKeyOf(exercise, person.byId) : null;
    if (activity) aerobic.push({ activity, minutes: item.minutes ?? 0 });
  }
  return aerobic;
}

/** Whether the person does this session: never on a break, else by their adherence (seeded). */
function isDoing(person: Person, n: number, index: number): boolean {
  const [from, to] = person.behaviour.breakDays ?? [Infinity, -Infinity];
  if (n >= from && n <= to) return false;
  return hashSeed(person.seed, 'session', n, index) / 4294967296 < person.behaviour.adherence;
}

function stopReasonOn(behaviour: Behaviour, n: number): StopReason | undefined {
  return behaviour.stopOnDays?.find((stop) => stop.day === n)?.reason;
}

/** Pacing's context as the server gives it: the one `pacingContextFor`. */
function contextOf(person: Person, today: LocalDate) {
  return { ...pacingContextFor(person.byId, person.profile, person.prescription), today };
}

function instantOf(date: LocalDate, time: string): string {
  return `${date}T${time}:00.000Z`;
}

function clampPain(value: number): number {
  return Math.min(10, Math.max(0, Math.round(value)));
}
