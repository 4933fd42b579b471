/**
 * Every sentence pacing shows a person, in one English catalog. Plain and kind: a bad day is a
 * normal part of pacing, never a failure, so no sentence counts what was not done.
 */
import type { LocalDate } from '../calendar.js';
import type { LikedActivity } from '../profile.js';
import type { QuotaUnit } from './activity.js';
import type { ReasonCode } from './types.js';

/** What a sentence is about: its name in running text and the word for one go of it, in plural. */
export interface Subject {
  name: string;
  plural: string;
  unit: QuotaUnit;
}

/** A dose as a person reads it: minutes, or reps (with sets when more than one). */
export interface Amount {
  value: number;
  sets: number | null;
}

/** Names of the aerobic activities (PRODUCT.md `likes`), and the seated and other kinds. */
export const AEROBIC_SUBJECTS: Record<LikedActivity | 'seated' | 'other', Omit<Subject, 'unit'>> = {
  walking: { name: 'walking', plural: 'walks' },
  cycling: { name: 'cycling', plural: 'rides' },
  swimming: { name: 'swimming', plural: 'swims' },
  water_exercise: { name: 'water exercise', plural: 'water sessions' },
  yoga: { name: 'yoga', plural: 'sessions' },
  tai_chi: { name: 'tai chi', plural: 'sessions' },
  pilates: { name: 'Pilates', plural: 'sessions' },
  breathing: { name: 'breathing practice', plural: 'sessions' },
  seated: { name: 'seated aerobics', plural: 'sessions' },
  other: { name: 'aerobic exercise', plural: 'sessions' },
};

/** The subject of the session-minutes quota. */
export const SESSION_SUBJECT: Subject = {
  name: 'session time',
  plural: 'sessions',
  unit: 'minutes',
};

/** How a flare was recognised (CLINICAL.md §3). */
export type FlareCause = 'reported' | 'pain_high' | 'not_settled';

/** What a boom-bust notice says happened after the boom. */
export interface BoomBustStory {
  boomDay: LocalDate;
  subject: Subject;
  volume: number;
  planned: number;
  daysLater: number;
  bust: 'flare' | 'low_day';
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function countWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unitWord(unit: QuotaUnit, value: number): string {
  if (unit === 'minutes') return 'min';
  if (unit === 'sets') return value === 1 ? 'set' : 'sets';
  return value === 1 ? 'rep' : 'reps';
}

function bare(amount: Amount): string {
  return amount.sets !== null && amount.sets > 1
    ? `${amount.sets} × ${amount.value}`
    : String(amount.value);
}

/** "9 min", "8 reps", "2 × 8 reps". */
export function formatAmount(amount: Amount, unit: QuotaUnit): string {
  return `${bare(amount)} ${unitWord(unit, amount.value)}`;
}

/** "9 → 10 min", "2 × 8 → 2 × 9 reps". */
export function formatRange(from: Amount, to: Amount, unit: QuotaUnit): string {
  return `${bare(from)} → ${bare(to)} ${unitWord(unit, to.value)}`;
}

/** The English name of the weekday of a calendar day. */
export function weekdayOf(day: LocalDate): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? day;
}

function flareOpening(cause: FlareCause): string {
  switch (cause) {
    case 'reported':
      return 'Flare-up';
    case 'pain_high':
      return 'Pain is well above your usual, so we treat today as a flare-up';
    case 'not_settled':
      return 'Pain had not settled by the day after your session, so we treat it as a flare-up';
  }
}

function boomBust(story: BoomBustStory): string {
  const { subject, volume, planned } = story;
  const when = story.daysLater === 1 ? 'the next day' : 'two days later';
  const what = story.bust === 'flare' ? 'pain flared' : 'you could do much less';
  const amounts = `${formatAmount({ value: volume, sets: null }, subject.unit)} instead of ${planned}`;
  return (
    `On ${weekdayOf(story.boomDay)} you did much more than planned (${subject.name}: ${amounts}), ` +
    `and ${when} ${what}. Keeping to the plan on good days can help avoid the crash.`
  );
}

const stays = (s: Subject, now: Amount) =>
  `${capitalize(s.name)} stays at ${formatAmount(now, s.unit)}`;

