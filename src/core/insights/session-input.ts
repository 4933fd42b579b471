/**
 * From a logged session (the shape of the session log, src/contract/session-log.ts) to what the
 * insights read: the pillars of its done items (done or done easier) and its minutes, measured
 * as pacing and the planner measure them (core/duration.ts).
 */
import type { LocalDate } from '../calendar.js';
import type { Pillar } from '../library/exercise.js';
import type { ActivityKey } from '../pacing/activity.js';
import { loggedSessionMinutes } from '../pacing/measure.js';
import type { SessionItemLog } from '../pacing/types.js';
import type { InsightsSession } from './types.js';

/** A session as logged. */
export interface LoggedSession {
  localDate: LocalDate;
  painBefore: number;
  painAfter: number | null;
  items: readonly SessionItemLog[];
}

/**
 * The insights' view of a logged session; `pillarOf` maps an exercise id to its pillar, and
 * `isPerSide` says whether it is done on each side (its minutes follow core/duration.ts).
 * With `activityOf` (an exercise's pacing quota key), the minutes of each aerobic activity too.
 */
export function sessionInputOf(
  log: LoggedSession,
  pillarOf: (exerciseId: string) => Pillar | undefined,
  isPerSide: (exerciseId: string) => boolean = () => false,
  activityOf?: (exerciseId: string) => ActivityKey | null,
): InsightsSession {
  const pillars = new Set<Pillar>();
  for (const item of log.items) {
    if (item.status === 'skipped') continue;
    const pillar = pillarOf(item.exerciseId);
    if (pillar) pillars.add(pillar);
  }
  return {
    localDate: log.localDate,
    painBefore: log.painBefore,
    painAfter: log.painAfter,
    pillars: [...pillars],
    minutes: loggedSessionMinutes(log.items, isPerSide),
    ...(activityOf ? { aerobic: aerobicMinutesOf(log.items, activityOf) } : {}),
  };
}

/** Minutes of each aerobic activity done or done easier, as pacing counts them (sessions.ts). */
function aerobicMinutesOf(items: readonly SessionItemLog[], activityOf: (exerciseId: string) => ActivityKey | null) {
  const minutes: Record<string, number> = {};
  for (const item of items) {
    const activity = activityOf(item.exerciseId);
    if (item.status === 'skipped' || !activity?.startsWith('aerobic:') || !item.minutes) continue;
    minutes[activity] = (minutes[activity] ?? 0) + item.minutes;
  }
  return minutes;
}
