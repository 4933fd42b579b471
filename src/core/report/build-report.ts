/** What the visit report says: a pure function from the period's rows to the report's data. */
import { countDaysIncluded, weekStartOf, type LocalDate } from '../calendar.js';
import { isRedFlagStop } from '../safety-review.js';
import { pegChange, psfsChange } from './outcomes.js';
import type {
  PainPoint,
  RaisedItem,
  ReportData,
  ReportInput,
  ReportPattern,
  ReportPacingChange,
  Shortlist,
  StopSign,
} from './types.js';

/**
 * How many lines each list may take so that the report stays on one page whatever the data;
 * past them the report says "and N more". Texts are cut to a line's worth too.
 */
export const REPORT_LIMITS = { pacing: 5, stopSigns: 3, insights: 3, relief: 4, raised: 4, textChars: 140 } as const;

/** The first `limit` items, and how many were left out. */
export function shortlist<T>(items: readonly T[], limit: number): Shortlist<T> {
  return { items: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/** A text cut to `max` characters on a word boundary where possible, with an ellipsis. */
export function clipText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

const inPeriod = (input: ReportInput) => (day: string) => day >= input.from && day <= input.to;
const newestFirst = <T>(dayOf: (item: T) => string) => (a: T, b: T) => (dayOf(a) < dayOf(b) ? 1 : dayOf(a) > dayOf(b) ? -1 : 0);

/** Each day's mean pain (1 decimal) and the days marked as a flare, oldest first. */
function painOf(input: ReportInput): ReportData['pain'] {
  const within = inPeriod(input);
  const byDay = new Map<string, { sum: number; n: number; flare: boolean }>();
  for (const c of input.checkins) {
    if (!within(c.localDate)) continue;
    const day = byDay.get(c.localDate) ?? { sum: 0, n: 0, flare: false };
    byDay.set(c.localDate, { sum: day.sum + c.pain, n: day.n + 1, flare: day.flare || c.flare });
  }
  const days = [...byDay.keys()].sort();
  const points: PainPoint[] = days.map((day) => {
    const { sum, n } = byDay.get(day) ?? { sum: 0, n: 1 };
    return { day, pain: Math.round((sum / n) * 10) / 10 };
  });
  const weekly = countDaysIncluded(input.from, input.to) > WEEKLY_AFTER_DAYS ? weeklyMeans(points) : [];
  return { points, weekly, flareDays: days.filter((day) => byDay.get(day)?.flare === true), checkinDays: days.length };
}

/** Past 8 weeks the chart adds a weekly mean. */
const WEEKLY_AFTER_DAYS = 56;

function weeklyMeans(points: readonly PainPoint[]): PainPoint[] {
  const byWeek = new Map<LocalDate, number[]>();
  for (const p of points) byWeek.set(weekStartOf(p.day), [...(byWeek.get(weekStartOf(p.day)) ?? []), p.pain]);
  return [...byWeek].map(([day, pains]) => ({ day, pain: Math.round((pains.reduce((a, b) => a + b, 0) / pains.length) * 10) / 10 }));
}

function adherenceOf(input: ReportInput): ReportData['adherence'] {
  const within = inPeriod(input);
  const sessions = input.sessions.filter((s) => within(s.localDate));
  const minutesOf = (list: readonly { minutes: number }[]) => Math.round(list.reduce((sum, s) => sum + s.minutes, 0));
  const plannedDays = input.plannedDays?.filter((d) => within(d.localDate)) ?? [];
  const covered = new Set(plannedDays.map((d) => d.localDate));
  const doneOnPlannedDays = sessions.filter((s) => covered.has(s.localDate));
  return {
    sessionsDone: sessions.length,
    partial: sessions.filter((s) => s.partial).length,
    minutesDone: minutesOf(sessions),
    planned: plannedDays.length === 0 ? null : {
      days: covered.size,
      sessions: plannedDays.reduce((sum, d) => sum + d.sessions, 0),
      sessionsDone: doneOnPlannedDays.length,
      minutes: minutesOf(plannedDays),
      minutesDone: minutesOf(doneOnPlannedDays),
    },
  };
}

function stopSignsOf(input: ReportInput): Shortlist<StopSign> {
  const within = inPeriod(input);
  const stops = input.sessions
    .filter((s) => within(s.localDate) && s.stopReason !== null && isRedFlagStop(s.stopReason))
    .map((s) => ({ day: s.localDate, reason: s.stopReason ?? '' }))
    .sort(newestFirst((s: StopSign) => s.day));
  return shortlist(stops, REPORT_LIMITS.stopSigns);
}

function pacingOf(input: ReportInput): Shortlist<ReportPacingChange> {
  const within = inPeriod(input);
  const changes = input.pacingChanges
    .filter((c) => within(c.at))
    .map((c) => ({ ...c, message: clipText(c.message, REPORT_LIMITS.textChars) }))
    .sort(newestFirst((c: ReportPacingChange) => c.at));
  return shortlist(changes, REPORT_LIMITS.pacing);
}

/** The first sentence of a text (the insights' first sentence states the effect, its interval and days). */
export function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? text;
}

/** Only the claims that passed every honesty rule; the meaningful ones and the widest evidence first. */
function insightsOf(input: ReportInput): Shortlist<ReportPattern> {
  const claimed = input.patterns
    .filter((p) => p.claimed)
    .map((p) => ({ ...p, message: clipText(firstSentence(p.message), REPORT_LIMITS.textChars + 40) }))
    .sort((a, b) => Number(b.meaningful) - Number(a.meaningful) || b.n - a.n);
  return shortlist(claimed, REPORT_LIMITS.insights);
}

/** The person's notes to the clinician and the check-ins marked "something new", newest first. */
function raisedOf(input: ReportInput): Shortlist<RaisedItem> {
  const within = inPeriod(input);
  const clip = (text: string | null) => (text === null || text.trim() === '' ? null : clipText(text, REPORT_LIMITS.textChars));
  const items: RaisedItem[] = [
    ...input.notes.filter((n) => within(n.localDate)).map((n): RaisedItem => ({ day: n.localDate, kind: 'note', text: clip(n.body) })),
    ...input.checkins
      .filter((c) => c.somethingNew && within(c.localDate))
      .map((c): RaisedItem => ({ day: c.localDate, kind: 'something_new', text: clip(c.note) })),
  ];
  return shortlist(items.sort(newestFirst((i: RaisedItem) => i.day)), REPORT_LIMITS.raised);
}

/** The visit report's data for the period: codes and numbers, nothing drawn or worded yet. */
export function buildVisitReport(input: ReportInput): ReportData {
  const within = inPeriod(input);
  return {
    header: {
      practiceName: input.practiceName, patientName: input.patientName,
      from: input.from, to: input.to, madeOn: input.madeOn, paper: input.paper,
    },
    pain: painOf(input),
    adherence: adherenceOf(input),
    pacing: pacingOf(input),
    stopSigns: stopSignsOf(input),
    outcomes: {
      peg: pegChange(input.peg.filter((a) => within(a.localDate))),
      psfs: psfsChange(withBaseline(input.psfs, input.from, input.to)),
    },
    insights: insightsOf(input),
    relief: [...(input.relief ?? [])].sort((a, b) => b.mean - a.mean).slice(0, REPORT_LIMITS.relief),
    raised: raisedOf(input),
  };
}

/** The paper of a practice's locale: US Letter in the United States and Canada, else A4. */
export function paperForLocale(locale: string | null): 'a4' | 'letter' {
  const region = locale?.split('-')[1]?.toUpperCase();
  return region === 'US' || region === 'CA' ? 'letter' : 'a4';
}

/**
 * The scores in the period, led by the last one before it when there is one: a PSFS is asked
 * rarely, so the score a period starts from is usually older than the period.
 */
function withBaseline<T extends { localDate: LocalDate }>(scores: readonly T[], from: LocalDate, to: LocalDate): T[] {
  const sorted = [...scores].filter((s) => s.localDate <= to).sort((a, b) => (a.localDate < b.localDate ? -1 : a.localDate > b.localDate ? 1 : 0));
  const before = sorted.filter((s) => s.localDate < from).at(-1);
  const inside = sorted.filter((s) => s.localDate >= from);
  return before ? [before, ...inside] : inside;
}
