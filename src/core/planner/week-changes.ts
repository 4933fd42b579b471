/**
 * The person's own changes to this week (issue 15): exercises swapped and sessions moved. They
 * are kept apart from the planner's week and laid over it each time it is shown, so a rebuilt
 * week (pacing, a bad day, a new prescription) keeps them. A safety hold or a clinician's exclude
 * wins over a swap, and a bad day over a move: the change waits and the week says why.
 */
import type { LocalDate } from '../calendar.js';
import { TIMES_OF_DAY } from '../profile.js';
import type { DayNumber, PlanDay, PlanSession, Slot, WeekPlan } from './plan.js';
import { findRuleViolations, type RuleContext } from './rules.js';
import { applySwap, itemsOf, listSwapAlternatives, MAX_ALTERNATIVES, type Swap, type SwapAlternative, type SwapJudge, type WeekLike } from './swap.js';

/** A session moved to another day or time of day of the same week. */
export interface Move {
  fromDay: DayNumber;
  fromSlot: Slot;
  toDay: DayNumber;
  toSlot: Slot;
}

/** The person's changes to one week, in the order they were made. */
export interface WeekChanges {
  swaps: Swap[];
  moves: Move[];
}

/** No changes. */
export const NO_CHANGES: WeekChanges = { swaps: [], moves: [] };

/** At most this many of each per week. */
export const MAX_CHANGES = { swaps: 20, moves: 14 } as const;

/** What became of a change this week. */
export type ChangeStatus = 'applied' | 'held_safety' | 'held_clinician' | 'held_bad_day' | 'not_this_week';

/** A change and what became of it. */
export type ChangeOutcome = ({ kind: 'swap' } & Swap & { status: ChangeStatus }) | ({ kind: 'move' } & Move & { status: ChangeStatus });

/** Why a move cannot be made. */
export type MoveProblem = 'same_place' | 'no_session' | 'in_the_past' | 'slot_taken' | 'bad_day' | 'breaks_rule';

/** Why a swap cannot be made. */
export type SwapProblem = 'not_in_week' | 'prescribed' | 'not_an_alternative';

/**
 * Rules a person's own move may bend: they chose the time and the day. Everything else (minutes
 * a day, strength never two days in a row, pool visits apart, safety) still holds.
 */
const BENT_BY_A_MOVE = new Set(['session_at_preferred_time', 'active_days_within_days_per_week', 'morning_stretch', 'mind_body_two_days']);

/** What laying changes over a week needs: the planner's judge and the rules' context. */
export interface ChangeContext {
  judge: SwapJudge;
  rules: RuleContext;
}

/** The week with the changes laid over it, and what became of each. */
export function applyWeekChanges<W extends WeekLike>(plan: W, changes: WeekChanges, ctx: ChangeContext): { plan: W; outcomes: ChangeOutcome[] } {
  const outcomes: ChangeOutcome[] = [];
  let week = plan;
  for (const swap of changes.swaps) {
    const status = swapStatus(week, swap, ctx);
    if (status === 'applied') week = applySwap(week, swap, ctx.judge);
    outcomes.push({ kind: 'swap', ...swap, status });
  }
  for (const move of changes.moves) {
    const problem = findMoveProblem(week, move, ctx);
    if (problem === null) week = applyMove(week, move);
    outcomes.push({ kind: 'move', ...move, status: problem === null ? 'applied' : problem === 'bad_day' ? 'held_bad_day' : 'not_this_week' });
  }
  return { plan: week, outcomes };
}

/** The alternatives offered for `fromId`: only those whose swap the week can take as it stands. */
export function offerSwaps(week: WeekLike, fromId: string, ctx: ChangeContext): SwapAlternative[] {
  return listSwapAlternatives(week, fromId, ctx.judge, Infinity)
    .filter((alt) => swapStatus(week, { from: fromId, to: alt.exerciseId }, ctx) === 'applied')
    .slice(0, MAX_ALTERNATIVES);
}

function swapStatus(week: WeekLike, swap: Swap, ctx: ChangeContext): ChangeStatus {
  const to = ctx.judge.byId.get(swap.to);
  if (!to || !itemsOf(week).some((item) => item.exerciseId === swap.from && !item.prescribed)) return 'not_this_week';
  const suitability = ctx.judge.judge(to);
  if (suitability === 'held_safety' || suitability === 'held_clinician') return suitability;
  if (suitability === 'unsuitable' || countNewViolations(week, applySwap(week, swap, ctx.judge), ctx.rules, new Set()) > 0) return 'not_this_week';
  return 'applied';
}

/** Why the swap cannot be made now, or null; `alternatives` are the ids offered for `swap.from`. */
export function findSwapProblem(week: WeekLike, swap: Swap, alternatives: readonly string[]): SwapProblem | null {
  const items = itemsOf(week).filter((item) => item.exerciseId === swap.from);
  if (items.length === 0) return 'not_in_week';
  if (items.some((item) => item.prescribed)) return 'prescribed';
  return alternatives.includes(swap.to) ? null : 'not_an_alternative';
}

/** Why the move cannot be made, or null. With `today`, neither end may be before it. */
export function findMoveProblem(week: WeekLike, move: Move, ctx: ChangeContext, today?: LocalDate): MoveProblem | null {
  if (move.fromDay === move.toDay && move.fromSlot === move.toSlot) return 'same_place';
  const from = week.days[move.fromDay - 1];
  const to = week.days[move.toDay - 1];
  if (!from || !to || !from.sessions.some((s) => s.slot === move.fromSlot)) return 'no_session';
  if (today !== undefined && (from.date < today || to.date < today)) return 'in_the_past';
  if (from.kind === 'flare' || to.kind === 'flare') return 'bad_day';
  if (to.sessions.some((s) => s.slot === move.toSlot)) return 'slot_taken';
  return countNewViolations(week, applyMove(week, move), ctx.rules, BENT_BY_A_MOVE) > 0 ? 'breaks_rule' : null;
}

/** The week with one session moved; its items and minutes go with it unchanged. */
export function applyMove<W extends WeekLike>(week: W, move: Move): W {
  const session = week.days[move.fromDay - 1]?.sessions.find((s) => s.slot === move.fromSlot);
  if (!session) return week;
  const days = week.days.map((day): PlanDay => {
    let sessions = day.sessions;
    if (day.day === move.fromDay) sessions = sessions.filter((s) => s !== session);
    if (day.day === move.toDay) sessions = inDayOrder([...sessions, { ...session, slot: move.toSlot }]);
    if (sessions === day.sessions) return day;
    const kind = day.kind === 'flare' ? 'flare' : sessions.length === 0 ? 'rest' : 'active';
    return { ...day, kind, sessions };
  });
  return { ...week, days };
}

function inDayOrder(sessions: PlanSession[]): PlanSession[] {
  return [...sessions].sort((a, b) => TIMES_OF_DAY.indexOf(a.slot) - TIMES_OF_DAY.indexOf(b.slot));
}

// Rules broken after a change that were not broken before it (by rule and day), except those bent on purpose.
function countNewViolations(before: WeekLike, after: WeekLike, rules: RuleContext, bent: ReadonlySet<string>): number {
  const keyOf = (v: { rule: string; day?: number; exerciseId?: string }) => `${v.rule}:${v.day ?? ''}:${v.exerciseId ?? ''}`;
  const asPlan = (week: WeekLike): WeekPlan => ({ ...week, reasons: [] });
  const old = new Set(findRuleViolations(asPlan(before), rules).map(keyOf));
  return findRuleViolations(asPlan(after), rules).filter((v) => !bent.has(v.rule) && !old.has(keyOf(v))).length;
}
