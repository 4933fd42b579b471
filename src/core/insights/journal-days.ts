/**
 * The check-ins' detail gathered by calendar day (issue 14): each region's numbers summed, and
 * the descriptors and triggers noted that day. A day without detail is null: unknown, not "none".
 */
import type { JournalRegion, PainDescriptor, Trigger } from '../journal/detail.js';
import { dayNumber } from '../pacing/days.js';
import type { Journal } from './daily.js';

/** One day's detail, from every check-in of the day that carried some. */
export interface DetailDay {
  regionPain: Map<JournalRegion, { sum: number; n: number }>;
  descriptors: Set<PainDescriptor>;
  triggers: Set<Trigger>;
}

/** The detail of each day of the journal, by the day's position; null where no check-in had any. */
export function detailByDay(journal: Journal): (DetailDay | null)[] {
  const days: (DetailDay | null)[] = journal.days.map(() => null);
  for (const c of journal.checkins) {
    if (!c.detail) continue;
    const i = dayNumber(c.localDate) - journal.firstDay;
    const day = (days[i] ??= { regionPain: new Map(), descriptors: new Set(), triggers: new Set() });
    for (const { region, pain } of c.detail.regionPain) {
      const sums = day.regionPain.get(region) ?? { sum: 0, n: 0 };
      day.regionPain.set(region, { sum: sums.sum + pain, n: sums.n + 1 });
    }
    c.detail.descriptors.forEach((d) => day.descriptors.add(d));
    c.detail.triggers.forEach((t) => day.triggers.add(t));
  }
  return days;
}
