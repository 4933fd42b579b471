/**
 * What a change of score means: its meaningful-change mark against the instrument's own numbers,
 * and whether it is better or worse in the instrument's direction.
 */
import type { ChangeMark, Direction, MeaningfulChange } from './types.js';

// Scores are kept to 2 decimals; a change that rounds onto the threshold counts as reaching it.
const EPSILON = 1e-9;

/**
 * How a change compares with the meaningful change (either way). For a global impression the
 * `change` is the rating itself (see markRating). Null when the instrument has no meaningful change.
 */
export function markChange(meaningful: MeaningfulChange, change: number): ChangeMark | null {
  switch (meaningful.kind) {
    case 'difference': {
      const size = Math.abs(change) + EPSILON;
      if (size >= meaningful.surely) return 'meaningful';
      return size >= meaningful.possibly ? 'possibly_meaningful' : 'not_meaningful';
    }
    case 'rating':
      return markRating(meaningful, change);
    case 'none':
      return null;
  }
}

/** A global-impression rating's mark: toward better as given, toward worse mirrored around no change. */
export function markRating(meaningful: Extract<MeaningfulChange, { kind: 'rating' }>, rating: number): ChangeMark {
  const noChange = meaningful.noChange ?? 4;
  const towardBetter = rating > noChange ? 2 * noChange - rating : rating;
  if (towardBetter <= meaningful.meaningfulAtMost) return 'meaningful';
  return towardBetter <= meaningful.possiblyAtMost ? 'possibly_meaningful' : 'not_meaningful';
}

/** Better, worse or the same, for a change in the instrument's direction. */
export function directionOfChange(direction: Direction, change: number): 'better' | 'worse' | 'same' {
  if (Math.abs(change) < EPSILON) return 'same';
  return (direction === 'higher_is_better') === change > 0 ? 'better' : 'worse';
}

/** The meaningful change as one number of score points (the `surely` threshold), when there is one. */
export function meaningfulPoints(meaningful: MeaningfulChange): number | null {
  return meaningful.kind === 'difference' ? meaningful.surely : null;
}
