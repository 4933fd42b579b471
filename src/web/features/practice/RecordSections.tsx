/**
 * The sections of a patient's record, each loading its own part through the patient routes:
 * the week and why, pacing with reasons, insights, sessions, intake and safety answers.
 */
import type { ReactNode } from 'react';
import { addDays, toLocalDate, type LocalDate } from '../../../core/calendar.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { sharedMessages } from '../../components/messages.js';
import { useExerciseIndex } from '../../hooks/useExercises.js';
import { useQuery, type QueryState } from '../../hooks/useQuery.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatDay, formatLongDay } from '../../lib/format.js';
import { intakeMessages } from '../intake/messages.js';
import { pacingMessages } from '../pacing/messages.js';
import { describeQuota } from '../pacing/pacing-words.js';
import { practiceMessages } from './messages.js';

/** A titled section of the record that shows its query's loading and error states. */
export function RecordSection<T>({ id, title, query, children }: { id: string; title: string; query: QueryState<T> & { reload: () => void }; children: (data: T) => ReactNode }) {
  return (
    <section className="record-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {query.status === 'loading' ? <Loading /> : null}
      {query.status === 'error' ? <ErrorMessage error={query.error} onRetry={query.reload} /> : null}
      {query.status === 'success' ? children(query.data) : null}
    </section>
  );
}

/** The patient's week and the reasons they read for it. */
export function WeekSection({ patientId, name }: { patientId: string; name: string }) {
  const m = useMessages(practiceMessages).record;
  const locale = useFormatLocale();
  const query = useQuery(`patient-plan:${patientId}`, () => callApi('getPatientPlan', { params: { patientId } }));
  return (
    <RecordSection id="record-week" title={m.week(name)} query={query}>
      {({ plan }) => (
        <>
          {plan.status === 'refer' ? <p className="notice notice--caution">{m.referred}</p> : (
            <ul className="record-list">
              {plan.days.map((day) => (
                <li key={day.date}>
                  <strong>{formatDay(day.date, locale)}</strong>:{' '}
                  {day.sessions.length === 0 ? m.dayRest : m.daySessions(day.sessions.length, day.sessions.reduce((sum, s) => sum + s.minutes, 0))}
                </li>
              ))}
            </ul>
          )}
          <p className="muted">{m.weekIntro(name)}</p>
          <ul>{plan.reasons.map((r) => <li key={r.code}>{r.message}</li>)}</ul>
        </>
      )}
    </RecordSection>
  );
}

