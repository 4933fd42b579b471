/**
 * The person's own changes to this week (issue 15): the alternatives to an exercise, a swap for
 * the rest of the week, a session moved to another day or time, and Undo for each. Core decides
 * what fits and how changes lay over the week; this reads and stores them.
 */
import { AppError } from '../../core/errors.js';
import type { DayNumber, Slot } from '../../core/planner/plan.js';
import {
  applyWeekChanges,
  findMoveProblem,
  findSwapProblem,
  MAX_CHANGES,
  offerSwaps,
  type Move,
  type MoveProblem,
  type WeekChanges,
} from '../../core/planner/week-changes.js';
import type { Swap } from '../../core/planner/swap.js';
import type { MyPlanResponse } from '../../contract/plan.js';
import type { SwapAlternativesResponse } from '../../contract/week-changes.js';
import { findWeekChanges, saveWeekChanges } from '../../db/week-changes.repository.js';
import type { Person, Services } from '../context.js';
import type { Library } from './library.service.js';
import { loadCurrentWeek, presentWeek, type CurrentWeek } from './plan.service.js';

/** The exercises the person may swap `exerciseId` for this week; 404 when it is not in their week. */
export async function listSwapAlternatives(services: Services, library: Library, actor: Person, subjectId: string, exerciseId: string): Promise<SwapAlternativesResponse> {
  const week = await loadCurrentWeek(services, library, actor, subjectId, false);
  const { shown } = await laidWeek(services, week);
  const alternatives = offerSwaps(shown, exerciseId, week.changeContext);
  const inWeek = shown.days.some((day) => day.sessions.some((s) => s.items.some((item) => item.exerciseId === exerciseId)));
  if (!inWeek) throw new AppError('not_found', 'That exercise is not in your week.', 'exerciseId');
  return { from: exerciseId, alternatives };
}

/** Swaps an exercise for one of its alternatives on every day of the week; a swap of a swap keeps one. */
export async function swapExercise(services: Services, library: Library, actor: Person, subjectId: string, swap: Swap): Promise<MyPlanResponse> {
  const week = await loadCurrentWeek(services, library, actor, subjectId, true);
  const { shown, changes } = await laidWeek(services, week);
  const offered = offerSwaps(shown, swap.from, week.changeContext).map((alt) => alt.exerciseId);
  const problem = findSwapProblem(shown, swap, offered);
  if (problem === 'not_in_week') throw new AppError('unacceptable', 'That exercise is not in your week.', 'from');
  if (problem === 'prescribed') throw new AppError('unacceptable', 'Your clinician chose this exercise for you; ask them about a change.', 'from');
  if (problem === 'not_an_alternative') throw new AppError('unacceptable', 'That exercise does not fit in place of this one.', 'to');
  const original = changes.swaps.find((s) => s.to === swap.from)?.from ?? swap.from;
  const swaps = changes.swaps.filter((s) => s.from !== original);
  if (original !== swap.to) swaps.push({ from: original, to: swap.to });
  if (swaps.length > MAX_CHANGES.swaps) throw new AppError('unacceptable', `At most ${MAX_CHANGES.swaps} swaps a week.`, 'from');
  return save(services, week, { ...changes, swaps });
}

/** Takes back the swap of an exercise (named as swapped out or in); 404 when there is none. */
export async function undoSwap(services: Services, library: Library, actor: Person, subjectId: string, exerciseId: string): Promise<MyPlanResponse> {
  const week = await loadCurrentWeek(services, library, actor, subjectId, true);
  const changes = await findWeekChanges(services.db, week.subject.id, week.weekStart);
  const swaps = changes.swaps.filter((s) => s.from !== exerciseId && s.to !== exerciseId);
  if (swaps.length === changes.swaps.length) throw new AppError('not_found', 'There is no swap of that exercise this week.', 'exerciseId');
  return save(services, week, { ...changes, swaps });
}

const MOVE_PROBLEMS: Record<MoveProblem, { field: keyof Move; message: string }> = {
  same_place: { field: 'toSlot', message: 'Choose another day or time of day.' },
  no_session: { field: 'fromSlot', message: 'There is no session at that time of that day.' },
  in_the_past: { field: 'toDay', message: 'A session can move only to today or a day still to come.' },
  slot_taken: { field: 'toSlot', message: 'That day already has a session at that time.' },
  bad_day: { field: 'toDay', message: 'A bad day keeps its gentle session: choose another day.' },
  breaks_rule: { field: 'toDay', message: 'That day cannot take this session (its minutes, or rest between strength days).' },
};

/** Moves a session to another day or time of this week; moving a moved session keeps one move. */
export async function moveSession(services: Services, library: Library, actor: Person, subjectId: string, move: Move): Promise<MyPlanResponse> {
  const week = await loadCurrentWeek(services, library, actor, subjectId, true);
  const { shown, changes } = await laidWeek(services, week);
  const problem = findMoveProblem(shown, move, week.changeContext, week.today);
  if (problem) throw new AppError('unacceptable', MOVE_PROBLEMS[problem].message, MOVE_PROBLEMS[problem].field);
  const moves = collapseMove(changes.moves, move);
  if (moves.length > MAX_CHANGES.moves) throw new AppError('unacceptable', `At most ${MAX_CHANGES.moves} moves a week.`, 'toDay');
  const next = { ...changes, moves };
  // Moves lay over the week in order: the collapsed list must still place this session.
  const placed = week.plan.status !== 'ok' || applyWeekChanges(week.plan, next, week.changeContext).outcomes.every((o) => o.kind !== 'move' || o.status === 'applied');
  if (!placed) throw new AppError('unacceptable', MOVE_PROBLEMS.breaks_rule.message, 'toDay');
  return save(services, week, next);
}

/** Puts a moved session back where it first was (`day`, `slot`); 404 when no move starts there. */
export async function undoMove(services: Services, library: Library, actor: Person, subjectId: string, day: DayNumber, slot: Slot): Promise<MyPlanResponse> {
  const week = await loadCurrentWeek(services, library, actor, subjectId, true);
  const changes = await findWeekChanges(services.db, week.subject.id, week.weekStart);
  const moves = changes.moves.filter((m) => !(m.fromDay === day && m.fromSlot === slot));
  if (moves.length === changes.moves.length) throw new AppError('not_found', 'No session was moved from there this week.', 'slot');
  return save(services, week, { ...changes, moves });
}

// A session moved again keeps its first place as the move's start; moved back home, no move is left.
function collapseMove(moves: readonly Move[], move: Move): Move[] {
  const earlier = moves.find((m) => m.toDay === move.fromDay && m.toSlot === move.fromSlot);
  if (!earlier) return [...moves, move];
  const rest = moves.filter((m) => m !== earlier);
  const home = earlier.fromDay === move.toDay && earlier.fromSlot === move.toSlot;
  return home ? rest : [...rest, { ...earlier, toDay: move.toDay, toSlot: move.toSlot }];
}

async function laidWeek(services: Services, week: CurrentWeek) {
  if (week.plan.status !== 'ok') throw new AppError('not_found', 'There is no week to change until your clinician has seen you.');
  const changes: WeekChanges = await findWeekChanges(services.db, week.subject.id, week.weekStart);
  return { shown: applyWeekChanges(week.plan, changes, week.changeContext).plan, changes };
}

async function save(services: Services, week: CurrentWeek, changes: WeekChanges): Promise<MyPlanResponse> {
  await saveWeekChanges(services.db, week.subject.id, week.weekStart, changes, services.clock.now());
  return presentWeek(services, week, changes);
}
