/**
 * Events as pacing keeps them: only the fields it reads (a check-in's notes or body map never enter
 * the pacing state), one of each (a session by `clientId`, a check-in by `at`), by day and time.
 */
import type { LocalDate } from '../calendar.js';
import type { StopReason } from '../session-player/types.js';
import type { CheckinEvent, DoseAmount, EasedAmount, PacingEvent, SessionEvent, SessionItemLog } from './types.js';

/** A stored session log, as repositories return it. */
export interface LoggedSession {
  clientId: string;
  startedAt: string;
  localDate: LocalDate;
  painBefore: number;
  painAfter: number | null;
  items: readonly SessionItemLog[];
  partial: boolean;
  stopReason?: StopReason | null;
  toleranceTest?: boolean;
}

/** A stored check-in, as repositories return it. */
export interface LoggedCheckin {
  at: string;
  localDate: LocalDate;
  pain: number;
  flare: boolean;
}

/** The pacing event of a stored session log: the one place a log becomes an event (server and simulations alike). */
export function sessionEventOf(log: LoggedSession): SessionEvent {
  const event: SessionEvent = {
    kind: 'session',
    clientId: log.clientId,
    startedAt: log.startedAt,
    localDate: log.localDate,
    painBefore: log.painBefore,
    painAfter: log.painAfter,
    items: log.items.map(itemFieldsOf),
  };
  if (log.partial) event.partial = true;
  if (log.stopReason) event.stopReason = log.stopReason;
  if (log.toleranceTest) event.toleranceTest = true;
  return event;
}

/** The pacing event of a stored check-in. */
export function checkinEventOf(checkin: LoggedCheckin): CheckinEvent {
  const { at, localDate, pain, flare } = checkin;
  return { kind: 'checkin', at, localDate, pain, flare };
}

/** The identity of an event, for dropping one sent twice. */
export function eventKey(event: PacingEvent): string {
  return event.kind === 'session' ? `s|${event.clientId}` : `c|${event.at}`;
}

/** The open events with new ones added: no duplicates, none for settled days, in order. */
export function mergeEvents(
  open: readonly PacingEvent[],
  events: readonly PacingEvent[],
  settledThrough: LocalDate | null,
): PacingEvent[] {
  const seen = new Set(open.map(eventKey));
  const fresh: PacingEvent[] = [];
  for (const event of events) {
    const key = eventKey(event);
    if (seen.has(key) || (settledThrough !== null && event.localDate <= settledThrough)) continue;
    seen.add(key);
    fresh.push(pacingFieldsOf(event));
  }
  return fresh.length === 0 ? [...open] : sortEvents([...open, ...fresh]);
}

/** The events of each day, in the order given. */
export function groupByDay(events: readonly PacingEvent[]): Map<LocalDate, PacingEvent[]> {
  const byDay = new Map<LocalDate, PacingEvent[]>();
  for (const event of events) {
    const list = byDay.get(event.localDate);
    if (list) list.push(event);
    else byDay.set(event.localDate, [event]);
  }
  return byDay;
}

/** A copy with only the fields pacing reads; optional ones only when present. */
function pacingFieldsOf(event: PacingEvent): PacingEvent {
  if (event.kind === 'checkin') {
    const { at, localDate, pain, flare } = event;
    return { kind: 'checkin', at, localDate, pain, flare } satisfies CheckinEvent;
  }
  const { clientId, startedAt, localDate, painBefore, painAfter } = event;
  const session: SessionEvent = {
    kind: 'session',
    clientId,
    startedAt,
    localDate,
    painBefore,
    painAfter,
    items: event.items.map(itemFieldsOf),
  };
  if (event.partial !== undefined) session.partial = event.partial;
  if (event.stopReason !== undefined) session.stopReason = event.stopReason;
  if (event.toleranceTest !== undefined) session.toleranceTest = event.toleranceTest;
  return session;
}

const ITEM_AMOUNTS = ['minutes', 'sets', 'reps', 'holdSeconds'] as const;

function amountOf(dose: DoseAmount): DoseAmount {
  const copy: DoseAmount = {};
  for (const field of ITEM_AMOUNTS) if (dose[field] !== undefined) copy[field] = dose[field];
  return copy;
}

function easedOf(eased: EasedAmount): EasedAmount {
  const copy: EasedAmount = amountOf(eased);
  if (eased.from !== undefined) copy.from = eased.from;
  if (eased.rest === true) copy.rest = true;
  return copy;
}

function itemFieldsOf(item: SessionItemLog): SessionItemLog {
  const copy: SessionItemLog = { exerciseId: item.exerciseId, status: item.status, ...amountOf(item) };
  if (item.feedback !== undefined) copy.feedback = item.feedback;
  if (item.painDuring !== undefined) copy.painDuring = item.painDuring;
  if (item.planned !== undefined) copy.planned = amountOf(item.planned);
  if (item.eased !== undefined) copy.eased = easedOf(item.eased);
  return copy;
}

type Keyed = { event: PacingEvent; time: string; key: string };

// Canonical UTC instants (`2025-03-03T08:00:00.000Z`) sort as text; others are parsed once.
const CANONICAL_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function instantKey(event: PacingEvent): string {
  const instant = event.kind === 'session' ? event.startedAt : event.at;
  if (CANONICAL_INSTANT.test(instant)) return instant;
  const time = Date.parse(instant);
  return Number.isNaN(time) ? instant : new Date(time).toISOString();
}

function compareKeyed(a: Keyed, b: Keyed): number {
  if (a.event.localDate !== b.event.localDate)
    return a.event.localDate < b.event.localDate ? -1 : 1;
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function sortEvents(events: readonly PacingEvent[]): PacingEvent[] {
  const keyed = events.map((event) => ({ event, time: instantKey(event), key: eventKey(event) }));
  // Events mostly come in order; checking is cheaper than sorting.
  const isSorted = keyed.every((k, i) => compareKeyed(keyed[i - 1] ?? k, k) <= 0);
  return (isSorted ? keyed : keyed.sort(compareKeyed)).map((k) => k.event);
}