/** Pacing: the mode, today's amounts, and every change with its reason. */
export function PacingSection({ patientId }: { patientId: string }) {
  const m = useMessages(practiceMessages).record;
  const p = useMessages(pacingMessages);
  const locale = useFormatLocale();
  const query = useQuery(`patient-pacing:${patientId}`, () => callApi('getPatientPacing', { params: { patientId } }));
  return (
    <RecordSection id="record-pacing" title={m.pacing} query={query}>
      {(pacing) => (
        <>
          <p>{m.pacingMode[pacing.mode]}</p>
          {pacing.quotas.length > 0 ? <ul>{pacing.quotas.map((q) => <li key={q.activity}>{describeQuota(q, p.quota)}</li>)}</ul> : null}
          {pacing.changes.length === 0 ? <p>{m.noChanges}</p> : (
            <ol className="record-list">
              {[...pacing.changes].reverse().map((c, n) => (
                <li key={`${c.at}-${c.activity}-${n}`}>
                  <p><time dateTime={c.at}>{formatLongDay(c.at, locale)}</time></p>
                  <p>{c.message}</p>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </RecordSection>
  );
}

/** Insights, with what they still need and the weeks' consistency. */
export function InsightsSection({ patientId }: { patientId: string }) {
  const m = useMessages(practiceMessages).record;
  const locale = useFormatLocale();
  const query = useQuery(`patient-insights:${patientId}`, () => callApi('getPatientInsights', { params: { patientId } }));
  return (
    <RecordSection id="record-insights" title={m.insights} query={query}>
      {(insights) => (
        <>
          <p className="muted">{m.insightsIntro}</p>
          {insights.needs ? <p>{insights.needs.message}</p> : null}
          <ul>{insights.patterns.filter((pattern) => pattern.claimed).map((pattern) => <li key={`${pattern.code}-${pattern.pillar ?? ''}`}>{pattern.message}</li>)}</ul>
          <ul>{insights.consistency.slice(-4).map((w) => <li key={w.weekStart}>{m.consistency(formatDay(w.weekStart, locale), w.done, w.planned)}</li>)}</ul>
        </>
      )}
    </RecordSection>
  );
}

/** Sessions of the last 30 days: pain before and after, stops, and each exercise's feedback. */
export function SessionsSection({ patientId, today }: { patientId: string; today: LocalDate }) {
  const m = useMessages(practiceMessages);
  const locale = useFormatLocale();
  const names = useExerciseIndex();
  const query = useQuery(`patient-sessions:${patientId}`, () => callApi('listPatientSessions', { params: { patientId }, query: { from: addDays(today, -29), to: today } }));
  const nameOf = (id: string) => (names.status === 'success' ? (names.data.get(id)?.name ?? id) : id);
  return (
    <RecordSection id="record-sessions" title={m.record.sessions} query={query}>
      {({ items }) => items.length === 0 ? <p>{m.record.noSessions}</p> : (
        <ul className="record-list">
          {items.map((log) => (
            <li key={log.id}>
              <h3>{formatLongDay(log.localDate, locale)}</h3>
              {log.stopReason ? <p className="stop-badge">{m.record.stopReason((m.stopReasons as Record<string, string>)[log.stopReason] ?? log.stopReason)}</p> : log.partial ? <p>{m.record.partial}</p> : null}
              <p>{m.record.painBeforeAfter(log.painBefore, log.painAfter)}</p>
              <ul>
                {log.items.map((item, n) => (
                  <li key={`${item.exerciseId}-${n}`}>
                    {nameOf(item.exerciseId)}: {m.record.itemStatus[item.status] ?? item.status}{item.feedback ? `, ${m.record.feedback[item.feedback] ?? item.feedback}` : ''}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </RecordSection>
  );
}

/** The intake answers and the safety status, with their dates. */
export function IntakeSection({ patientId, timeZone }: { patientId: string; timeZone: string }) {
  const { record: m, stopReasons: stops } = useMessages(practiceMessages);
  const shared = useMessages(sharedMessages);
  const intake = useMessages(intakeMessages);
  const locale = useFormatLocale();
  const profile = useQuery(`patient-profile:${patientId}`, () => callApi('getPatientProfile', { params: { patientId } }));
  const safety = useQuery(`patient-safety:${patientId}`, () => callApi('getPatientSafety', { params: { patientId } }));
  return (
    <>
      <RecordSection id="record-intake" title={m.intake} query={profile}>
        {({ profile: answers, updatedAt }) => (
          <>
          <p>{m.intakeSaved(formatDay(toLocalDate(updatedAt, timeZone), locale))}</p>
          <dl className="caseload-facts">
            <div><dt>{m.painAreas}</dt><dd>{shared.listJoin(answers.painAreas.map((a) => shared.painAreas[a]))}</dd></div>
            <div><dt>{intake.conditions.legend}</dt><dd>{shared.listJoin(answers.conditions.map((c) => intake.conditions.options[c]))}</dd></div>
            <div><dt>{intake.mobility.legend}</dt><dd>{intake.mobility.options[answers.mobility]}</dd></div>
          </dl>
          </>
        )}
      </RecordSection>
      <RecordSection id="record-safety" title={m.safetyTitle} query={safety}>
        {(status) => (
          <>
            <p>{m.safetyScreened(formatDay(toLocalDate(status.screenedAt, timeZone), locale))}</p>
            <p><strong>{m.safetyStatus[status.outcome.status === 'clear' ? 'clear' : status.outcome.status === 'clearance_needed' ? 'clearance_needed' : 'refer']}</strong></p>
            {status.hold ? <p className="stop-badge">{m.stopReason(stops[status.hold.reason])}</p> : null}
            {status.review.due ? <p>{m.safetyDue}</p> : null}
          </>
        )}
      </RecordSection>
    </>
  );
}
