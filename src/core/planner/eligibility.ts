/**
 * Which exercises a person can do at all (PRODUCT.md, "Plan rules"): a position they can take,
 * limbs they use, equipment they have (body weight always), nothing unsuitable for their
 * conditions, and for CRPS nothing that stretches or loads the limb that hurts.
 */
import type { Exercise, Position } from '../library/exercise.js';
import type { StopSignFacts } from '../safety-review.js';
import { canLieDown, findUsableLimbs, type Condition, type Equipment, type Limb, type PainArea, type Profile } from '../profile.js';

/** The pain areas of an arm and of a leg: where CRPS affects a limb. */
export const LIMB_AREAS: Record<Limb, readonly PainArea[]> = {
  arms: ['shoulder', 'elbow', 'wrist_hand'],
  legs: ['hip', 'knee', 'ankle_foot'],
};

/**
 * The positions a person can take: a wheelchair user sits, and lies only after saying they can
 * move to a bed; floor needs floor transfers; water needs a pool (and walking to it).
 */
export function allowedPositions(profile: Profile): ReadonlySet<Position> {
  const lying: Position[] = canLieDown(profile) ? ['lying'] : [];
  if (profile.mobility === 'wheelchair') return new Set<Position>(['seated', ...lying]);
  const positions = new Set<Position>(['seated', 'standing', ...lying]);
  if (profile.floorTransfers) positions.add('floor');
  if (profile.equipment.includes('pool')) positions.add('aquatic');
  return positions;
}

/** True when the exercise can be done in at least one allowed position. */
export function canTakePosition(exercise: Exercise, allowed: ReadonlySet<Position>): boolean {
  return exercise.positions.some((position) => allowed.has(position));
}

/** True when the exercise works only limbs the person uses: no leg work for someone who does not use their legs. */
export function usesLimbsOf(exercise: Exercise, usable: ReadonlySet<Limb>): boolean {
  return (exercise.limbs ?? []).every((limb) => usable.has(limb));
}

/** True when the person has everything the exercise needs. */
export function hasEquipmentFor(exercise: Exercise, equipment: readonly Equipment[]): boolean {
  return exercise.equipment.every((item) => equipment.includes(item));
}

/** True when the exercise is not unsuitable for any of the conditions. */
export function suitsConditions(exercise: Exercise, conditions: readonly Condition[]): boolean {
  return !exercise.avoidWith.some((condition) => conditions.includes(condition));
}

/** The limb pain areas of a person with CRPS: the affected limb. Empty without CRPS. */
export function findCrpsAreas(profile: Pick<Profile, 'conditions' | 'painAreas'>): PainArea[] {
  if (!profile.conditions.includes('crps')) return [];
  const limbAreas = [...LIMB_AREAS.arms, ...LIMB_AREAS.legs];
  return profile.painAreas.filter((area) => limbAreas.includes(area));
}

/**
 * True unless the exercise stretches or loads a limb with CRPS (CLINICAL.md §1): no stretch of
 * an affected area, no strength work of an affected limb; gentle active movement is fine.
 */
export function sparesCrpsLimb(exercise: Exercise, crpsAreas: readonly PainArea[]): boolean {
  if (crpsAreas.length === 0 || exercise.gentleActive === true) return true;
  const touchesArea = exercise.regions.some((region) => crpsAreas.includes(region));
  if (exercise.pillar === 'stretching') return !touchesArea;
  if (exercise.pillar !== 'strengthening') return true;
  const loadsLimb = (exercise.limbs ?? []).some((limb) => LIMB_AREAS[limb].some((area) => crpsAreas.includes(area)));
  return !touchesArea && !loadsLimb;
}

/** Builds the eligibility test for one person. */
export function eligibilityFor(profile: Profile): (exercise: Exercise) => boolean {
  const allowed = allowedPositions(profile);
  const limbs = findUsableLimbs(profile);
  const crpsAreas = findCrpsAreas(profile);
  return (exercise) =>
    canTakePosition(exercise, allowed) &&
    usesLimbsOf(exercise, limbs) &&
    hasEquipmentFor(exercise, profile.equipment) &&
    suitsConditions(exercise, profile.conditions) &&
    sparesCrpsLimb(exercise, crpsAreas);
}

/** From this age, a person awaiting clearance does all their work seated or lying (falls; issue 9 item 17). */
export const SEATED_CLEARANCE_AGE = 75;

/**
 * True when the person waits for a clinician's go-ahead after dizziness or fainting (an answer,
 * or a session stopped for dizziness), or at 75 and over: every exercise then can be done
 * seated or lying, so a dizzy spell is not a fall.
 */
export function needsSeatedWork(profile: Profile, clearance: boolean, facts: StopSignFacts = {}): boolean {
  if (!clearance) return false;
  const dizzy = profile.safety.dizzy_fainting === true || facts.safetyHold?.reason === 'dizzy';
  return dizzy || (profile.age ?? 0) >= SEATED_CLEARANCE_AGE;
}

/** True when the exercise can be done seated or lying. */
export function canSitOrLie(exercise: Exercise): boolean {
  return exercise.positions.some((position) => position === 'seated' || position === 'lying');
}

/** True for the only work allowed before a clinician's go-ahead: breathing and level-1 stretching. */
export function isClearanceSafe(exercise: Exercise): boolean {
  if (exercise.pillar === 'stretching') return exercise.level === 1;
  return exercise.pillar === 'mind_body' && exercise.activity === 'breathing';
}

/** The person's conditions that actually left out an exercise they could otherwise do. */
export function findRespectedConditions(exercises: readonly Exercise[], profile: Profile): Condition[] {
  if (profile.conditions.length === 0) return [];
  const allowed = allowedPositions(profile);
  const limbs = findUsableLimbs(profile);
  const possible = exercises.filter(
    (e) => canTakePosition(e, allowed) && usesLimbsOf(e, limbs) && hasEquipmentFor(e, profile.equipment),
  );
  return profile.conditions.filter((condition) =>
    possible.some((exercise) => exercise.avoidWith.includes(condition)),
  );
}
