/**
 * The safety loop after intake (CLINICAL.md §1): a stop sign in a session puts the plan on hold
 * until the safety screen is answered again, and the screen is asked again every 3 months, when
 * pain appears in a new area, when a check-in reports something new, and after a stop sign.
 * Pure: instants and "now" come in as ISO-8601 strings. Sources: research/clinical-sources.md §8.
 */
import type { JournalRegion } from './journal/detail.js';
import type { LocalDate } from './calendar.js';
import type { PainArea } from './profile.js';
import type { StopReason } from './session-player/types.js';
import { assessSafety, type SafetyAnswers, type SafetyOutcome } from './safety.js';

/** Stop reasons that put the plan on clearance until the screen is answered again (§8.3). */
export const RED_FLAG_STOPS = ['chest_pain', 'breathless', 'dizzy', 'palpitations', 'one_sided_weakness'] as const satisfies readonly StopReason[];
export type RedFlagStop = (typeof RED_FLAG_STOPS)[number];

/** Of those, the ones that also show the emergency notice until the screen is answered again. */
export const EMERGENCY_STOPS: readonly RedFlagStop[] = ['chest_pain', 'one_sided_weakness'];

/** Why the screen is due again. */
export const REVIEW_REASONS = ['stop_sign', 'something_new', 'new_pain_area', 'three_months'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** The screen is asked again this many calendar months after it was last answered. */
export const REVIEW_AFTER_MONTHS = 3;

/** A session that ended with a stop reason: when it started, on which day, and why it stopped. */
export interface StopSign {
  reason: string;
  at: string;
  localDate: LocalDate;
}

/** A red-flag stop since the screen was last answered: the plan keeps to clearance until then. */
export interface SafetyHold {
  /** The latest red-flag stop since the screen was answered. */
  reason: RedFlagStop;
  at: string;
  localDate: LocalDate;
  /** Chest pain or one-sided weakness among them: show the emergency notice. */
  emergency: boolean;
}

/** What a check-in tells the review: when, where it hurt, and whether something new came up. */
export interface ReviewCheckin {
  at: string;
  areas: readonly JournalRegion[];
  somethingNew: boolean;
}

/** What "due and why" is decided from. */
export interface ReviewInput {
  /** When the screen was last answered. */
  screenedAt: string;
  now: string;
  painAreas: readonly PainArea[];
  checkins: readonly ReviewCheckin[];
  hold: SafetyHold | null;
}

/** True for a stop reason that is a red flag. */
export function isRedFlagStop(reason: string): reason is RedFlagStop {
  return (RED_FLAG_STOPS as readonly string[]).includes(reason);
}

/** The hold from red-flag stops made after the screen was last answered, or null. */
export function findSafetyHold(stops: readonly StopSign[], screenedAt: string): SafetyHold | null {
  const since = Date.parse(screenedAt);
  const flags = stops
    .filter((stop) => isRedFlagStop(stop.reason) && Date.parse(stop.at) > since)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const latest = flags.at(-1);
  if (!latest || !isRedFlagStop(latest.reason)) return null;
  const emergency = flags.some((stop) => (EMERGENCY_STOPS as readonly string[]).includes(stop.reason));
  return { reason: latest.reason, at: latest.at, localDate: latest.localDate, emergency };
}

/** The day of the latest red-flag stop ever, or null: a go-ahead older than it no longer counts. */
export function lastStopSignOn(stops: readonly StopSign[]): LocalDate | null {
  const days = stops.filter((stop) => isRedFlagStop(stop.reason)).map((stop) => stop.localDate);
  return days.length === 0 ? null : days.reduce((a, b) => (a > b ? a : b));
}

/** The outcome with the hold applied: a hold turns a full plan into the clearance plan. */
export function applySafetyHold(outcome: SafetyOutcome, hold: SafetyHold | null): SafetyOutcome {
  if (!hold || outcome.status !== 'clear') return outcome;
  return { status: 'clearance_needed', flagged: outcome.flagged };
}

/** What the planner is told about stop signs in sessions, beside the profile's answers. */
export interface StopSignFacts {
  /** A red-flag stop since the screen was last answered: the clearance plan until it is again. */
  safetyHold?: SafetyHold | null;
  /** The day of the last red-flag stop ever: a go-ahead dated before it no longer counts. */
  lastStopSignOn?: LocalDate | null;
}

/** What the answers and the stop signs together allow: the outcome a plan is built on. */
export function assessPlanSafety(answers: SafetyAnswers, facts: StopSignFacts): SafetyOutcome {
  const outcome = assessSafety(answers, { lastStopSignOn: facts.lastStopSignOn ?? null });
  return applySafetyHold(outcome, facts.safetyHold ?? null);
}

/** True when only a stop sign, not the answers, keeps the plan to clearance. */
export function isHeldByStopSign(answers: SafetyAnswers, facts: StopSignFacts): boolean {
  const outcome = assessSafety(answers, { lastStopSignOn: facts.lastStopSignOn ?? null });
  return outcome.status === 'clear' && (facts.safetyHold ?? null) !== null;
}

/** Every reason the screen is due again, most pressing first; empty when it is not due. */
export function findReviewReasons(input: ReviewInput): ReviewReason[] {
  const since = Date.parse(input.screenedAt);
  const after = input.checkins.filter((c) => Date.parse(c.at) > since);
  const reasons: ReviewReason[] = [];
  if (input.hold) reasons.push('stop_sign');
  if (after.some((c) => c.somethingNew)) reasons.push('something_new');
  if (hasNewPainArea(input, after)) reasons.push('new_pain_area');
  if (Date.parse(input.now) >= addMonths(since, REVIEW_AFTER_MONTHS)) reasons.push('three_months');
  return reasons;
}

// Known areas: the profile's, and any reported up to the last screen. Pain everywhere covers all.
function hasNewPainArea(input: ReviewInput, after: readonly ReviewCheckin[]): boolean {
  if (input.painAreas.includes('widespread')) return false;
  const since = Date.parse(input.screenedAt);
  const known = new Set<JournalRegion>(input.painAreas);
  for (const c of input.checkins) if (Date.parse(c.at) <= since) c.areas.forEach((area) => known.add(area));
  return after.some((c) => c.areas.some((area) => !known.has(area)));
}

function addMonths(epochMs: number, months: number): number {
  const date = new Date(epochMs);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}

/**
 * When the screen counts as answered after a profile is saved: now at intake, or when the answers
 * changed and every question that applies was answered; otherwise it keeps its time. So changing
 * minutes a day is no new screen, and neither is dropping or blanking answers: that once lifted a
 * stop-sign hold without a single question answered.
 */
export function screenedAtAfterSave(
  previous: { safety: SafetyAnswers; updatedAt: string } | null,
  next: SafetyAnswers,
  now: string,
  isComplete: boolean,
): string {
  if (!previous) return now;
  if (isComplete && !isSameScreen(previous.safety, next)) return now;
  return screenedAtOf(previous.safety, previous.updatedAt);
}

function isSameScreen(a: SafetyAnswers, b: SafetyAnswers): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((key) => key !== 'screenedAt'));
  return [...keys].every((key) => a[key as keyof SafetyAnswers] === b[key as keyof SafetyAnswers]);
}

/** When the screen was last answered: the stored time, or else when the profile was saved. */
export function screenedAtOf(safety: SafetyAnswers, profileUpdatedAt: string): string {
  return safety.screenedAt ?? profileUpdatedAt;
}
