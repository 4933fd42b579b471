/**
 * The quota that applied on each day, from a replay: what a day is compared with when insights
 * ask whether it held more or less than planned (whether or not the person opened their week).
 */
import type { LocalDate } from '../calendar.js';
import type { ActivityKey } from './activity.js';
import { initialPacing, updatePacing } from './pacing.js';
import type { PacingContext, PacingEvent } from './types.js';

/** Each replayed day with the volume of every quota at its start (minutes, or reps over all sets). */
export function quotaHistory(
  events: readonly PacingEvent[],
  context: Omit<PacingContext, 'observeDay'>,
): Map<LocalDate, Record<ActivityKey, number>> {
  const history = new Map<LocalDate, Record<ActivityKey, number>>();
  const observeDay = (day: LocalDate, planned: ReadonlyMap<ActivityKey, number>) => {
    history.set(day, Object.fromEntries(planned) as Record<ActivityKey, number>);
  };
  updatePacing(initialPacing(), events, { ...context, observeDay });
  return history;
}
