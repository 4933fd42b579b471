/**
 * From a logged session (the shape of the session log, src/contract/session-log.ts) to what the
 * insights read: the pillars of its done items (done or done easier) and its minutes, estimated
 * as pacing does for items logged in sets and reps.
 */
import type { LocalDate } from '../calendar.js';
import type { Pillar } from '../library/exercise.js';
import { estimateSessionMinutes } from '../pacing/sessions.js';
import type { SessionItemLog } from '../pacing/types.js';
import type { InsightsSession } from './types.js';

/** A session as logged. */
export interface LoggedSession {
  localDate: LocalDate;
  painBefore: number;
  painAfter: number;
  items: readonly SessionItemLog[];
}

/** The insights' view of a logged session; `pillarOf` maps an exercise id to its pillar. */
export function sessionInputOf(
  log: LoggedSession,
  pillarOf: (exerciseId: string) => Pillar | undefined,
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
    minutes: estimateSessionMinutes(log.items),
  };
}
