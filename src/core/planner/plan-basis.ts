/**
 * A person's week is stored so it does not shift under them mid-week. It is rebuilt only when
 * what it was built on changes: the profile, the start of a flare, or a day marked as a bad
 * day — and then the change is explained.
 */
import type { LocalDate } from '../calendar.js';

export const PLAN_CHANGE_CODES = [
  'plan_changed_profile',
  'plan_changed_flare',
  'plan_changed_flare_over',
  'plan_changed_bad_day',
  'plan_changed_bad_day_undone',
  'plan_changed_pain_today',
  'plan_changed_stop_sign',
] as const;
export type PlanChangeCode = (typeof PLAN_CHANGE_CODES)[number];

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
}

const CHANGE_MESSAGES: Record<PlanChangeCode, string> = {
  plan_changed_profile: 'Your week was rebuilt because your answers about yourself changed.',
  plan_changed_flare:
    'Your week was eased because of a flare-up. The amounts build back up step by step as things settle.',
  plan_changed_flare_over: 'The flare-up has eased, so your week steps back up gently from here.',
  plan_changed_bad_day_undone: 'Today is back to its usual plan, as you asked.',
  plan_changed_pain_today:
    'Today is in its gentle version because your pain is high today. Gentle movement still counts.',
  plan_changed_stop_sign:
    'Your week changed after you stopped a session.',
  plan_changed_bad_day:
    'Today is in its gentle version because you marked it as a bad day. Doing a little is still doing well.',
};

/** True when a stored week still fits: nothing it was built on has changed. */
export function isSameBasis(stored: PlanBasis, current: PlanBasis): boolean {
  return (
    stored.profileUpdatedAt === current.profileUpdatedAt &&
    stored.flareSince === current.flareSince &&
    stored.badDays.join(',') === current.badDays.join(',') &&
    (stored.highPainToday ?? false) === (current.highPainToday ?? false) &&
    (stored.safetyHoldAt ?? null) === (current.safetyHoldAt ?? null)
  );
}

/** Why a stored week was rebuilt, or null when it was not (the first week, or no change). */
export function describePlanChange(
  stored: PlanBasis | null,
  current: PlanBasis,
): { code: PlanChangeCode; message: string } | null {
  if (!stored || isSameBasis(stored, current)) return null;
  const code = changeCode(stored, current);
  return { code, message: CHANGE_MESSAGES[code] };
}

function changeCode(stored: PlanBasis, current: PlanBasis): PlanChangeCode {
  if (stored.profileUpdatedAt !== current.profileUpdatedAt) return 'plan_changed_profile';
  if ((stored.safetyHoldAt ?? null) !== (current.safetyHoldAt ?? null) && current.safetyHoldAt) return 'plan_changed_stop_sign';
  if (stored.flareSince !== current.flareSince) {
    return current.flareSince === null ? 'plan_changed_flare_over' : 'plan_changed_flare';
  }
  if (stored.badDays.join(',') !== current.badDays.join(',')) {
    return current.badDays.length < stored.badDays.length ? 'plan_changed_bad_day_undone' : 'plan_changed_bad_day';
  }
  return 'plan_changed_pain_today';
}
