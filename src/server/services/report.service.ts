/**
 * The one-page visit report: the period chosen, its rows read, core deciding what the report
 * says, and the page drawn. A clinician's download is checked against the link and audited.
 */
import { practice, read } from '../../core/access/policy.js';
import { toLocalDate } from '../../core/calendar.js';
import { AppError } from '../../core/errors.js';
import { buildVisitReport, choosePeriod, paperForLocale, type ReportData } from '../../core/report/index.js';
import type { ReportQuery, ReportSettings, ReportSettingsRequest } from '../../contract/report.js';
import { findLastReviewAt, findReportSettings, REPORT_SETTING_KEYS } from '../../db/report.repository.js';
import { saveSetting } from '../../db/settings.repository.js';
import { audit, requireAccess, type Subject } from '../access.js';
import type { Person, Services } from '../context.js';
import { drawVisitReport } from '../report/draw.js';
import { readReportRows } from '../report/rows.js';
import type { Library } from './library.service.js';
import { libraryForSubject } from './subject-library.js';

/** The report's bytes and the file name to save it under. */
export interface VisitReportFile {
  pdf: Buffer;
  fileName: string;
}

const PERIOD_PROBLEMS = {
  ends_before_start: 'The period ends before it starts.',
  too_long: 'Ask for a period of at most a year.',
} as const;

/**
 * The visit report of `subjectId` as data: for the person themselves, or for a linked clinician
 * (whose default period starts at their own last review).
 */
export async function makeVisitReportData(
  services: Services, library: Library, actor: Person, subjectId: string, query: ReportQuery,
): Promise<{ report: ReportData; locale: string | null }> {
  const subject = await requireAccess(services, actor, read('report'), subjectId);
  const clinicianId = subject.relation.kind === 'clinician' ? actor.id : null;
  const today = toLocalDate(services.clock.now(), subject.timeZone);
  const lastReviewAt = await findLastReviewAt(services.db, subject.id, clinicianId);
  const period = choosePeriod({ from: query.from, to: query.to, today, lastReviewOn: lastReviewAt === null ? null : toLocalDate(lastReviewAt, subject.timeZone) });
  if (!period.ok) throw new AppError('validation_failed', PERIOD_PROBLEMS[period.problem], 'to');
  const subjectLibrary = await libraryForSubject(services, library, subject.id);
  const [rows, settings] = await Promise.all([
    readReportRows(services, subjectLibrary, { subject, from: period.from, to: period.to, today, clinicianId }),
    findReportSettings(services.db),
  ]);
  const report = buildVisitReport({
    ...rows, from: period.from, to: period.to, madeOn: today, patientName: nameOf(subject),
    practiceName: settings.practiceName, paper: paperForLocale(settings.locale),
  });
  return { report, locale: settings.locale };
}

/** The visit report as a one-page PDF. */
export async function makeVisitReport(services: Services, library: Library, actor: Person, subjectId: string, query: ReportQuery): Promise<VisitReportFile> {
  const { report, locale } = await makeVisitReportData(services, library, actor, subjectId, query);
  const pdf = await drawVisitReport(report, { locale, now: services.clock.now() });
  return { pdf, fileName: `pacewise-visit-report-${report.header.from}-to-${report.header.to}.pdf` };
}

function nameOf(subject: Subject): string {
  return subject.name ?? subject.email;
}

function presentSettings(settings: { locale: string | null; practiceName: string | null }): ReportSettings {
  return { ...settings, paper: paperForLocale(settings.locale) };
}

/** The practice's report settings. */
export async function getReportSettings(services: Services, actor: Person): Promise<ReportSettings> {
  await requireAccess(services, actor, practice('settings'), actor.id);
  return presentSettings(await findReportSettings(services.db));
}

/** Sets the practice's name and locale for the report; the change is written to the audit log. */
export async function updateReportSettings(services: Services, actor: Person, input: ReportSettingsRequest): Promise<ReportSettings> {
  await requireAccess(services, actor, practice('settings'), actor.id);
  const now = services.clock.now();
  const changes = [
    [REPORT_SETTING_KEYS.locale, input.locale],
    [REPORT_SETTING_KEYS.practiceName, input.practiceName],
  ] as const;
  for (const [key, value] of changes) {
    if (value !== undefined) await saveSetting(services.db, key, JSON.stringify(value ?? ''), now, actor.id);
  }
  await audit(services, actor, [null], 'practice:settings');
  return presentSettings(await findReportSettings(services.db));
}
