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
