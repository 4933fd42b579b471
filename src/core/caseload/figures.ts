/**
 * One caseload row's figures, from a patient's data in their own calendar (issue 10). Pure: the
 * patient's "today" comes in; every day is the patient's, never the clinician's.
 */
import { addDays, weekStartOf, type LocalDate } from '../calendar.js';
import { isRedFlagStop } from '../safety-review.js';

/** Remote-monitoring programs count a month as monitored with data on 16 of 30 days. */
export const MONITORED_DAYS = 16;
export const DATA_WINDOW_DAYS = 30;
/** The pain means need check-ins on this many days of each window, or they are not given. */
export const MIN_PAIN_DAYS = { recent: 4, baseline: 14 } as const;
/** A change is meaningful at 2 points or 30 % of the 28-day mean, either way. */
export const MEANINGFUL_CHANGE = { points: 2, fraction: 0.3 } as const;
export const FLARE_WINDOW_DAYS = 14;
/** Stop signs of this many days are shown even when already reviewed. */
export const STOP_SIGN_WINDOW_DAYS = 14;
export const ADHERENCE_WEEKS = 4;

/** A check-in as the caseload reads it. */
export interface CaseloadCheckin {
  localDate: LocalDate;
  pain: number;
  flare: boolean;
}

/** A session as the caseload reads it. */
export interface CaseloadSession {
  localDate: LocalDate;
  startedAt: string;
  stopReason: string | null;
}

/** A PEG answer: pain, enjoyment of life and general activity, each 0-10. */
export interface PegCheckin {
  localDate: LocalDate;
  at: string;
  pain: number;
  enjoyment: number;
  activity: number;
}

/** Sessions planned in one stored week: in all, and on the days up to a given day. */
export interface PlannedWeek {
  weekStart: LocalDate;
  /** The date of each planned session (one entry per session). */
  sessionDates: readonly LocalDate[];
}

/** What one row is computed from; the windows need only the last 30 days (and the PEGs). */
export interface CaseloadInput {
  today: LocalDate;
  checkins: readonly CaseloadCheckin[];
  sessions: readonly CaseloadSession[];
  /** Red-flag or other stops since the window the service read (may reach past 30 days). */
  stops: readonly CaseloadSession[];
  weeks: readonly PlannedWeek[];
  firstPeg: PegCheckin | null;
  latestPeg: PegCheckin | null;
  lastCheckinOn: LocalDate | null;
  lastReviewAt: string | null;
}

export type ChangeMark = 'better' | 'worse' | 'none';

/** The 7-day and 28-day mean pain (of each day's mean) and whether the change means something. */
export interface PainFigures {
  recentMean: number | null;
  baselineMean: number | null;
  recentDays: number;
  baselineDays: number;
  change: number | null;
  mark: ChangeMark | null;
}

/** Sessions done against planned; `planned` is null when no stored week speaks to it. */
export interface Adherence {
  done: number;
  planned: number | null;
}

/** A red-flag stop in a session, and whether a review came after it. */
export interface StopSignFigure {
  reason: string;
  localDate: LocalDate;
  at: string;
  reviewed: boolean;
}

/** A PEG score: the mean of its three items. */
export interface PegScore {
  localDate: LocalDate;
  score: number;
}

/** Everything a caseload row shows, before the attention rule reads it. */
export interface CaseloadFigures {
  lastCheckinOn: LocalDate | null;
  daysWithData: number;
  isMonitored: boolean;
  thisWeek: Adherence & { plannedWeek: number | null };
  fourWeeks: Adherence;
  pain: PainFigures;
  flareDays: number;
  stopSigns: StopSignFigure[];
  peg: { first: PegScore | null; latest: PegScore | null; change: number | null };
  lastReviewAt: string | null;
}

/** All of one row's figures. */
export function buildCaseloadFigures(input: CaseloadInput): CaseloadFigures {
  const since = (days: number) => addDays(input.today, -(days - 1));
  const firstPeg = input.firstPeg ? pegScoreOf(input.firstPeg) : null;
  const latestPeg = input.latestPeg ? pegScoreOf(input.latestPeg) : null;
  const flareDays = new Set(input.checkins.filter((c) => c.flare && c.localDate >= since(FLARE_WINDOW_DAYS)).map((c) => c.localDate));
  return {
    lastCheckinOn: input.lastCheckinOn,
    daysWithData: countDaysWithData(input),
    isMonitored: countDaysWithData(input) >= MONITORED_DAYS,
    ...adherenceOf(input),
    pain: painFigures(input.checkins, input.today),
    flareDays: flareDays.size,
    stopSigns: stopSignsOf(input),
    peg: { first: firstPeg, latest: latestPeg, change: pegChange(input, firstPeg, latestPeg) },
    lastReviewAt: input.lastReviewAt,
  };
}

