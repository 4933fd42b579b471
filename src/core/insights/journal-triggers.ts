/**
 * Triggers before a rise (issue 14). A rise is a check-in day whose mean pain is at least 2 points
 * above the previous check-in day's, at most 3 days before (CLINICAL.md §4; sources §10.4); any
 * other such day is a day without a rise. A trigger is "around" a day when noted that day or the
 * day before. Days with no detail on either are unknown and left out. Counts are described from
 * 14 check-in days; a link is claimed only with 5 rises and 5 other days, the triggers together
 * showing a link at 5 % (Simes), Benjamini-Hochberg at 10 % across the triggers (Fisher's exact
 * p) and Newcombe's interval for the difference above 0.
 */
import { TRIGGERS, type Trigger } from '../journal/detail.js';
import type { JournalDay } from './daily.js';
import { DETAIL_HONESTY, HONESTY } from './honesty.js';
import type { DetailDay } from './journal-days.js';
import type { TriggerLink, TriggerRises, TriggerStatus } from './journal-types.js';
import { fisherExactP, newcombeInterval } from './proportions.js';
import { benjaminiHochberg, roundTo } from './stats.js';

type Detail = readonly (DetailDay | null)[];

/** The positions of rises and of other compared days, each with detail that day or the day before. */
export function classifyRises(days: readonly JournalDay[], detail: Detail): { rises: number[]; others: number[] } {
  const rises: number[] = [];
  const others: number[] = [];
  let previous = -1;
  days.forEach((d, i) => {
    const pain = d.scales.pain;
    if (pain === null) return;
    const before = previous >= 0 ? days[previous]!.scales.pain : null;
    const isKnown = detail[i] !== null || (i > 0 && detail[i - 1] !== null);
    if (before !== null && i - previous <= DETAIL_HONESTY.riseGapDays && isKnown) {
      (pain - before >= DETAIL_HONESTY.risePoints - 1e-9 ? rises : others).push(i);
    }
    previous = i;
  });
  return { rises, others };
}

function isAround(detail: Detail, i: number, trigger: Trigger): boolean {
  return detail[i]?.triggers.has(trigger) === true || (i > 0 && detail[i - 1]?.triggers.has(trigger) === true);
}

function statusOf(checkinDays: number, rises: number, others: number): TriggerStatus {
  if (checkinDays < HONESTY.minCheckinDays) return 'needs_days';
  return rises < DETAIL_HONESTY.minPerGroup || others < DETAIL_HONESTY.minPerGroup ? 'described' : 'tested';
}

function testLinks(links: TriggerLink[], rises: number, others: number): TriggerLink[] {
  const tested = links.map((l) => {
    const [low, high] = newcombeInterval(l.beforeRises, rises, l.aroundOthers, others);
    const p = fisherExactP(l.beforeRises, rises, l.aroundOthers, others);
    return { ...l, difference: roundTo(l.beforeRises / rises - l.aroundOthers / others, 3), ci: [low, high] as [number, number], p };
  });
  const pValues = tested.map((l) => l.p);
  const discovered = benjaminiHochberg(pValues, HONESTY.fdr);
  // The gate of the main patterns (Simes at 5 %): a journal whose triggers have nothing to do
  // with rises shows a claim at most 5 % of the time (journal-simulation.test.ts).
  const isOpen = benjaminiHochberg(pValues, HONESTY.familyAlpha).some(Boolean);
  return tested.map((l, k) => ({
    ...l,
    ci: [roundTo(l.ci[0], 3), roundTo(l.ci[1], 3)],
    p: roundTo(l.p, 4),
    claimed: isOpen && discovered[k] === true && l.ci[0] > 0,
  }));
}

/** The triggers noted in the range around rises and other days; null when none was noted. */
export function compareTriggers(days: readonly JournalDay[], detail: Detail, checkinDays: number): TriggerRises | null {
  const noted = TRIGGERS.filter((t) => detail.some((d) => d?.triggers.has(t) === true));
  if (noted.length === 0) return null;
  const { rises, others } = classifyRises(days, detail);
  const status = statusOf(checkinDays, rises.length, others.length);
  const required = { checkinDays: HONESTY.minCheckinDays, rises: DETAIL_HONESTY.minPerGroup, others: DETAIL_HONESTY.minPerGroup };
  const summary = { status, checkinDays, rises: rises.length, others: others.length, required };
  if (status === 'needs_days') return { ...summary, triggers: [] };
  const links = noted.map((trigger): TriggerLink => ({
    trigger,
    beforeRises: rises.filter((i) => isAround(detail, i, trigger)).length,
    aroundOthers: others.filter((i) => isAround(detail, i, trigger)).length,
    difference: null,
    ci: null,
    p: null,
    claimed: false,
  }));
  return { ...summary, triggers: status === 'tested' ? testLinks(links, rises.length, others.length) : links };
}
