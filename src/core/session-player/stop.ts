/**
 * The stop flow's one rule: chest pain and weakness on one side can be a heart attack or a
 * stroke, so their advice starts with the emergency number (CLINICAL.md §1; clinical-sources.md
 * §8.3). Every other answer starts with stopping and resting.
 */
import type { StopReason } from './types.js';

const EMERGENCY_FIRST: ReadonlySet<StopReason> = new Set(['chest_pain', 'one_sided_weakness']);

/** True when the advice for this answer begins with calling the local emergency number. */
export function isEmergencyStop(reason: StopReason): boolean {
  return EMERGENCY_FIRST.has(reason);
}

/**
 * The stop-exercise signs (CLINICAL.md §1: chest pain, unusual breathlessness, dizziness,
 * palpitations, one-sided weakness) end the session: the player offers no way back into it.
 * Only "something else" may carry on once the person feels fine.
 */
const MAY_CARRY_ON: ReadonlySet<StopReason> = new Set(['something_else']);

/** True when, after this answer, the person may go back to the session. */
export function mayCarryOnAfterStop(reason: StopReason): boolean {
  return MAY_CARRY_ON.has(reason);
}
