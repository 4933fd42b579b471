/**
 * Random event streams for the pacing properties (fast-check): days around a person's usual pain
 * with random sessions, and a person who follows the plan with random good and bad days, lived one
 * call a day as the server would make them.
 */
import fc from 'fast-check';
import type { LocalDate } from '../calendar.js';
import type { PacingView } from './activity.js';
import { PUSH_UPS, TEST_INDEX, WALKING, checkin, day, session } from './pacing.fixtures.js';
import { initialPacing, updatePacing } from './pacing.js';
import type { PacingEvent, PacingState, SessionItemLog } from './types.js';
import { quotaFor, toPacingView } from './view.js';

const status = fc.constantFrom('done', 'done', 'done', 'easier', 'skipped');
const feedback = fc.constantFrom('too_easy', 'right', 'right', 'too_hard');
const item: fc.Arbitrary<SessionItemLog> = fc.oneof(
  fc.record(
    {
      exerciseId: fc.constantFrom('walk', 'walk', 'bike', 'chair-box'),
      minutes: fc.integer({ min: 0, max: 30 }),
      status,
      feedback,
    },
    { requiredKeys: ['exerciseId', 'minutes', 'status'] },
  ),
  fc.record(
    {
      exerciseId: fc.constantFrom('wall-push', 'counter-push', 'floor-push'),
      reps: fc.integer({ min: 0, max: 20 }),
      sets: fc.integer({ min: 1, max: 3 }),
      status,
      feedback,
    },
    { requiredKeys: ['exerciseId', 'reps', 'status'] },
  ),
  fc.record({
    exerciseId: fc.constantFrom('calf-stretch', 'not-in-the-library'),
    holdSeconds: fc.constant(30),
    reps: fc.integer({ min: 1, max: 4 }),
    status,
  }),
);
// Pain as a journal shows it: a person's own level, mostly steady, sometimes a point up, now and then far off.
const painOffset = fc.oneof(
  { weight: 12, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.constant(1) },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 6 }) },
);
const rise = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: -2, max: 5 }) },
);
const hour = fc.integer({ min: 6, max: 21 });
const dayOfEvents = fc.record({
  checkin: fc.option(
    fc.record({
      offset: painOffset,
      flare: fc.integer({ min: 0, max: 29 }).map((x) => x === 0),
      hour,
    }),
    { freq: 8, nil: null },
  ),
  sessions: fc.array(
    fc.record({
      items: fc.array(item, { minLength: 1, maxLength: 4 }),
      offset: painOffset,
      rise,
      hour,
    }),
    { maxLength: 2 },
  ),
});

const clamp = (pain: number) => Math.max(0, Math.min(10, pain));

/** A random stream of days around a person's usual pain; events in day and time order. */
export const eventStream = fc
  .record({
    usual: fc.integer({ min: 1, max: 6 }),
    days: fc.array(dayOfEvents, { minLength: 3, maxLength: 60 }),
  })
  .map(({ usual, days }) =>
    days.flatMap((d, n): PacingEvent[] => [
      ...(d.checkin
        ? [
            checkin(n, clamp(usual + d.checkin.offset), {
              flare: d.checkin.flare,
              hour: d.checkin.hour,
            }),
          ]
        : []),
      ...d.sessions.map((s, i) => {
        const before = clamp(usual + s.offset);
        return session(n, s.items, {
          before,
          after: clamp(before + s.rise),
          hour: s.hour,
          id: `s-${n}-${i}`,
        });
      }),
    ]),
  );

/** The last calendar day of a stream. */
export const lastDayOf = (events: readonly PacingEvent[]) =>
  events.reduce((last, e) => (e.localDate > last ? e.localDate : last), day(0));
/** One updatePacing call over the test index. */
export const update = (state: PacingState, events: readonly PacingEvent[], today: LocalDate) =>
  updatePacing(state, events, { exercises: TEST_INDEX, today });

/** A permutation from a seed (a small LCG: tests in core pass their randomness in too). */
export function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let x = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A dose as the checks compare it. */
export interface Dose {
  value: number;
  sets: number;
}

