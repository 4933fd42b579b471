/**
 * A comparison before the honesty rules decide what to claim: its estimate, or what it still
 * needs. `estimate` is group a minus group b in pain points (after minus before for sessions).
 */
import type { Pillar } from '../library/exercise.js';
import type { Estimate } from './stats.js';
import type { PartOfDay, PatternCode } from './types.js';

/** At least this many observations in each group compared (CLINICAL.md §5). */
export const MIN_PER_GROUP = 5;

/** What a comparison still needs before it can be made. */
export type Need =
  | { kind: 'sessions'; have: number }
  | { kind: 'groups'; a: number; b: number }
  | { kind: 'plan' }
  | { kind: 'more_days' }
  | { kind: 'parts'; counts: Partial<Record<PartOfDay, number>> };

/** One comparison, tested or waiting for data. */
export interface Comparison {
  code: PatternCode;
  pillar?: Pillar;
  parts?: [PartOfDay, PartOfDay];
  n: number;
  groups?: { a: number; b: number };
  /** For `next_day_activity` when booms are compared too: its active days are within quota. */
  isWithinPlan?: boolean;
  /** Null when the data are not enough; `need` says what is missing. */
  estimate: Estimate | null;
  /** Mean pain of the reference (before, or group b), for the 30 % rule. */
  baseline: number;
  need?: Need;
}