/** One sentence for each reason code (CLINICAL.md §3: every change carries a sentence). */
export const MESSAGES = {
  start_small: (s: Subject, to: Amount) =>
    `${capitalize(s.name)}: starting small at ${formatAmount(to, s.unit)}, while we learn your usual level.`,
  baseline_set: (s: Subject, from: Amount | null, to: Amount, baseline: number, asPlanned = false) => {
    const head = from
      ? `${capitalize(s.name)} ${formatRange(from, to, s.unit)}`
      : `${capitalize(s.name)} ${formatAmount(to, s.unit)}`;
    const mean = formatAmount({ value: baseline, sets: null }, s.unit);
    // Days that did all the plan asked show no limit: the amount stays where it was.
    if (asPlanned && from && to.value === from.value) {
      return `${capitalize(s.name)} ${formatAmount(to, s.unit)}: your first three calm ${s.plural} did all that was asked, so we build up from here.`;
    }
    return `${head}: your first three ${s.plural} averaged ${mean}, so we start a little below that.`;
  },
  progress_calm_week: (s: Subject, from: Amount, to: Amount, days: number) =>
    `${capitalize(s.name)} ${formatRange(from, to, s.unit)}: ${countWord(days)} calm ${s.plural} this week.`,
  hold_not_enough_days: (s: Subject, now: Amount) =>
    `${stays(s, now)} for now. It moves up after three calm ${s.plural} at this amount in a week.`,
  hold_not_calm: (s: Subject, now: Amount) =>
    `${stays(s, now)} for now: pain rose after some ${s.plural} this week, so we give your body time to settle.`,
  hold_no_checkin: (s: Subject, now: Amount) =>
    `${stays(s, now)} for now. A check-in the day after shows us how your ${s.plural} settled.`,
  hold_at_top: (s: Subject, now: Amount) =>
    `${stays(s, now)}: this is as far as Pacewise goes on its own. Your therapist can help you plan what comes next.`,
  flare_halved: (s: Subject, from: Amount, to: Amount, cause: FlareCause) =>
    `${flareOpening(cause)}: ${s.name} ${formatRange(from, to, s.unit)}. Today's amounts are halved for a few days. ` +
    'This is a normal part of pacing.',
  rebuild_step: (s: Subject, from: Amount, to: Amount) =>
    `${capitalize(s.name)} ${formatRange(from, to, s.unit)}: building back up after the flare-up, one step each active day.`,
  rebuild_done: (s: Subject, from: Amount, to: Amount) =>
    `${capitalize(s.name)} ${formatRange(from, to, s.unit)}: back to where you were before the flare-up. Weekly steps carry on from here.`,
  variant_harder: (fromName: string, toName: string, to: Amount, days: number) =>
    `${fromName} → ${toName}, ${formatAmount(to, 'reps')}: ${countWord(days)} calm sessions at 15 reps this week.`,
  set_added: (s: Subject, to: Amount, days: number) =>
    `${capitalize(s.name)}: a second set, ${formatAmount(to, 'reps')}, after ${countWord(days)} calm sessions at 15 reps this week.`,
  too_hard_eased: (s: Subject, from: Amount, to: Amount) =>
    `${capitalize(s.name)} ${formatRange(from, to, s.unit)}: it felt too hard twice in a row, so we ease off a little.`,
  pain_during_eased: (s: Subject, from: Amount, to: Amount) =>
    `${capitalize(s.name)} ${formatRange(from, to, s.unit)}: pain rose well above your usual while you did it, so we ease off a little.`,
  boom_bust_noticed: boomBust,
  baseline_tolerance_test: (s: Subject, from: Amount, to: Amount, baseline: number) =>
    `${capitalize(s.name)} ${formatRange(from, to, s.unit)}: your easy-pace test lasted ${formatAmount({ value: baseline, sets: null }, s.unit)}, so we start a little below that.`,
  break_restart: (s: Subject, from: Amount, to: Amount) =>
    `Welcome back. ${capitalize(s.name)} ${formatRange(from, to, s.unit)} after a break of two weeks or more: we restart gently and build back up over a few active days.`,
  set_by_clinician: (s: Subject, from: Amount | null, to: Amount, by: string, how: 'set' | 'cap' = 'set') => {
    const head = from ? `${capitalize(s.name)} ${formatRange(from, to, s.unit)}` : `${capitalize(s.name)} ${formatAmount(to, s.unit)}`;
    return how === 'cap'
      ? `${head}: the most ${by}, your therapist, has set for now.`
      : `${head}: set by ${by}, your therapist. Pacing carries on from here.`;
  },
  hold_at_cap: (s: Subject, now: Amount) => `${stays(s, now)}: this is the amount your therapist has set for now.`,
  hold_chosen_easier: (s: Subject, now: Amount) =>
    `${stays(s, now)} for now: you chose to make it easier this week, and we keep to that.`,
} satisfies Record<ReasonCode, (...args: never[]) => string>;

/** The sentence for going back to the easier variant of a strength exercise. */
export function easierVariantMessage(fromName: string, toName: string, code: 'too_hard_eased' | 'pain_during_eased' = 'too_hard_eased'): string {
  const why = code === 'too_hard_eased' ? 'it felt too hard twice in a row' : 'pain rose well above your usual while you did it';
  return `${fromName} → ${toName}: ${why}, so we go back to the easier version.`;
}

/** The rebuild sentences after a break rather than a flare-up. */
export const BREAK_REBUILD_MESSAGES = {
  rebuild_step: (s: Subject, from: Amount, to: Amount) =>
    `${capitalize(s.name)} ${formatRange(from, to, s.unit)}: building back up after your break, one step each active day.`,
  rebuild_done: (s: Subject, from: Amount, to: Amount) =>
    `${capitalize(s.name)} ${formatRange(from, to, s.unit)}: back to where you were before your break. Weekly steps carry on from here.`,
};
