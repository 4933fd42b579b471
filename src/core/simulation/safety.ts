/**
 * The safety loop as a simulated person meets it (CLINICAL.md §1): a red-flag stop in a session
 * holds the plan on clearance until the safety screen is answered again. The facts come from
 * `safety-review.ts`, the same functions the server uses (safety.service.ts).
 */
import type { LocalDate } from '../calendar.js';
import {
  findSafetyHold,
  lastStopSignOn,
  type StopSign,
  type StopSignFacts,
} from '../safety-review.js';
import type { SessionLogBody } from '../session-player/record.js';

/** When the screen was last answered, and every stop sign so far. */
export interface SafetyState {
  screenedAt: string;
  stops: StopSign[];
}

/** The screen answered at intake, the evening before the first Monday. */
export function initialSafety(firstMonday: LocalDate): SafetyState {
  return { screenedAt: `${firstMonday}T00:00:00.000Z`, stops: [] };
}

/** The screen answered again (the same answers) at `at`: that lifts a hold. */
export function answerScreenAgain(state: SafetyState, at: string): SafetyState {
  return { ...state, screenedAt: at };
}

/** The stop signs of the day's session logs added. */
export function withStopSigns(state: SafetyState, logs: readonly SessionLogBody[], localDate: LocalDate): SafetyState {
  const stops = logs.flatMap((log) => (log.stopReason ? [{ reason: log.stopReason, at: log.startedAt, localDate }] : []));
  return stops.length === 0 ? state : { ...state, stops: [...state.stops, ...stops] };
}

/** What the planner is told about stop signs, as the server tells it. */
export function stopSignFactsOf(state: SafetyState): Required<StopSignFacts> {
  return { safetyHold: findSafetyHold(state.stops, state.screenedAt), lastStopSignOn: lastStopSignOn(state.stops) };
}