/** What the app shows on one day. */
export interface Snapshot {
  mode: string;
  doses: Map<string, Dose>;
}

/** Reps over all sets, or minutes. */
export const volumeOf = (dose: Dose) => dose.value * dose.sets;

/** The app's view of each day: one call a day with that day's events, as the server would make. */
export function livedDayByDay(events: readonly PacingEvent[]): {
  snapshots: Snapshot[];
  state: PacingState;
} {
  const last = dayIndex(lastDayOf(events));
  const snapshots: Snapshot[] = [];
  let state = initialPacing();
  for (let n = 0; n <= last + 1; n++) {
    state = update(
      state,
      events.filter((e) => e.localDate === day(n)),
      day(n),
    );
    snapshots.push(snapshotOf(state));
  }
  return { snapshots, state };
}

function snapshotOf(state: PacingState): Snapshot {
  const doses = new Map(
    state.current.quotas.map((q) => [q.activity, { value: q.value, sets: q.sets ?? 1 }]),
  );
  return { mode: state.current.mode, doses };
}

/** What a plan follower does on a day: mostly the plan, sometimes more or less, sometimes a flare. */
const followerDay = fc.record({
  offset: painOffset,
  flare: fc.integer({ min: 0, max: 39 }).map((x) => x === 0),
  walks: fc.integer({ min: 0, max: 9 }).map((x) => x < 7),
  factor: fc.oneof(
    { weight: 10, arbitrary: fc.constant(1) },
    { weight: 1, arbitrary: fc.constantFrom(0.3, 0.6, 1.6, 2.5) },
  ),
  lifts: fc.integer({ min: 0, max: 9 }).map((x) => x < 9),
  tooHard: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
  rise: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 1 }) },
    { weight: 1, arbitrary: fc.integer({ min: 2, max: 5 }) },
  ),
});
/** One day of the plan follower's choices. */
export type FollowerDay = typeof followerDay extends fc.Arbitrary<infer T> ? T : never;
/** A person who follows the plan for 20-100 days, around their usual pain. */
export const planFollower = fc.record({
  usual: fc.integer({ min: 1, max: 5 }),
  days: fc.array(followerDay, { minLength: 20, maxLength: 100 }),
});

/** Lives the plan follower's days one call a day; the snapshots and events of each day. */
export function livedFollowingThePlan(usual: number, days: readonly FollowerDay[]) {
  const snapshots: Snapshot[] = [];
  const events: PacingEvent[] = [];
  let state = initialPacing();
  for (let n = 0; n <= days.length; n++) {
    state = update(state, [], day(n));
    const plan = days[n];
    const today = plan ? followerEvents(n, usual, plan, toPacingView(state)) : [];
    state = update(state, today, day(n));
    events.push(...today);
    snapshots.push(snapshotOf(state));
  }
  return { snapshots, state, events };
}

function followerEvents(
  n: number,
  usual: number,
  plan: FollowerDay,
  view: PacingView,
): PacingEvent[] {
  const pain = clamp(usual + plan.offset);
  const items: SessionItemLog[] = [];
  if (plan.walks)
    items.push({
      exerciseId: 'walk',
      minutes: Math.round((quotaFor(view, WALKING)?.value ?? 5) * plan.factor),
      status: 'done',
    });
  if (plan.lifts && n % 2 === 0) {
    // First efforts of 17 reps start the quota near the top of 15, so variants and sets come into play.
    const lift = quotaFor(view, PUSH_UPS, 'wall-push');
    const reps = lift?.baseline === undefined ? 17 : lift.value;
    const feedback = plan.tooHard ? 'too_hard' : 'right';
    items.push({
      exerciseId: lift?.exerciseId ?? 'wall-push',
      reps,
      sets: lift?.sets ?? 1,
      status: 'done',
      feedback,
    });
  }
  const events: PacingEvent[] = [checkin(n, pain, { flare: plan.flare })];
  if (items.length > 0)
    events.push(session(n, items, { before: pain, after: clamp(pain + plan.rise) }));
  return events;
}

/** Days since day 0. */
export function dayIndex(local: LocalDate): number {
  return Math.round((Date.parse(local) - Date.parse(day(0))) / 86_400_000);
}
