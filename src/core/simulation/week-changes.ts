/**
 * Swaps and moves in the loop (issue 15): on the days its behaviour names, the simulated person
 * swaps the first exercise of today that has an alternative, or moves today's first session to a
 * later day of the week, as they would on the week's page. The week's changes are laid over the
 * planner's week every day, rebuilt or kept, as the server lays them over every week it shows.
 */
import type { LocalDate } from '../calendar.js';
import type { PlannerInput } from '../planner/plan.js';
import { judgeSwaps } from '../planner/swap.js';
import {
  applyWeekChanges,
  findMoveProblem,
  findSwapProblem,
  NO_CHANGES,
  offerSwaps,
  type ChangeContext,
  type Move,
  type WeekChanges,
} from '../planner/week-changes.js';
import { TIMES_OF_DAY } from '../profile.js';
import type { Behaviour, LivedPlan } from './types.js';

/** The changes a person made to one week. */
export interface LivedChanges {
  weekStart: LocalDate;
  changes: WeekChanges;
}

/** The week as the person sees it that day: the planner's, with this week's changes laid over it. */
export function weekAsShown(
  plan: LivedPlan,
  input: PlannerInput,
  kept: LivedChanges | null,
  day: { n: number; date: LocalDate; weekStart: LocalDate },
  behaviour: Behaviour,
): { shown: LivedPlan; changes: LivedChanges | null } {
  let changes = kept?.weekStart === day.weekStart ? kept.changes : NO_CHANGES;
  const acts = behaviour.swapOnDays?.includes(day.n) === true || behaviour.moveOnDays?.includes(day.n) === true;
  // Most days of most lives change nothing: the judge of swaps is built only when there is work for it.
  if (!acts && changes === NO_CHANGES) return { shown: plan, changes: kept };
  const ctx: ChangeContext = { judge: judgeSwaps(input), rules: input };
  if (behaviour.swapOnDays?.includes(day.n)) changes = withSwap(applyWeekChanges(plan, changes, ctx).plan, changes, ctx, day.date);
  if (behaviour.moveOnDays?.includes(day.n)) changes = withMove(applyWeekChanges(plan, changes, ctx).plan, changes, ctx, day.date);
  const lived = changes.swaps.length + changes.moves.length > 0 ? { weekStart: day.weekStart, changes } : null;
  return { shown: lived ? applyWeekChanges(plan, changes, ctx).plan : plan, changes: lived ?? kept };
}

/** Today's first exercise that has something to swap it for, swapped for the first offer. */
function withSwap(week: LivedPlan, changes: WeekChanges, ctx: ChangeContext, date: LocalDate): WeekChanges {
  const today = week.days.find((d) => d.date === date);
  for (const item of (today?.sessions ?? []).flatMap((s) => s.items)) {
    const offers = offerSwaps(week, item.exerciseId, ctx).map((o) => o.exerciseId);
    const swap = { from: item.exerciseId, to: offers[0] ?? '' };
    if (offers.length > 0 && findSwapProblem(week, swap, offers) === null) return { ...changes, swaps: [...changes.swaps, swap] };
  }
  return changes;
}

/** Today's first session moved to the first later day and time of day it may go to. */
function withMove(week: LivedPlan, changes: WeekChanges, ctx: ChangeContext, date: LocalDate): WeekChanges {
  const fromDay = week.days.find((d) => d.date === date);
  const session = fromDay?.sessions[0];
  if (!fromDay || !session) return changes;
  for (const toDay of week.days.filter((d) => d.date > date)) {
    for (const toSlot of TIMES_OF_DAY) {
      const move: Move = { fromDay: fromDay.day, fromSlot: session.slot, toDay: toDay.day, toSlot };
      if (findMoveProblem(week, move, ctx, date) === null) return { ...changes, moves: [...changes.moves, move] };
    }
  }
  return changes;
}
