/**
 * Pacing (CLINICAL.md §3): check-ins and session logs in, quotas and a change log out.
 *
 * Days are applied in calendar order. Today and yesterday stay open: their events are kept and
 * applied afresh on every call, so a check-in that syncs late, or a session logged before this
 * morning's check-in, lands as if it had come in order. Older days are settled for good; an event
 * for a settled day is not taken (`needsReplay` tells the caller to replay from `initialPacing`).
 * Sending the same session (by `clientId`) or check-in (by `at`) again changes nothing.
 */
import type { LocalDate } from '../calendar.js';
import { dayFromNumber, dayNumber, shiftDay } from './days.js';
import { applyDay } from './day.js';
import { groupByDay, mergeEvents } from './events.js';
import { createLookup, type ExerciseLookup } from './lookup.js';
import { readBounds, type PacingBounds } from './prescribed.js';
import type { PacingChange, PacingContext, PacingCore, PacingEvent, PacingState } from './types.js';
import { finishWork, startWork } from './work.js';

/** Today and yesterday stay open; a day settles once it is this many days old. */
const SETTLES_AFTER_DAYS = 2;
/** The change log keeps the latest entries; older ones can be rebuilt by replaying the events. */
const CHANGES_KEPT = 500;

/** The state of a person with no events yet. */
export function initialPacing(): PacingState {
  const core: PacingCore = {
    mode: 'normal',
    flareSince: null,
    flareLastDay: null,
    quotas: [],
    days: [],
    booms: [],
    lastActiveDay: null,
  };
  return {
    version: 1,
    settledThrough: null,
    core,
    changes: [],
    open: [],
    current: { mode: 'normal', flareSince: null, flareUntil: null, quotas: [], changes: [] },
  };
}

/** Applies new events up to `context.today`; deterministic, and idempotent for events already taken. */
export function updatePacing(
  state: PacingState,
  events: readonly PacingEvent[],
  context: PacingContext,
): PacingState {
  const open = mergeEvents(state.open, events, state.settledThrough);
  const byDay = groupByDay(open);
  const lookup = createLookup(context.exercises, context.canDo);
  const bounds = readBounds(context.prescription, lookup);
  const firstOpen = state.settledThrough
    ? shiftDay(state.settledThrough, 1)
    : (open[0]?.localDate ?? null);
  const lastToSettle = shiftDay(context.today, -SETTLES_AFTER_DAYS);

  let { core, changes, settledThrough } = state;
  if (firstOpen !== null && firstOpen <= lastToSettle) {
    const run = runDays(
      core,
      lookup,
      { from: firstOpen, through: lastToSettle, today: context.today },
      byDay,
      context,
      bounds,
    );
    core = run.core;
    changes = [...changes, ...run.changes].slice(-CHANGES_KEPT);
    settledThrough = lastToSettle;
  }
  const stillOpen =
    settledThrough === null ? open : open.filter((e) => e.localDate > settledThrough);
  const from = settledThrough
    ? shiftDay(settledThrough, 1)
    : (stillOpen[0]?.localDate ?? context.today);
  const now = runDays(core, lookup, { from, through: context.today, today: context.today }, byDay, context, bounds);
  const { mode, flareSince, flareLastDay: flareUntil, quotas } = now.core;
  const current = { mode, flareSince, flareUntil, quotas, changes: now.changes };
  return { version: 1, settledThrough, core, changes, open: stillOpen, current };
}

/** True when some of these events fall on days already settled: replay everything from `initialPacing` to take them. */
export function needsReplay(state: PacingState, events: readonly PacingEvent[]): boolean {
  const settled = state.settledThrough;
  return settled !== null && events.some((event) => event.localDate <= settled);
}

interface DaySpan {
  from: LocalDate;
  through: LocalDate;
  today: LocalDate;
}

function runDays(
  core: PacingCore,
  lookup: ExerciseLookup,
  span: DaySpan,
  byDay: ReadonlyMap<LocalDate, PacingEvent[]>,
  context: Pick<PacingContext, 'observeDay' | 'dayMinutes'>,
  bounds: PacingBounds,
): { core: PacingCore; changes: PacingChange[] } {
  const work = startWork(structuredClone(core), lookup, context.observeDay, context.dayMinutes, bounds);
  const last = dayNumber(span.through);
  for (let n = dayNumber(span.from); n <= last; n++) {
    const day = dayFromNumber(n);
    applyDay(work, day, n, byDay.get(day) ?? [], day < span.today);
  }
  return { core: finishWork(work), changes: work.changes };
}
