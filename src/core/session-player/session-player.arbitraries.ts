/**
 * Random sessions for the player's properties (fast-check): a planned session of 1-6 items of
 * every kind, and any sequence of things a person or a timer can do, at increasing times. A run
 * ends the way a person can end it: leaving before the end, or finishing with pain after.
 */
import fc from 'fast-check';
import { reduceSession } from './player.js';
import {
  BREATHING,
  EXERCISES,
  PALM_PRESS,
  STRENGTH,
  STRETCH,
  T0,
  WALK,
  newSession,
} from './session-player.fixtures.js';
import {
  FEEDBACK,
  STOP_REASONS,
  type PlannedItem,
  type PlayerExercise,
  type SessionAction,
  type SessionState,
} from './types.js';

const planned = fc.constantFrom<PlannedItem>(
  STRETCH,
  STRENGTH,
  WALK,
  BREATHING,
  PALM_PRESS,
  { exerciseId: 'knee-straighten', pillar: 'strengthening', sets: 2, reps: 3 },
  { exerciseId: 'tai-chi', pillar: 'mind_body', minutes: 0.5 },
  { exerciseId: 'seated-calf', pillar: 'stretching', holdSeconds: 2, reps: 1 },
);

/** A planned session. */
export const plannedItems = fc.array(planned, { minLength: 1, maxLength: 6 });

const pain = fc.integer({ min: 0, max: 10 });
const easierThan = (id: string): PlayerExercise | undefined => {
  const easier = EXERCISES.get(id)?.easier;
  return easier ? EXERCISES.get(easier) : undefined;
};

/** An action without its time; the time is added as the run goes. */
type TimelessAction = (nowMs: number, state: SessionState) => SessionAction;

const always = (action: TimelessAction) => fc.constant(action);
const timed = (
  type:
    | 'beginItem'
    | 'tick'
    | 'countRep'
    | 'finishSet'
    | 'skipRest'
    | 'pause'
    | 'resume'
    | 'skipItem'
    | 'nextItem'
    | 'openStop'
    | 'finish'
    | 'start',
) => always((nowMs) => ({ type, nowMs }));

const timeless: fc.Arbitrary<TimelessAction> = fc.oneof(
  {
    weight: 2,
    arbitrary: pain.map((value): TimelessAction => () => ({ type: 'setPainBefore', value })),
  },
  { weight: 2, arbitrary: timed('start') },
  { weight: 8, arbitrary: timed('beginItem') },
  { weight: 10, arbitrary: timed('tick') },
  { weight: 10, arbitrary: timed('countRep') },
  { weight: 6, arbitrary: timed('nextItem') },
  { weight: 3, arbitrary: timed('resume') },
  ...(['finishSet', 'skipRest', 'skipItem', 'finish'] as const).map((type) => ({
    weight: 2,
    arbitrary: timed(type),
  })),
  ...(['pause', 'openStop'] as const).map((type) => ({ weight: 1, arbitrary: timed(type) })),
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('tap', 'paced')
      .map((mode): TimelessAction => (nowMs) => ({ type: 'setRepMode', mode, nowMs })),
  },
  { weight: 3, arbitrary: always(easierAction) },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(...FEEDBACK)
      .map((value): TimelessAction => () => ({ type: 'setFeedback', value })),
  },
  {
    weight: 2,
    arbitrary: fc
      .option(pain)
      .map((value): TimelessAction => () => ({ type: 'setPainDuring', value })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...STOP_REASONS)
      .map((reason): TimelessAction => () => ({ type: 'chooseStopReason', reason })),
  },
  { weight: 1, arbitrary: always(() => ({ type: 'closeStop' })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('stopped', 'left')
      .map((why): TimelessAction => (nowMs) => ({ type: 'end', why, nowMs })),
  },
  {
    weight: 1,
    arbitrary: fc
      .option(pain)
      .map((value): TimelessAction => () => ({ type: 'setPainAfter', value })),
  },
  {
    weight: 1,
    arbitrary: fc
      .string({ maxLength: 20 })
      .map((value): TimelessAction => () => ({ type: 'setNotes', value })),
  },
);

function easierAction(nowMs: number, state: SessionState): SessionAction {
  const item = state.items[state.current];
  const exercise = item ? easierThan(item.exerciseId) : undefined;
  return exercise ? { type: 'makeEasier', easier: exercise, nowMs } : { type: 'tick', nowMs };
}

/** One step of a run: an action and how long after the last one it comes. */
export interface Step {
  action: TimelessAction;
  afterMs: number;
}

const step: fc.Arbitrary<Step> = fc.record({
  action: timeless,
  afterMs: fc.oneof(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 0, max: 400_000 })),
});
const startStep = (value: number): Step[] => [
  { action: () => ({ type: 'setPainBefore', value }), afterMs: 0 },
  { action: (nowMs) => ({ type: 'start', nowMs }), afterMs: 1_000 },
];

/** Steps of a run; most begin by answering pain before and starting, as nearly every session does. */
export const steps: fc.Arbitrary<Step[]> = fc
  .tuple(fc.option(pain, { freq: 10 }), fc.array(step, { maxLength: 80, size: 'medium' }))
  .map(([first, rest]) => (first === null ? rest : [...startStep(first), ...rest]));

/** Plays a run from a new session; returns the state and the time it ended. */
export function playRun(items: readonly PlannedItem[], run: readonly Step[]) {
  let nowMs = T0;
  let state = newSession(items);
  for (const { action, afterMs } of run) {
    nowMs += afterMs;
    state = reduceSession(state, action(nowMs, state));
  }
  return { state, nowMs };
}

/** Ends a run the way a person can: started if never started, left if under way, then finished. */
export function finishRun(
  state: SessionState,
  nowMs: number,
  painAfter: number | null,
): SessionState {
  let next = state;
  if (next.stage === 'before') {
    next = reduceSession(
      reduceSession(next, { type: 'setPainBefore', value: next.painBefore ?? 5 }),
      { type: 'start', nowMs },
    );
  }
  if (next.stage === 'playing') next = reduceSession(next, { type: 'end', why: 'left', nowMs });
  if (next.stage === 'after') {
    const answered = next.painAfter ?? painAfter ?? (next.ending === 'complete' ? 5 : null);
    next = reduceSession(reduceSession(next, { type: 'setPainAfter', value: answered }), {
      type: 'finish',
      nowMs,
    });
  }
  return next;
}

/** The exercises an item may end up as: the planned one and its easier chain. */
export function chainOf(exerciseId: string): string[] {
  const chain = [exerciseId];
  for (let next = easierThan(exerciseId); next; next = easierThan(next.id)) chain.push(next.id);
  return chain;
}
