/**
 * Test fixtures for pacing: a small synthetic exercise index (so tests do not depend on the
 * library's content) and builders for check-ins and sessions on numbered days.
 */
import { addDays, type LocalDate } from '../calendar.js';
import type { Exercise } from '../library/exercise.js';
import type { ActivityKey, PacingView } from './activity.js';
import { initialPacing, updatePacing } from './pacing.js';
import { quotaFor, toPacingView } from './view.js';
import type {
  CheckinEvent,
  PacingChange,
  PacingEvent,
  PacingState,
  QuotaState,
  SessionEvent,
  SessionItemLog,
} from './types.js';

function exercise(
  fields: Pick<Exercise, 'id' | 'name' | 'pillar' | 'activity' | 'dose'> & Partial<Exercise>,
): Exercise {
  return {
    purpose: 'For tests.',
    positions: ['standing'],
    equipment: [],
    regions: ['widespread'],
    level: 1,
    avoidWith: [],
    cautionNote: null,
    easier: null,
    harder: null,
    steps: ['Do it.'],
    breathing: 'Breathe easily.',
    feel: 'Easy.',
    stopIf: 'Sharp pain: stop.',
    illustration: { start: { view: 'side' }, end: { view: 'side' }, alt: 'A figure.' },
    ...fields,
  };
}

/** Words that count failures or blame; pacing never says them. */
export const BLAMING_WORDS =
  /\b(fail\w*|only|should|must|lazy|miss\w*|didn't|did not|bad|wrong|too little|not enough)\b/i;

/** Walking, cycling, a stretch, and a strength chain of three: wall push-up → counter push-up → floor push-up. */
export const TEST_EXERCISES: Exercise[] = [
  exercise({
    id: 'walk',
    name: 'Walking laps',
    pillar: 'aerobic',
    activity: 'walking',
    dose: { minutes: 5 },
  }),
  exercise({
    id: 'bike',
    name: 'Easy cycling',
    pillar: 'aerobic',
    activity: 'cycling',
    dose: { minutes: 5 },
  }),
  exercise({
    id: 'chair-box',
    name: 'Chair boxing',
    pillar: 'aerobic',
    activity: null,
    positions: ['seated'],
    dose: { minutes: 5 },
  }),
  exercise({
    id: 'calf-stretch',
    name: 'Calf stretch',
    pillar: 'stretching',
    activity: null,
    dose: { holdSeconds: 30, reps: 2 },
  }),
  exercise({
    id: 'wall-push',
    name: 'Wall push-up',
    pillar: 'strengthening',
    activity: null,
    harder: 'counter-push',
    dose: { sets: 1, reps: 10 },
  }),
  exercise({
    id: 'counter-push',
    name: 'Counter push-up',
    pillar: 'strengthening',
    activity: null,
    easier: 'wall-push',
    harder: 'floor-push',
    dose: { sets: 1, reps: 10 },
  }),
  exercise({
    id: 'floor-push',
    name: 'Floor push-up',
    pillar: 'strengthening',
    activity: null,
    easier: 'counter-push',
    positions: ['floor'],
    dose: { sets: 1, reps: 10 },
  }),
];

/** The synthetic exercises by id. */
export const TEST_INDEX: ReadonlyMap<string, Exercise> = new Map(
  TEST_EXERCISES.map((e) => [e.id, e]),
);

/** The quota keys of the synthetic walking and push-up chain. */
export const WALKING: ActivityKey = 'aerobic:walking';
export const PUSH_UPS: ActivityKey = 'strength:wall-push';

/** Day 0 is Monday 3 March 2025. */
export const DAY0: LocalDate = '2025-03-03';

/** The calendar day `n` days after day 0. */
export function day(n: number): LocalDate {
  return addDays(DAY0, n);
}

function instant(n: number, hour: number): string {
  return `${day(n)}T${String(hour).padStart(2, '0')}:00:00.000Z`;
}

/** A check-in on day `n` (8:00 unless told). */
export function checkin(
  n: number,
  pain: number,
  options: { flare?: boolean; hour?: number } = {},
): CheckinEvent {
  return {
    kind: 'checkin',
    at: instant(n, options.hour ?? 8),
    localDate: day(n),
    pain,
    flare: options.flare ?? false,
  };
}

/** A session on day `n` (10:00 unless told); pain 3 before and after unless told. */
export function session(
  n: number,
  items: SessionItemLog[],
  options: { before?: number; after?: number; hour?: number; id?: string } = {},
): SessionEvent {
  return {
    kind: 'session',
    clientId: options.id ?? `s-${n}-${options.hour ?? 10}`,
    startedAt: instant(n, options.hour ?? 10),
    localDate: day(n),
    painBefore: options.before ?? 3,
    painAfter: options.after ?? 3,
    items,
  };
}

/** A walking item. */
export function walk(minutes: number, extra: Partial<SessionItemLog> = {}): SessionItemLog {
  return { exerciseId: 'walk', minutes, status: 'done', ...extra };
}

/** A strength item of the push-up chain. */
export function push(reps: number, extra: Partial<SessionItemLog> = {}): SessionItemLog {
  return { exerciseId: 'wall-push', sets: 1, reps, status: 'done', ...extra };
}

/** Replays events from scratch, with `today` as day `todayN`. */
export function replay(events: readonly PacingEvent[], todayN: number): PacingState {
  return updatePacing(initialPacing(), events, { exercises: TEST_INDEX, today: day(todayN) });
}

/** Every change, settled and current, oldest first. */
export function allChanges(state: PacingState): PacingChange[] {
  return [...state.changes, ...state.current.changes];
}

/** The current quota of an activity. */
export function quotaOf(state: PacingState, activity: ActivityKey): QuotaState | undefined {
  return state.current.quotas.find((q) => q.activity === activity);
}

/** A calm daily routine from day `from` to `to`: a check-in at `pain` and a walk of `minutes`. */
export function calmWalks(
  from: number,
  to: number,
  minutes: number | ((n: number) => number),
  pain = 3,
): PacingEvent[] {
  const events: PacingEvent[] = [];
  for (let n = from; n <= to; n++) {
    events.push(
      checkin(n, pain),
      session(n, [walk(typeof minutes === 'number' ? minutes : minutes(n))]),
    );
  }
  return events;
}

/** What a simulated person does on day `n`, given today's pacing view before the day's events. */
export type DayPlan = (n: number, view: PacingView) => PacingEvent[];

/** Lives `days` days one call a day, as the app would; returns the state after each day. */
export function simulate(
  days: number,
  plan: DayPlan,
): { state: PacingState; daily: PacingState[] } {
  let state = initialPacing();
  const daily: PacingState[] = [];
  for (let n = 0; n < days; n++) {
    const morning = updatePacing(state, [], { exercises: TEST_INDEX, today: day(n) });
    state = updatePacing(morning, plan(n, toPacingView(morning)), {
      exercises: TEST_INDEX,
      today: day(n),
    });
    daily.push(state);
  }
  state = updatePacing(state, [], { exercises: TEST_INDEX, today: day(days) });
  return { state, daily };
}

/** The quota value the view holds for an activity, or the start-small dose. */
export function plannedValue(view: PacingView, activity: ActivityKey): number {
  return quotaFor(view, activity)?.value ?? 0;
}
