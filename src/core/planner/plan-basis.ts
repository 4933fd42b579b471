/**
 * A person's week is stored so it does not shift under them mid-week. It is rebuilt only when
 * what it was built on changes: the profile, pacing (its mode and quotas, so the week never
 * disagrees with the pacing page), the start of a flare, or a day marked as a bad day — and
 * then the change is explained.
 */
import type { LocalDate } from '../calendar.js';
import type { PacingMode, PacingView, QuotaView } from '../pacing/activity.js';
import type { PlanReason, ReferPlan, WeekPlan } from './plan.js';

export const PLAN_CHANGE_CODES = [
  'plan_changed_profile',
  'plan_changed_flare',
  'plan_changed_flare_over',
  'plan_changed_bad_day',
  'plan_changed_bad_day_undone',
  'plan_changed_pain_today',
  'plan_changed_stop_sign',
  'plan_changed_pain_eased',
  'plan_changed_pacing',
  'plan_changed_prescription',
] as const;
export type PlanChangeCode = (typeof PLAN_CHANGE_CODES)[number];

/** Why a stored week changed, as the first reason of the week shown. */
export interface PlanChange {
  code: PlanChangeCode;
  message: string;
}

type Shown<P extends ReferPlan | WeekPlan> = Omit<P, 'reasons'> & { reasons: (PlanReason | PlanChange)[] };
/** A week as the person is shown it: the planner's plan, perhaps with why it changed first. */
export type ShownPlan = Shown<ReferPlan> | Shown<WeekPlan>;

/** What the planner read from pacing: the mode, the end of flare mode, and each quota as text. */
export interface PacingFingerprint {
  mode: PacingMode;
  flareUntil: LocalDate | null;
  /** Activity key → its amount, e.g. `10 minutes` or `2x12 wall-push-up`. */
  quotas: Record<string, string>;
}

/** What a stored week was built on. */
export interface PlanBasis {
  profileUpdatedAt: string;
  /** The first day of the flare pacing is in, or null outside a flare. */
  flareSince: LocalDate | null;
  /** Days (1-7) of the week the person marked as bad days, ascending. */
  badDays: number[];
  /** Today's latest check-in had pain of 8 or more: today takes its gentle version. */
  highPainToday?: boolean;
  /** When the stop sign that holds the plan on clearance happened, or null without a hold. */
  safetyHoldAt?: string | null;
  /** Pacing as the planner read it; absent in weeks stored before pacing was part of the basis. */
  pacing?: PacingFingerprint;
  /**
   * The ids of the clinician's adjustments in force, sorted (issue 11); absent or empty without
   * any. A change rebuilds the week and says so (`plan_changed_prescription`).
   */
  prescriptionIds?: string[];
  /**
   * What the person made easier in the last week, as `exercise@day`, sorted (issue 15); absent
   * without any. A new choice rebuilds the week, which keeps that exercise easier and says so.
   */
  chosenEasier?: string[];
}

const CHANGE_MESSAGES: Record<Exclude<PlanChangeCode, 'plan_changed_pacing'>, string> = {
  plan_changed_profile: 'Your week was rebuilt because your answers about yourself changed.',
  plan_changed_flare:
    'Your week was eased because of a flare-up. The amounts build back up step by step as things settle.',
  plan_changed_flare_over: 'The flare-up has eased, so your week steps back up gently from here.',
  plan_changed_bad_day_undone: 'Today is back to its usual plan, as you asked.',
  plan_changed_pain_today:
    'Today is in its gentle version because your pain is high today. Gentle movement still counts.',
  plan_changed_stop_sign:
    'Your week changed after you stopped a session.',
  plan_changed_pain_eased: 'Your pain is lower now than earlier today, so today is back to its usual plan.',
  plan_changed_bad_day:
    'Today is in its gentle version because you marked it as a bad day. Doing a little is still doing well.',
  plan_changed_prescription: 'Your week was rebuilt because your therapist changed your plan. Each change is shown with its reason.',
};

/** The sentence for a week that moved with pacing; `detail` is pacing's own reason, when known. */
function pacingMessage(detail: string | undefined): string {
  return detail
    ? `Your week moved with your pacing: ${detail}`
    : 'Your week moved with your pacing, so its amounts match the ones on your pacing page.';
}

