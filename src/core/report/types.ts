/**
 * The one-page visit report (issue 11) as data: what goes in is decided here, as codes and
 * numbers; the server's catalog turns them into words and pdfkit draws them.
 */
import type { LocalDate } from '../calendar.js';
import type { PatternCode } from '../insights/types.js';
import type { ReliefKind } from '../journal/detail.js';
import type { ReasonCode } from '../pacing/types.js';

/** The paper the practice prints on. */
export type Paper = 'a4' | 'letter';

/** One check-in as the report reads it; `note` only when the reader may see the person's notes. */
export interface ReportCheckin {
  localDate: LocalDate;
  pain: number;
  flare: boolean;
  somethingNew: boolean;
  note: string | null;
}

/** One logged session as the report reads it. */
export interface ReportSession {
  localDate: LocalDate;
  minutes: number;
  partial: boolean;
  stopReason: string | null;
}

/** What one day of a stored week planned. */
export interface ReportPlannedDay {
  localDate: LocalDate;
  sessions: number;
  minutes: number;
}

/** One change of pacing, with pacing's own sentence. */
export interface ReportPacingChange {
  at: LocalDate;
  code: ReasonCode;
  message: string;
}

/** One weekly PEG answer (three 0-10 items). */
export interface ReportPeg {
  localDate: LocalDate;
  pain: number;
  enjoyment: number;
  activity: number;
}

/** One PSFS score (the mean of the activities' 0-10 ratings; higher is better). */
export interface ReportPsfs {
  localDate: LocalDate;
  score: number;
}

/** One insight as the insights service states it. */
export interface ReportPattern {
  code: PatternCode;
  claimed: boolean;
  meaningful: boolean;
  effect: number | null;
  ci: [number, number] | null;
  n: number;
  message: string;
}

/** What helped, as the person rated it (the insights' "what helped", shown from 5 ratings). */
export interface ReportRelief {
  kind: ReliefKind;
  mean: number;
  ci: [number, number];
  n: number;
}

/** A note the person wrote to their clinician. */
export interface ReportNote {
  localDate: LocalDate;
  body: string;
}

/** Everything the report is made from, for the period `from`-`to` (both included). */
export interface ReportInput {
  from: LocalDate;
  to: LocalDate;
  madeOn: LocalDate;
  patientName: string;
  practiceName: string | null;
  paper: Paper;
  checkins: readonly ReportCheckin[];
  sessions: readonly ReportSession[];
  /** Null when no week of the period was ever planned. */
  plannedDays: readonly ReportPlannedDay[] | null;
  pacingChanges: readonly ReportPacingChange[];
  peg: readonly ReportPeg[];
  psfs: readonly ReportPsfs[];
  patterns: readonly ReportPattern[];
  /** What helped (issue 14); none when nothing was rated 5 times. */
  relief?: readonly ReportRelief[];
  notes: readonly ReportNote[];
}

/** A list cut to what fits, and how many were left out. */
export interface Shortlist<T> {
  items: T[];
  more: number;
}

/** One day on the pain chart: the day's mean pain (1 decimal). */
export interface PainPoint {
  day: LocalDate;
  pain: number;
}

/** How a change of an outcome compares with its meaningful change. */
export type ChangeMark = 'meaningful' | 'possibly_meaningful' | 'not_meaningful';

/** The first and last score of an outcome in the period, and what the change means. */
export interface OutcomeChange {
  firstOn: LocalDate;
  first: number;
  lastOn: LocalDate;
  last: number;
  /** Null with one score only. */
  change: number | null;
  direction: 'better' | 'worse' | 'same' | null;
  mark: ChangeMark | null;
}

/** A red-flag stop of a session. */
export interface StopSign {
  day: LocalDate;
  reason: string;
}

/** Something the person wanted to raise. */
export interface RaisedItem {
  day: LocalDate;
  kind: 'note' | 'something_new';
  text: string | null;
}

/** Sessions and minutes done against those planned, over the days that had a stored week. */
export interface PlannedAdherence {
  days: number;
  sessions: number;
  sessionsDone: number;
  minutes: number;
  minutesDone: number;
}

/** The report, ready for words and drawing. */
export interface ReportData {
  header: { practiceName: string | null; patientName: string; from: LocalDate; to: LocalDate; madeOn: LocalDate; paper: Paper };
  /**
   * `weekly`: each ISO week's mean of the daily means (day = its Monday), for periods longer than
   * 8 weeks, where a year of daily points is too dense to read alone; empty otherwise.
   */
  pain: { points: PainPoint[]; weekly: PainPoint[]; flareDays: LocalDate[]; checkinDays: number };
  adherence: {
    /** Every session of the period. */
    sessionsDone: number;
    partial: number;
    minutesDone: number;
    /** Against the plan, on the days of the period that had a stored week; null with none. */
    planned: PlannedAdherence | null;
  };
  pacing: Shortlist<ReportPacingChange>;
  stopSigns: Shortlist<StopSign>;
  outcomes: { peg: OutcomeChange | null; psfs: OutcomeChange | null };
  insights: Shortlist<ReportPattern>;
  /** What helped most first, at most `REPORT_LIMITS.relief` kinds, said on one line. */
  relief: ReportRelief[];
  raised: Shortlist<RaisedItem>;
}
