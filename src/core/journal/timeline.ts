/**
 * The whole journal on one timeline (issue 15): check-ins, sessions (done, partial, stopped with
 * the reason), bad days and questionnaire answers, grouped by the person's day, newest first.
 * Pure: the items keep their own shape (the page edits a check-in from its entry), and the
 * order is total, so the same journal always gives the same timeline.
 */
import { countDaysIncluded, type LocalDate } from '../calendar.js';

/** The longest span one timeline read covers (a page of History asks for 30 days). */
export const TIMELINE_MAX_DAYS = 92;

/** What a check-in needs to be placed: its day, its instant, its flare flag and notes. */
export interface TimelineCheckin {
  id: string;
  localDate: LocalDate;
  at: string;
  flare: boolean;
  notes: string | null;
}

/** What a session log needs to be placed and described. */
export interface TimelineSession {
  id: string;
  localDate: LocalDate;
  startedAt: string;
  partial: boolean;
  stopReason: string | null;
  notes: string | null;
}

/** A day the person marked as a bad day, and when they marked it. */
export interface TimelineBadDay {
  localDate: LocalDate;
  markedAt: string;
}

/** A questionnaire answered on its own (not the weekly PEG inside a check-in). */
export interface TimelineAnswer {
  id: string;
  localDate: LocalDate;
  at: string;
}

/** How a session ended: every exercise reached, left partway, or stopped for a reason. */
export type SessionOutcome = 'done' | 'partial' | 'stopped';

/** One entry of the timeline, keeping its item. */
export type TimelineEntry<C, S, A> =
  | { kind: 'checkin'; day: LocalDate; at: string; key: string; flare: boolean; hasNote: boolean; item: C }
  | { kind: 'session'; day: LocalDate; at: string; key: string; outcome: SessionOutcome; hasNote: boolean; item: S }
  | { kind: 'bad_day'; day: LocalDate; at: string; key: string }
  | { kind: 'questionnaire'; day: LocalDate; at: string; key: string; item: A };

/** The entries of one day, newest first. */
export interface TimelineDay<C, S, A> {
  day: LocalDate;
  entries: TimelineEntry<C, S, A>[];
}

/** The kinds the page can filter by; flare-ups and notes cut across check-ins and sessions. */
export const TIMELINE_FILTERS = ['all', 'checkin', 'session', 'flare', 'note', 'bad_day', 'questionnaire'] as const;
/** One filter. */
export type TimelineFilter = (typeof TIMELINE_FILTERS)[number];

/** Everything one timeline merges. */
export interface TimelineInput<C, S, A> {
  checkins: readonly C[];
  sessions: readonly S[];
  badDays: readonly TimelineBadDay[];
  answers: readonly A[];
}

/** How a session ended, from its log. */
export function sessionOutcomeOf(session: Pick<TimelineSession, 'partial' | 'stopReason'>): SessionOutcome {
  if (!session.partial) return 'done';
  return session.stopReason === null ? 'partial' : 'stopped';
}

const hasText = (notes: string | null) => notes !== null && notes.trim() !== '';

function entriesOf<C extends TimelineCheckin, S extends TimelineSession, A extends TimelineAnswer>(
  input: TimelineInput<C, S, A>,
): TimelineEntry<C, S, A>[] {
  return [
    ...input.checkins.map((item) => ({
      kind: 'checkin' as const, day: item.localDate, at: item.at, key: `checkin:${item.id}`,
      flare: item.flare, hasNote: hasText(item.notes), item,
    })),
    ...input.sessions.map((item) => ({
      kind: 'session' as const, day: item.localDate, at: item.startedAt, key: `session:${item.id}`,
      outcome: sessionOutcomeOf(item), hasNote: hasText(item.notes), item,
    })),
    ...input.badDays.map((b) => ({
      kind: 'bad_day' as const, day: b.localDate, at: b.markedAt, key: `bad_day:${b.localDate}`,
    })),
    ...input.answers.map((item) => ({
      kind: 'questionnaire' as const, day: item.localDate, at: item.at, key: `questionnaire:${item.id}`, item,
    })),
  ];
}

/** Newest day first; within a day the latest instant first; the key settles ties. */
function newestFirst(a: { day: string; at: string; key: string }, b: { day: string; at: string; key: string }): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  const byTime = Date.parse(b.at) - Date.parse(a.at);
  if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Merges every kind into days, newest first; a day appears only with an entry. */
export function buildTimeline<C extends TimelineCheckin, S extends TimelineSession, A extends TimelineAnswer>(
  input: TimelineInput<C, S, A>,
): TimelineDay<C, S, A>[] {
  const days: TimelineDay<C, S, A>[] = [];
  for (const entry of entriesOf(input).sort(newestFirst)) {
    const last = days[days.length - 1];
    if (last && last.day === entry.day) last.entries.push(entry);
    else days.push({ day: entry.day, entries: [entry] });
  }
  return days;
}

/** True when an entry belongs under a filter. */
export function matchesTimelineFilter(entry: TimelineEntry<unknown, unknown, unknown>, filter: TimelineFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'flare':
      return entry.kind === 'checkin' && entry.flare;
    case 'note':
      return (entry.kind === 'checkin' || entry.kind === 'session') && entry.hasNote;
    case 'checkin':
    case 'session':
    case 'bad_day':
    case 'questionnaire':
      return entry.kind === filter;
  }
}

/** The days with at least one entry under the filter, keeping only those entries. */
export function filterTimeline<C, S, A>(days: readonly TimelineDay<C, S, A>[], filter: TimelineFilter): TimelineDay<C, S, A>[] {
  return days.flatMap((d) => {
    const entries = d.entries.filter((e) => matchesTimelineFilter(e, filter));
    return entries.length > 0 ? [{ day: d.day, entries }] : [];
  });
}

/** True when `from`-`to` is a span one timeline read may cover (both included, in order). */
export function isTimelineSpan(from: LocalDate, to: LocalDate): boolean {
  return from <= to && countDaysIncluded(from, to) <= TIMELINE_MAX_DAYS;
}
