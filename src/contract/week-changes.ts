/** The person's own changes to this week (issue 15): swapping an exercise and moving a session. */
import { z } from 'zod';
import { POSITIONS } from '../core/library/exercise.js';
import { PAIN_AREAS, TIMES_OF_DAY } from '../core/profile.js';

const ExerciseId = z.string().regex(/^[a-z0-9-]{1,80}$/, 'Use an exercise id such as wall-push-up.');
const Day = z.number().int().min(1, 'Use a day of the week from 1 (Monday) to 7 (Sunday).').max(7, 'Use a day of the week from 1 (Monday) to 7 (Sunday).');
const Slot = z.enum(TIMES_OF_DAY);

/** The exercise whose alternatives are asked for, or whose swap is undone. */
export const SwapParams = z.strictObject({ exerciseId: ExerciseId });

/** Swap `from` (in this week) for `to` (one of its alternatives) on every day of the week. */
export const SwapRequest = z.strictObject({ from: ExerciseId, to: ExerciseId });
export type SwapRequest = z.input<typeof SwapRequest>;

/** Move the session at `fromDay`/`fromSlot` to `toDay`/`toSlot` of the same week. */
export const MoveRequest = z.strictObject({ fromDay: Day, fromSlot: Slot, toDay: Day, toSlot: Slot });
export type MoveRequest = z.input<typeof MoveRequest>;

/** The session a move started from (its day and time of day as the week first gave it). */
export const MoveQuery = z.strictObject({ day: z.coerce.number().pipe(Day), slot: Slot });
export type MoveQuery = z.input<typeof MoveQuery>;

/** Exercises the person may swap one for, and why each fits. */
export const SwapAlternativesResponse = z.object({
  from: z.string(),
  alternatives: z.array(
    z.object({
      exerciseId: z.string(),
      /** The body regions it shares with the exercise it would replace. */
      sharedRegions: z.array(z.enum(PAIN_AREAS)),
      /** Its positions the person can take. */
      positions: z.array(z.enum(POSITIONS)),
    }),
  ),
});
export type SwapAlternativesResponse = z.infer<typeof SwapAlternativesResponse>;

const ChangeStatus = z.enum(['applied', 'held_safety', 'held_clinician', 'held_bad_day', 'not_this_week']);

/** One of the person's changes to the week and what became of it. */
export const WeekChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('swap'), from: z.string(), to: z.string(), status: ChangeStatus }),
  z.object({ kind: z.literal('move'), fromDay: z.number(), fromSlot: Slot, toDay: z.number(), toSlot: Slot, status: ChangeStatus }),
]);
export type WeekChange = z.infer<typeof WeekChangeSchema>;

/** The changes as stored: parsed with this when read back. */
export const StoredWeekChanges = z.object({
  swaps: z.array(z.object({ from: z.string(), to: z.string() })),
  moves: z.array(z.object({ fromDay: Day, fromSlot: Slot, toDay: Day, toSlot: Slot })),
});