/** The part of pacing a week is built on, in a form that compares and stores as JSON. */
export function pacingFingerprintOf(view: PacingView): PacingFingerprint {
  const quotas: Record<string, string> = {};
  for (const quota of [...view.quotas].sort((a, b) => (a.activity < b.activity ? -1 : 1))) {
    quotas[quota.activity] = amountOf(quota);
  }
  return { mode: view.mode, flareUntil: view.flareUntil ?? null, quotas };
}

function amountOf(quota: QuotaView): string {
  const sets = quota.sets === undefined ? '' : `${quota.sets}x`;
  const variant = quota.exerciseId === undefined ? '' : ` ${quota.exerciseId}`;
  return `${sets}${quota.value} ${quota.unit}${variant}`;
}

/** The activities whose quota differs between two fingerprints (all of them when one is absent). */
export function movedActivities(stored: PacingFingerprint | undefined, current: PacingFingerprint): string[] {
  const keys = new Set([...Object.keys(stored?.quotas ?? {}), ...Object.keys(current.quotas)]);
  return [...keys].filter((key) => stored?.quotas[key] !== current.quotas[key]);
}

function isSamePacing(stored: PacingFingerprint | undefined, current: PacingFingerprint | undefined): boolean {
  if (stored === undefined || current === undefined) return stored === current;
  return (
    stored.mode === current.mode &&
    stored.flareUntil === current.flareUntil &&
    movedActivities(stored, current).length === 0
  );
}

/** True when a stored week still fits: nothing it was built on has changed. */
export function isSameBasis(stored: PlanBasis, current: PlanBasis): boolean {
  return (
    stored.profileUpdatedAt === current.profileUpdatedAt &&
    stored.flareSince === current.flareSince &&
    stored.badDays.join(',') === current.badDays.join(',') &&
    (stored.highPainToday ?? false) === (current.highPainToday ?? false) &&
    (stored.safetyHoldAt ?? null) === (current.safetyHoldAt ?? null) &&
    isSamePrescription(stored, current) &&
    isSamePacing(stored.pacing, current.pacing)
  );
}

// Absent and empty are the same: no adjustments.
function isSamePrescription(stored: PlanBasis, current: PlanBasis): boolean {
  return (stored.prescriptionIds ?? []).join(',') === (current.prescriptionIds ?? []).join(',');
}

/**
 * Why a stored week was rebuilt, or null when it was not (the first week, or no change).
 * `pacingDetail` is pacing's sentence for the change that moved the week, when there is one.
 */
export function describePlanChange(
  stored: PlanBasis | null,
  current: PlanBasis,
  pacingDetail?: string,
): PlanChange | null {
  if (!stored || isSameBasis(stored, current)) return null;
  const code = changeCode(stored, current);
  return { code, message: code === 'plan_changed_pacing' ? pacingMessage(pacingDetail) : CHANGE_MESSAGES[code] };
}

/** The reason a week was taken back to how it stood before today's bad-day mark. */
export function describeBadDayUndone(): PlanChange {
  return { code: 'plan_changed_bad_day_undone', message: CHANGE_MESSAGES.plan_changed_bad_day_undone };
}

/** True for a reason that explains a rebuild of the stored week (not one the planner gave). */
export function isPlanChangeCode(code: string): code is PlanChangeCode {
  return (PLAN_CHANGE_CODES as readonly string[]).includes(code);
}

function changeCode(stored: PlanBasis, current: PlanBasis): PlanChangeCode {
  if (stored.profileUpdatedAt !== current.profileUpdatedAt) return 'plan_changed_profile';
  if (!isSamePrescription(stored, current)) return 'plan_changed_prescription';
  if ((stored.safetyHoldAt ?? null) !== (current.safetyHoldAt ?? null) && current.safetyHoldAt) return 'plan_changed_stop_sign';
  if (stored.flareSince !== current.flareSince) {
    return current.flareSince === null ? 'plan_changed_flare_over' : 'plan_changed_flare';
  }
  if (stored.badDays.join(',') !== current.badDays.join(',')) {
    return current.badDays.length < stored.badDays.length ? 'plan_changed_bad_day_undone' : 'plan_changed_bad_day';
  }
  if ((stored.highPainToday ?? false) !== (current.highPainToday ?? false)) {
    return current.highPainToday ? 'plan_changed_pain_today' : 'plan_changed_pain_eased';
  }
  return 'plan_changed_pacing';
}
