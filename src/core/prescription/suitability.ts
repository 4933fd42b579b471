/**
 * Which of the planner's eligibility rules (planner/eligibility.ts) an exercise fails for a
 * person. An include that fails one needs the clinician to confirm it and write why; the server's
 * suitability route and its include validation ask here, and so does the planner.
 */
import type { Exercise } from '../library/exercise.js';
import {
  allowedPositions,
  canSitOrLie,
  canTakePosition,
  findCrpsAreas,
  hasEquipmentFor,
  needsSeatedWork,
  sparesCrpsLimb,
  suitsConditions,
  usesLimbsOf,
} from '../planner/eligibility.js';
import { findUsableLimbs, type Profile } from '../profile.js';
import { assessPlanSafety, type StopSignFacts } from '../safety-review.js';
import type { SuitabilityRule } from './types.js';

/**
 * The rules the exercise fails for this person, in SUITABILITY_RULES order; empty when it suits.
 * With `facts` (the stop signs the planner is told of), a person who must keep to seated or lying
 * work before clearance also fails `position` for work that cannot be done seated or lying.
 */
export function findFailedRules(profile: Profile, exercise: Exercise, facts?: StopSignFacts): SuitabilityRule[] {
  const failed: SuitabilityRule[] = [];
  if (!canTakePosition(exercise, allowedPositions(profile)) || mustSit(profile, exercise, facts)) failed.push('position');
  if (!usesLimbsOf(exercise, findUsableLimbs(profile))) failed.push('limbs');
  if (!hasEquipmentFor(exercise, profile.equipment)) failed.push('equipment');
  if (!suitsConditions(exercise, profile.conditions)) failed.push('condition');
  if (!sparesCrpsLimb(exercise, findCrpsAreas(profile))) failed.push('crps_limb');
  return failed;
}

function mustSit(profile: Profile, exercise: Exercise, facts: StopSignFacts | undefined): boolean {
  if (!facts) return false;
  const clearance = assessPlanSafety(profile.safety, facts).status === 'clearance_needed';
  return needsSeatedWork(profile, clearance, facts) && !canSitOrLie(exercise);
}
