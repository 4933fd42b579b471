/**
 * The journal's parts of a CSV export (issue 14): a check-in's detail as columns of
 * `checkins.csv`, the lessons read or put off (`lessons.csv`) and the flare plan (`flare_plan.csv`).
 * Lists are written `;`-separated; a region's pain as `lower_back:6`; relief as `heat:6/7` (how
 * much it helped then / when asked again later; a side left empty when not said).
 */
import type { FlarePlan } from '../flare-plan.js';
import type { CheckinDetail, ReliefEntry } from '../journal/detail.js';
import type { LessonEvent } from '../lessons/catalog.js';
import { toCsv, type CsvCell } from './csv.js';
import type { CsvFile } from './csv-rows.js';
import { toZonedIsoInstant } from './zoned-instant.js';

/** The detail's columns of `checkins.csv`, after the check-in's own. */
export const DETAIL_HEADER = ['region_pain', 'spreads_to', 'descriptors', 'triggers', 'other_trigger', 'relief', 'other_relief', 'medication'];

const list = (values: readonly string[]): string | null => (values.length === 0 ? null : values.join(';'));

/** How much one kind of relief helped, then and later: `heat:6/7`, `heat:6`, `heat:/7` or `heat`. */
export function reliefCell(entry: ReliefEntry): string {
  if (entry.helped === null && entry.helpedLater === null) return entry.kind;
  if (entry.helpedLater === null) return `${entry.kind}:${entry.helped}`;
  return `${entry.kind}:${entry.helped ?? ''}/${entry.helpedLater}`;
}

/** The detail's cells, in `DETAIL_HEADER`'s order; all empty for a check-in without detail. */
export function detailCells(detail: CheckinDetail | null): CsvCell[] {
  if (detail === null) return DETAIL_HEADER.map(() => null);
  return [
    list(detail.regionPain.map((r) => `${r.region}:${r.pain}`)),
    list(detail.spreadsTo),
    list(detail.descriptors),
    list(detail.triggers),
    detail.otherTrigger,
    list(detail.relief.map(reliefCell)),
    detail.otherRelief,
    detail.medication,
  ];
}

/** `lessons.csv`: every lesson read or put off ("later"), oldest first. */
export function lessonsCsv(events: readonly LessonEvent[], timeZone: string): CsvFile {
  const rows = events.map((e): CsvCell[] => [e.lessonId, e.kind, toZonedIsoInstant(e.at, timeZone)]);
  return { name: 'lessons.csv', text: toCsv(['lesson_id', 'event', 'at'], rows) };
}

/** A flare plan with when it was last written. */
export type CsvFlarePlan = FlarePlan & { updatedAt: string };

const PLAN_HEADER = ['helps', 'helps_own_words', 'first_days', 'stop_doing', 'tell_who', 'tell_ask', 'call_doctor', 'updated_at'];

/** `flare_plan.csv`: the flare plan in one row, or only the header when there is none. */
export function flarePlanCsv(plan: CsvFlarePlan | null, timeZone: string): CsvFile {
  const rows: CsvCell[][] = plan
    ? [[list(plan.helps), plan.helpsOwnWords, plan.firstDays, plan.stopDoing, plan.tellWho, plan.tellAsk, plan.callDoctor, toZonedIsoInstant(plan.updatedAt, timeZone)]]
    : [];
  return { name: 'flare_plan.csv', text: toCsv(PLAN_HEADER, rows) };
}
