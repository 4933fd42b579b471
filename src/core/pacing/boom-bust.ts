/**
 * Boom-bust (CLINICAL.md §3; clinical-sources.md §9.1: the over- and under-activity cycle of the
 * NHS pain-service leaflets and painHEALTH). A day at more than 150 % of a quota, followed within
 * 2 days by a flare or by a day of that activity under 50 % of its quota, is told to the person
 * once, with no dose change beyond what the flare rule does.
 *
 * Our choices: days are compared with the quota at their start; a "day under 50 %" is a day the
 * activity was done and measured — a rest day is a plan, not a bust; one notice per boom day,
 * about the activity that went furthest over.
 */
import type { LocalDate } from '../calendar.js';
import { MESSAGES } from './messages.js';
import { PACING, isBoom, isBust } from './rules.js';
import type { Boom } from './types.js';
import { daysAgo, recordChange, type Work } from './work.js';

/** At the end of a day: tells of the booms this day busted, then keeps this day's booms for two days. */
export function trackBoomBust(work: Work): void {
  const { core, day } = work;
  if (core.booms.length > 0) noticeBusts(work);
  for (const quota of work.quotas.values()) {
    const done = day.activities[quota.activity];
    if (done?.measured && isBoom(done.volume, done.planned)) {
      core.booms.push({
        activity: quota.activity,
        day: day.day,
        volume: done.volume,
        planned: done.planned,
      });
    }
  }
}

/** Tells of the waiting booms that today busts, and forgets those whose two days are over. */
function noticeBusts(work: Work): void {
  const { core } = work;
  const oldest = daysAgo(work, PACING.bustWithinDays);
  const keepFrom = daysAgo(work, PACING.bustWithinDays - 1);
  const noticed: LocalDate[] = [];
  let isPruning = false;
  // Most days bust nothing: this loop then allocates nothing.
  for (const boom of core.booms) {
    isPruning ||= boom.day < keepFrom;
    if (boom.day < oldest || noticed.includes(boom.day) || !isBustedToday(work, boom)) continue;
    noticeBoomDay(work, boom.day);
    noticed.push(boom.day);
  }
  if (isPruning || noticed.length > 0) {
    core.booms = core.booms.filter((boom) => boom.day >= keepFrom && !noticed.includes(boom.day));
  }
}

function isBustedToday(work: Work, boom: Boom): boolean {
  if (work.day.flare) return true;
  const today = work.day.activities[boom.activity];
  return today !== undefined && today.measured && isBust(today.volume, today.planned);
}

/** Records one notice for a boom day, about the busted activity that went furthest over. */
function noticeBoomDay(work: Work, boomDay: LocalDate): void {
  const { day } = work;
  let furthest: Boom | null = null;
  for (const boom of work.core.booms) {
    if (boom.day !== boomDay || !isBustedToday(work, boom)) continue;
    if (!furthest || boom.volume / boom.planned > furthest.volume / furthest.planned)
      furthest = boom;
  }
  const quota = furthest && work.quotas.get(furthest.activity);
  if (!furthest || !quota) return;
  const message = MESSAGES.boom_bust_noticed({
    boomDay: furthest.day,
    subject: work.lookup.subjectOf(quota),
    volume: furthest.volume,
    planned: furthest.planned,
    daysLater: furthest.day === daysAgo(work, 1) ? 1 : 2,
    bust: day.flare ? 'flare' : 'low_day',
  });
  recordChange(work, quota, 'boom_bust_noticed', quota.value, message);
}
