/**
 * The rows a visit report is made from, read for one person and period and decoded into core's
 * report input: check-ins, sessions, the weeks planned, pacing's changes (replayed as the plan
 * replays them), PEG answers, the insights' claims and the notes the person wrote to the clinician.
 */
import { seesPersonalNotes } from '../../core/access/policy.js';
import { toLocalDate, weekStartOf, type LocalDate } from '../../core/calendar.js';
import { buildInsights, sessionInputOf, type InsightsCheckin, type PegAnswer } from '../../core/insights/index.js';
import { activityKeyOf, initialPacing, loggedSessionMinutes, quotaHistory, toPacingSummary, updatePacing } from '../../core/pacing/index.js';
import { plannedMinutesByDay, plannedSessionCount } from '../../core/planner/plan-summary.js';
import type { ReportCheckin, ReportInput, ReportNote, ReportPlannedDay } from '../../core/report/index.js';
import { toZonedDateTimeInput } from '../../core/zoned-time.js';
import { ProfileSchema } from '../../contract/profile.js';
import type { SessionLog } from '../../contract/session-log.js';
import { listNotes } from '../../db/care-note.repository.js';
import { listCheckins, type StoredCheckin } from '../../db/checkin.repository.js';
import { listPegAnswers, listResponses, type DatedPeg } from '../../db/questionnaire.repository.js';
import { PSFS, scoreAnswers } from '../../core/questionnaires/index.js';
import { listWeeklyPlans } from '../../db/plan.repository.js';
import { findProfile } from '../../db/profile.repository.js';
import { listSessionLogs } from '../../db/session-log.repository.js';
import type { Subject } from '../access.js';
import type { Services } from '../context.js';
import type { Library } from '../services/library.service.js';
import { loadPacingEvents, replayContext } from '../services/pacing-events.js';

/** The rows of a report: its input without the header. */
export type ReportRows = Omit<ReportInput, 'from' | 'to' | 'madeOn' | 'patientName' | 'practiceName' | 'paper'>;

/** Whose report, for which days, read by whom (a clinician reads only their own thread of notes). */
export interface RowsRequest {
  subject: Subject;
  from: LocalDate;
  to: LocalDate;
  today: LocalDate;
  clinicianId: string | null;
}

/** Reads and decodes every row the report needs. */
export async function readReportRows(services: Services, library: Library, request: RowsRequest): Promise<ReportRows> {
  const { subject, from, to } = request;
  const [checkinRows, pegs, psfs, sessionLogs, weeks, notes, pacing] = await Promise.all([
    listCheckins(services.db, subject.id, { by: 'day', from, to }),
    listPegAnswers(services.db, subject.id, from, to).then((rows) => rows.map(pegOf)),
    psfsOf(services, request),
    listSessionLogs(services.db, subject.id, from, to),
    listWeeklyPlans(services.db, subject.id, weekStartOf(from), weekStartOf(to)),
    notesOf(services, request),
    replayPacing(services, library, request),
  ]);
  const isPerSide = (id: string) => library.index().get(id)?.dose.perSide === true;
  const showNotes = seesPersonalNotes(subject.relation);
  const plannedDays = weeks.length === 0 ? null : weeks.flatMap(({ plan }) => plannedDaysOf(plan));
  return {
    checkins: checkinRows.map((row) => checkinOf(row, showNotes)),
    sessions: sessionLogs.map((log) => ({
      localDate: log.localDate, minutes: loggedSessionMinutes(log.items, isPerSide), partial: log.partial, stopReason: log.stopReason,
    })),
    plannedDays,
    pacingChanges: pacing.changes.map((c) => ({ at: c.at, code: c.code, message: c.message })),
    peg: pegs,
    psfs,
    ...insightsOf(library, request, { checkinRows, pegs, sessionLogs, weeks, quotas: pacing.quotas }),
    notes,
  };
}

function checkinOf(row: StoredCheckin, showNotes: boolean): ReportCheckin {
  return {
    localDate: row.localDate, pain: row.pain, flare: row.flare, somethingNew: row.somethingNew,
    note: showNotes ? row.notes : null,
  };
}

function pegOf({ localDate, pain, enjoyment, activity }: DatedPeg): PegAnswer {
  return { localDate, pain, enjoyment, activity };
}