/** Days of the last 30 (today included) with a check-in or a session. */
export function countDaysWithData(input: Pick<CaseloadInput, 'today' | 'checkins' | 'sessions'>): number {
  const from = addDays(input.today, -(DATA_WINDOW_DAYS - 1));
  const days = new Set<LocalDate>();
  for (const entry of [...input.checkins, ...input.sessions]) {
    if (entry.localDate >= from && entry.localDate <= input.today) days.add(entry.localDate);
  }
  return days.size;
}

/** True at 2 points or 30 % of the baseline, either way (edges included). */
export function isMeaningfulChange(recent: number, baseline: number): boolean {
  const change = Math.abs(recent - baseline);
  if (change === 0) return false;
  const epsilon = 1e-9;
  return change >= MEANINGFUL_CHANGE.points - epsilon || change >= MEANINGFUL_CHANGE.fraction * baseline - epsilon;
}

/** The mark of a change in mean pain: higher pain is worse. */
export function markChange(recent: number, baseline: number): ChangeMark {
  if (!isMeaningfulChange(recent, baseline)) return 'none';
  return recent > baseline ? 'worse' : 'better';
}

/** 7-day against 28-day mean pain, each the mean of each day's mean; null without enough days. */
export function painFigures(checkins: readonly CaseloadCheckin[], today: LocalDate): PainFigures {
  const recent = dailyMeans(checkins, addDays(today, -6), today);
  const baseline = dailyMeans(checkins, addDays(today, -27), today);
  const recentMean = recent.length >= MIN_PAIN_DAYS.recent ? mean(recent) : null;
  const baselineMean = baseline.length >= MIN_PAIN_DAYS.baseline ? mean(baseline) : null;
  const both = recentMean !== null && baselineMean !== null;
  return {
    recentMean,
    baselineMean,
    recentDays: recent.length,
    baselineDays: baseline.length,
    change: both ? recentMean - baselineMean : null,
    mark: both ? markChange(recentMean, baselineMean) : null,
  };
}

function dailyMeans(checkins: readonly CaseloadCheckin[], from: LocalDate, to: LocalDate): number[] {
  const byDay = new Map<LocalDate, number[]>();
  for (const c of checkins) {
    if (c.localDate < from || c.localDate > to) continue;
    byDay.set(c.localDate, [...(byDay.get(c.localDate) ?? []), c.pain]);
  }
  return [...byDay.values()].map(mean);
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** This week's and the last four weeks' sessions, done against planned up to today. */
function adherenceOf(input: CaseloadInput): Pick<CaseloadFigures, 'thisWeek' | 'fourWeeks'> {
  const monday = weekStartOf(input.today);
  const firstMonday = addDays(monday, -7 * (ADHERENCE_WEEKS - 1));
  const doneFrom = (from: LocalDate) => input.sessions.filter((s) => s.localDate >= from && s.localDate <= input.today).length;
  const plannedFrom = (from: LocalDate, to: LocalDate) => {
    const weeks = input.weeks.filter((w) => w.weekStart >= from && w.weekStart <= monday);
    if (weeks.length === 0) return null;
    return weeks.reduce((sum, w) => sum + w.sessionDates.filter((d) => d >= from && d <= to).length, 0);
  };
  const doneInPlannedWeeks = input.sessions.filter(
    (s) => s.localDate >= firstMonday && s.localDate <= input.today && input.weeks.some((w) => w.weekStart === weekStartOf(s.localDate)),
  ).length;
  return {
    thisWeek: { done: doneFrom(monday), planned: plannedFrom(monday, input.today), plannedWeek: plannedFrom(monday, addDays(monday, 6)) },
    fourWeeks: { done: doneInPlannedWeeks, planned: plannedFrom(firstMonday, input.today) },
  };
}

/** Red-flag stops in the last 14 days or since the last review, newest first. */
function stopSignsOf(input: CaseloadInput): StopSignFigure[] {
  const from = addDays(input.today, -(STOP_SIGN_WINDOW_DAYS - 1));
  const reviewedAt = input.lastReviewAt === null ? null : Date.parse(input.lastReviewAt);
  return input.stops
    .filter((s) => s.stopReason !== null && isRedFlagStop(s.stopReason))
    .map((s) => ({ reason: s.stopReason ?? '', localDate: s.localDate, at: s.startedAt, reviewed: reviewedAt !== null && Date.parse(s.startedAt) <= reviewedAt }))
    .filter((s) => !s.reviewed || s.localDate >= from)
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/** A PEG score, the mean of its three items. */
export function pegScoreOf(peg: PegCheckin): PegScore {
  return { localDate: peg.localDate, score: (peg.pain + peg.enjoyment + peg.activity) / 3 };
}

function pegChange(input: CaseloadInput, first: PegScore | null, latest: PegScore | null): number | null {
  if (!first || !latest || !input.firstPeg || !input.latestPeg || input.firstPeg.at === input.latestPeg.at) return null;
  return latest.score - first.score;
}
