/**
 * The mobility step of the intake (PRODUCT.md, "Intake"): how a person gets around, then for a
 * wheelchair user whether they can move to a bed and which limbs they use, and for everyone
 * else whether they can get down to the floor. A wheelchair user is never asked about the
 * floor: their plan has no floor work either way.
 */
import type { Limb, Profile } from './profile.js';

/** The answer to "which do you use for exercise?", one choice a person can make. */
export const LIMB_CHOICES = ['arms', 'legs', 'both', 'neither'] as const;
export type LimbChoice = (typeof LIMB_CHOICES)[number];

/** The fields of the mobility step a person may still need to answer. */
export type MobilityField = 'mobility' | 'floorTransfers' | 'bedTransfers' | 'limbsUsed';

type MobilityAnswers = Partial<Pick<Profile, 'mobility' | 'floorTransfers' | 'bedTransfers' | 'limbsUsed'>>;

/** The limbs a choice stands for. */
export function limbsOfChoice(choice: LimbChoice): Limb[] {
  switch (choice) {
    case 'arms':
      return ['arms'];
    case 'legs':
      return ['legs'];
    case 'both':
      return ['arms', 'legs'];
    case 'neither':
      return [];
  }
}

/** The choice that stands for a list of limbs, or undefined before any answer. */
export function choiceOfLimbs(limbs: readonly Limb[] | undefined): LimbChoice | undefined {
  if (limbs === undefined) return undefined;
  const arms = limbs.includes('arms');
  const legs = limbs.includes('legs');
  if (arms && legs) return 'both';
  if (arms) return 'arms';
  return legs ? 'legs' : 'neither';
}

/** The questions of the mobility step still unanswered, for the way the person gets around. */
export function findMobilityProblems(answers: MobilityAnswers): MobilityField[] {
  if (answers.mobility === undefined) return ['mobility', ...(answers.floorTransfers === undefined ? ['floorTransfers' as const] : [])];
  if (answers.mobility !== 'wheelchair') return answers.floorTransfers === undefined ? ['floorTransfers'] : [];
  return [
    ...(answers.bedTransfers === undefined ? ['bedTransfers' as const] : []),
    ...(answers.limbsUsed === undefined ? ['limbsUsed' as const] : []),
  ];
}

/** After the step: a wheelchair user has no floor transfers; anyone else keeps no wheelchair answers. */
export function tidyMobilityAnswers<T extends MobilityAnswers>(answers: T): T {
  if (answers.mobility === 'wheelchair') return { ...answers, floorTransfers: false };
  if (answers.mobility === undefined) return answers;
  const { bedTransfers: _bed, limbsUsed: _limbs, ...rest } = answers;
  return rest as T;
}
