/**
 * "Needs attention first": the order of the caseload, written as data the page shows and
 * explains. Tiers, most pressing first:
 *   1. a stop sign from a session not reviewed yet (red flags: chest pain, one-sided weakness …);
 *   2. a meaningful worsening of pain, or flares on 2 or more days of the last 14;
 *   3. no check-in for 7 days;
 *   4. sessions done under half of those planned over the last 4 weeks;
 *   5. everyone else.
 * Within a tier the patient reviewed longest ago (or never) comes first.
 */
import { addDays, type LocalDate } from '../calendar.js';
import type { CaseloadFigures } from './figures.js';

export const FLARE_DAYS_FOR_ATTENTION = 2;
export const QUIET_DAYS = 7;
export const ADHERENCE_FLOOR = 0.5;

/** Why a row needs attention, with what the page needs to say it in words. */
export type AttentionReason =
  | { code: 'stop_sign'; count: number; lastOn: LocalDate }
  | { code: 'pain_worse'; change: number }
  | { code: 'flares'; days: number }
  | { code: 'no_checkin'; since: LocalDate | null }
  | { code: 'low_adherence'; done: number; planned: number };

export type AttentionCode = AttentionReason['code'];

/** The tiers in order; each code belongs to one. */
export const ATTENTION_TIERS: readonly (readonly AttentionCode[])[] = [['stop_sign'], ['pain_worse', 'flares'], ['no_checkin'], ['low_adherence']];

/** Every reason a row needs attention, most pressing first; empty when it needs none. */
export function findAttentionReasons(figures: CaseloadFigures, today: LocalDate): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  const unreviewed = figures.stopSigns.filter((s) => !s.reviewed);
  const newest = unreviewed[0];
  if (newest) reasons.push({ code: 'stop_sign', count: unreviewed.length, lastOn: newest.localDate });
  if (figures.pain.mark === 'worse' && figures.pain.change !== null) reasons.push({ code: 'pain_worse', change: figures.pain.change });
  if (figures.flareDays >= FLARE_DAYS_FOR_ATTENTION) reasons.push({ code: 'flares', days: figures.flareDays });
  if (figures.lastCheckinOn === null || figures.lastCheckinOn <= addDays(today, -QUIET_DAYS)) {
    reasons.push({ code: 'no_checkin', since: figures.lastCheckinOn });
  }
  const { done, planned } = figures.fourWeeks;
  if (planned !== null && planned > 0 && done < planned * ADHERENCE_FLOOR) reasons.push({ code: 'low_adherence', done, planned });
  return reasons;
}

/** The tier of a row: 0 for a stop sign … 4 for no reason at all. */
export function tierOf(reasons: readonly AttentionReason[]): number {
  const tiers = reasons.map((r) => ATTENTION_TIERS.findIndex((codes) => codes.includes(r.code)));
  return tiers.length === 0 ? ATTENTION_TIERS.length : Math.min(...tiers);
}

/** What the order reads of a row. */
export interface Rankable {
  id: string;
  name: string;
  tier: number;
  lastReviewAt: string | null;
}

/** Compares two rows: lower tier first, then the oldest review (never reviewed first), then name. */
export function compareRows(a: Rankable, b: Rankable): number {
  if (a.tier !== b.tier) return a.tier - b.tier;
  if (a.lastReviewAt !== b.lastReviewAt) {
    if (a.lastReviewAt === null) return -1;
    if (b.lastReviewAt === null) return 1;
    return Date.parse(a.lastReviewAt) - Date.parse(b.lastReviewAt);
  }
  return a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The rows in "needs attention first" order (a new array). */
export function sortByAttention<T extends Rankable>(rows: readonly T[]): T[] {
  return [...rows].sort(compareRows);
}