function plannedDaysOf(plan: Parameters<typeof plannedSessionCount>[0]): ReportPlannedDay[] {
  if (plan.status !== 'ok') return [];
  const minutes = plannedMinutesByDay(plan);
  return plan.days.map((d) => ({ localDate: d.date, sessions: d.sessions.length, minutes: minutes[d.date] ?? 0 }));
}

/** The person's notes to their clinicians (a clinician sees only the notes to them). */
async function notesOf(services: Services, request: RowsRequest): Promise<ReportNote[]> {
  const notes = await listNotes(services.db, request.subject.id, request.clinicianId ?? undefined);
  return notes
    .filter((n) => n.authorId === request.subject.id)
    .map((n) => ({ localDate: toLocalDate(n.createdAt, request.subject.timeZone), body: n.body }));
}

/** Pacing replayed from every check-in and session, as the week is built; and its quotas by day. */
async function replayPacing(services: Services, library: Library, request: RowsRequest) {
  const [{ events, prescription }, stored] = await Promise.all([loadPacingEvents(services, request.subject), findProfile(services.db, request.subject.id)]);
  const parsed = stored ? ProfileSchema.safeParse(stored.data) : null;
  const profile = parsed?.success ? parsed.data : null;
  // The clinician's prescription bounds pacing here as it does for the week and the insights.
  const context = { ...replayContext(library, profile, prescription), today: request.today };
  const state = updatePacing(initialPacing(), events, context);
  return { changes: toPacingSummary(state, Number.MAX_SAFE_INTEGER).changes, quotas: quotaHistory(events, context) };
}

/**
 * The PSFS scores by day, from its answer sets up to the report's last day (the intake's goals are
 * the first; issue 12): the report takes the last one before the period as the baseline.
 */
async function psfsOf(services: Services, request: RowsRequest): Promise<{ localDate: LocalDate; score: number }[]> {
  const responses = await listResponses(services.db, request.subject.id, { instrument: 'psfs', to: request.to });
  return responses.flatMap((r) => {
    const score = scoreAnswers(PSFS, r.answers).value;
    return score === null ? [] : [{ localDate: r.localDate, score }];
  });
}

interface InsightRows {
  checkinRows: StoredCheckin[];
  pegs: PegAnswer[];
  sessionLogs: SessionLog[];
  weeks: Awaited<ReturnType<typeof listWeeklyPlans>>;
  quotas: ReturnType<typeof quotaHistory>;
}

/** The insights of the period, as the insights page states them: the patterns and what helped. */
function insightsOf(library: Library, request: RowsRequest, rows: InsightRows) {
  const index = library.index();
  const exercise = (id: string) => index.get(id);
  const activityOf = (id: string) => {
    const found = exercise(id);
    return found ? activityKeyOf(found, index) : null;
  };
  const plannedSessionsByWeek: Record<LocalDate, number> = {};
  for (const { weekStart, plan } of rows.weeks) plannedSessionsByWeek[weekStart] = plannedSessionCount(plan);
  const insights = buildInsights({
    from: request.from, to: request.to, quotasByDay: rows.quotas, plannedSessionsByWeek,
    checkins: rows.checkinRows.map((row) => insightsCheckinOf(row, request.subject.timeZone)),
    sessions: rows.sessionLogs.map((log) => sessionInputOf(log, (id) => exercise(id)?.pillar, (id) => exercise(id)?.dose.perSide === true, activityOf)),
    peg: rows.pegs,
  });
  return {
    patterns: insights.patterns.map((p) => ({ code: p.code, claimed: p.claimed, meaningful: p.meaningful, effect: p.effect, ci: p.ci, n: p.n, message: p.message })),
    relief: insights.journal.relief.flatMap((r) => (r.mean !== null && r.ci ? [{ kind: r.kind, mean: r.mean, ci: r.ci, n: r.n }] : [])),
  };
}

function insightsCheckinOf(row: StoredCheckin, timeZone: string): InsightsCheckin {
  const localHour = Number(toZonedDateTimeInput(row.at, timeZone).slice(11, 13));
  return {
    localDate: row.localDate, localHour, pain: row.pain, flare: row.flare,
    sleep: row.sleep, mood: row.mood, energy: row.energy, stiffness: row.stiffness, stress: row.stress,
    detail: row.detail,
  };
}
