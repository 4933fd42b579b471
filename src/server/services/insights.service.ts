/** Insights for the signed-in person, over their own calendar days. */
import { addDays, toLocalDate, weekStartOf, type LocalDate } from '../../core/calendar.js';
import { buildInsights, sessionInputOf, type InsightsCheckin, type PegAnswer } from '../../core/insights/index.js';
import { activityKeyOf, quotaHistory } from '../../core/pacing/index.js';
import { plannedSessionCount } from '../../core/planner/plan-summary.js';
import { toZonedDateTimeInput } from '../../core/zoned-time.js';
import type { InsightsQuery, InsightsResponse } from '../../contract/insights.js';
import { listCheckins, type StoredCheckin } from '../../db/checkin.repository.js';
import { ProfileSchema } from '../../contract/profile.js';
import { listPegAnswers } from '../../db/questionnaire.repository.js';
import { listWeeklyPlans } from '../../db/plan.repository.js';
import { findProfile } from '../../db/profile.repository.js';
import { listSessionLogs } from '../../db/session-log.repository.js';
import { read } from '../../core/access/policy.js';
import { requireAccess, type SubjectRef } from '../access.js';
import type { Person, Services } from '../context.js';
import type { Library } from './library.service.js';
import { libraryForSubject } from './subject-library.js';
import { checkDateRange } from './date-range.js';
import { loadPacingEvents, replayContext } from './pacing-events.js';

const DEFAULT_DAYS = 90;

function toInsightsCheckin(row: StoredCheckin, timeZone: string): InsightsCheckin {
  const localHour = Number(toZonedDateTimeInput(row.at, timeZone).slice(11, 13));
  return {
    localDate: row.localDate, localHour, pain: row.pain, flare: row.flare,
    sleep: row.sleep, mood: row.mood, energy: row.energy, stiffness: row.stiffness, stress: row.stress,
    detail: row.detail,
  };
}

/**
 * What was planned: pacing's quotas at the start of each day, from its replay (so every day counts
 * whether or not the person opened their week), and sessions per stored week.
 */
async function plannedOf(services: Services, library: Library, subject: SubjectRef, range: { from: LocalDate; to: LocalDate; today: LocalDate }) {
  const [{ events, prescription }, profile, weeks] = await Promise.all([
    loadPacingEvents(services, subject),
    findProfile(services.db, subject.id),
    listWeeklyPlans(services.db, subject.id, weekStartOf(range.from), weekStartOf(range.to)),
  ]);
  const parsed = profile ? ProfileSchema.safeParse(profile.data) : null;
  const context = { ...replayContext(library, parsed?.success ? parsed.data : null, prescription), today: range.today };
  const quotasByDay = quotaHistory(events, context);
  const plannedSessionsByWeek: Record<LocalDate, number> = {};
  for (const { weekStart, plan } of weeks) plannedSessionsByWeek[weekStart] = plannedSessionCount(plan);
  return { quotasByDay, plannedSessionsByWeek };
}

/** The person's insights between two of their days; the last 90 days by default. */
export async function getInsights(services: Services, builtin: Library, actor: Person, subjectId: string, query: InsightsQuery): Promise<InsightsResponse> {
  const subject = await requireAccess(services, actor, read('insights'), subjectId);
  // A clinician's own exercises in this person's sessions count like the library's (issue 11).
  const library = await libraryForSubject(services, builtin, subject.id);
  const today = toLocalDate(services.clock.now(), subject.timeZone);
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  checkDateRange(from, to);
  const [checkinRows, pegs, sessionRows, planned] = await Promise.all([
    listCheckins(services.db, subject.id, { by: 'day', from, to }),
    listPegAnswers(services.db, subject.id, from, to),
    listSessionLogs(services.db, subject.id, from, to),
    plannedOf(services, library, subject, { from, to, today }),
  ]);
  const pillarOf = (id: string) => library.index().get(id)?.pillar;
  const isPerSide = (id: string) => library.index().get(id)?.dose.perSide === true;
  const activityOf = (id: string) => {
    const exercise = library.index().get(id);
    return exercise ? activityKeyOf(exercise, library.index()) : null;
  };
  const insights = buildInsights({
    from, to, ...planned,
    checkins: checkinRows.map((row) => toInsightsCheckin(row, subject.timeZone)),
    sessions: sessionRows.map((log) => sessionInputOf(log, pillarOf, isPerSide, activityOf)),
    peg: pegs.map(({ localDate, pain, enjoyment, activity }): PegAnswer => ({ localDate, pain, enjoyment, activity })),
  });
  return { ...insights, from, to };
}
