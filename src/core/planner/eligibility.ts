/**
 * Which exercises a person can do at all (PRODUCT.md, "Plan rules"): a position they can take,
 * equipment they have (body weight always), and nothing unsuitable for their conditions.
 */
import type { Exercise, Position } from '../library/exercise.js';
import type { Condition, Equipment, Profile } from '../profile.js';

/** The positions a person can take: wheelchair → seated or lying only; floor needs floor transfers; water needs a pool. */
export function allowedPositions(profile: Profile): ReadonlySet<Position> {
  if (profile.mobility === 'wheelchair') return new Set<Position>(['seated', 'lying']);
  const positions = new Set<Position>(['seated', 'lying', 'standing']);
  if (profile.floorTransfers) positions.add('floor');
  if (profile.equipment.includes('pool')) positions.add('aquatic');
  return positions;
}

/** True when the exercise can be done in at least one allowed position. */
export function canTakePosition(exercise: Exercise, allowed: ReadonlySet<Position>): boolean {
  return exercise.positions.some((position) => allowed.has(position));
}

/** True when the person has everything the exercise needs. */
export function hasEquipmentFor(exercise: Exercise, equipment: readonly Equipment[]): boolean {
  return exercise.equipment.every((item) => equipment.includes(item));
}

/** True when the exercise is not unsuitable for any of the conditions. */
export function suitsConditions(exercise: Exercise, conditions: readonly Condition[]): boolean {
  return !exercise.avoidWith.some((condition) => conditions.includes(condition));
}

/** Builds the eligibility test for one person. */
export function eligibilityFor(profile: Profile): (exercise: Exercise) => boolean {
  const allowed = allowedPositions(profile);
  return (exercise) =>
    canTakePosition(exercise, allowed) &&
    hasEquipmentFor(exercise, profile.equipment) &&
    suitsConditions(exercise, profile.conditions);
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
  const possible = exercises.filter(
    (e) => canTakePosition(e, allowed) && hasEquipmentFor(e, profile.equipment),
  );
  return profile.conditions.filter((condition) =>
    possible.some((exercise) => exercise.avoidWith.includes(condition)),
  );
}
