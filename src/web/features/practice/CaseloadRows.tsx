/** The caseload's rows: a table at tablet and desktop width, a list of cards on a phone. */
import type { ReactNode } from 'react';
import { toLocalDate } from '../../../core/calendar.js';
import type { CaseloadRow } from '../../../contract/practice.js';
import { useAccount } from '../auth/session-context.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatDay } from '../../lib/format.js';
import { Link } from '../../router/Link.js';
import { pathTo } from '../../router/match-route.js';
import { OutcomeChanges } from '../questionnaires/OutcomeChanges.js';
import { clinicianQuestionnaireMessages } from '../questionnaires/clinician-messages.js';
import { displayName } from './caseload-view.js';
import { practiceMessages } from './messages.js';

type Words = (typeof practiceMessages)['en'];

/** A stop reason's words, for codes the web knows; the code itself otherwise. */
function stopWords(m: Words, reason: string): string {
  return (m.stopReasons as Record<string, string>)[reason] ?? reason;
}

/** The sentences saying why a row needs attention. */
function reasonWords(m: Words, row: CaseloadRow, locale: string): string[] {
  const day = (d: string) => formatDay(d, locale);
  return row.attention.map((r) => {
    switch (r.code) {
      case 'stop_sign':
        return m.caseload.reasons.stop_sign(r.count, day(r.lastOn));
      case 'pain_worse':
        return m.caseload.reasons.pain_worse(r.change);
      case 'flares':
        return m.caseload.reasons.flares(r.days);
      case 'no_checkin':
        return m.caseload.reasons.no_checkin(r.since === null ? null : day(r.since));
      case 'low_adherence':
        return m.caseload.reasons.low_adherence(r.done, r.planned);
    }
  });
}

function Attention({ row }: { row: CaseloadRow }) {
  const m = useMessages(practiceMessages);
  const locale = useFormatLocale();
  const reasons = reasonWords(m, row, locale);
  const hasStop = row.attention.some((r) => r.code === 'stop_sign');
  return (
    <div className="caseload-attention">
      {hasStop ? <p className="stop-badge"><span aria-hidden="true">⚠ </span>{m.caseload.stopSigns}</p> : null}
      {reasons.length === 0 ? <p className="muted">{m.caseload.nothing}</p> : <ul className="plain-list">{reasons.map((text) => <li key={text}>{text}</li>)}</ul>}
      {row.stopSigns.length > 0 ? (
        <ul className="plain-list caseload-stops">
          {row.stopSigns.map((s) => (
            <li key={`${s.localDate}-${s.reason}`}>
              {m.caseload.stopSignOn(stopWords(m, s.reason), formatDay(s.localDate, locale))} {s.reviewed ? m.caseload.reviewedMark : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Each figure of a row in words, shared by the table cells and the cards. */
function useFigures(row: CaseloadRow) {
  const m = useMessages(practiceMessages).caseload;
  const locale = useFormatLocale();
  const { timeZone } = useAccount();
  const { pain, peg } = row;
  return {
    lastCheckin: row.lastCheckinOn ? formatDay(row.lastCheckinOn, locale) : m.never,
    days: (
      <>
        {row.daysWithData}
        {row.isMonitored ? <span className="tag" title={m.monitoredTitle}> · {m.monitored}</span> : null}
      </>
    ),
    sessions: (
      <>
        <span className="block">{m.thisWeek(row.thisWeek.done, row.thisWeek.planned)}</span>
        <span className="block muted">{m.fourWeeks(row.fourWeeks.done, row.fourWeeks.planned)}</span>
      </>
    ),
    pain:
      pain.recentMean === null || pain.baselineMean === null || pain.mark === null ? (
        <span className="muted">{m.notEnough}</span>
      ) : (
        <>
          <span className="block">{m.painMeans(pain.recentMean, pain.baselineMean)}</span>
          <span className={`change-mark change-mark--${pain.mark}`}>{m.marks[pain.mark]}</span>
        </>
      ),
    flares: String(row.flareDays),
    peg: peg.first && peg.latest && peg.change !== null ? m.pegChange(peg.first.score, peg.latest.score) : peg.first ? m.pegOnce : m.none,
    review: row.lastReview ? `${formatDay(toLocalDate(row.lastReview.reviewedAt, timeZone), locale)}, ${m.reviewed(row.lastReview.minutes)}` : m.never,
  };
}

function NameLink({ row }: { row: CaseloadRow }) {
  const m = useMessages(practiceMessages).caseload;
  const name = displayName(row);
  return (
    <Link to={pathTo('patient', { id: row.patientId })} aria-label={m.openRecord(name)}>
      {name}
    </Link>
  );
}

function TableRow({ row }: { row: CaseloadRow }) {
  const f = useFigures(row);
  return (
    <tr className={row.tier === 0 ? 'caseload-row caseload-row--stop' : 'caseload-row'}>
      <th scope="row"><NameLink row={row} /></th>
      <td><Attention row={row} /></td>
      <td>{f.lastCheckin}</td>
      <td>{f.days}</td>
      <td>{f.sessions}</td>
      <td>{f.pain}</td>
      <td>{f.flares}</td>
      <td>{f.peg}</td>
      <td><OutcomeChanges outcomes={row.outcomes} /></td>
      <td>{f.review}</td>
    </tr>
  );
}

/** The rows as a table with headers (tablet and desktop). */
export function CaseloadTable({ rows }: { rows: readonly CaseloadRow[] }) {
  const m = useMessages(practiceMessages).caseload;
  const q = useMessages(clinicianQuestionnaireMessages);
  const c = m.columns;
  return (
    <div className="table-wrap caseload-table" role="region" aria-label={m.caption} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{m.caption}</caption>
        <thead>
          <tr>
            {[c.patient, c.attention, c.lastCheckin, c.days, c.sessions, c.pain, c.flares, c.peg, q.caseloadColumn, c.review].map((label) => <th key={label} scope="col">{label}</th>)}
          </tr>
        </thead>
        <tbody>{rows.map((row) => <TableRow key={row.patientId} row={row} />)}</tbody>
      </table>
    </div>
  );
}

function Card({ row }: { row: CaseloadRow }) {
  const m = useMessages(practiceMessages).caseload;
  const q = useMessages(clinicianQuestionnaireMessages);
  const f = useFigures(row);
  const c = m.columns;
  const outcomes = <OutcomeChanges outcomes={row.outcomes} />;
  const facts: [string, ReactNode][] = [[c.lastCheckin, f.lastCheckin], [c.days, f.days], [c.sessions, f.sessions], [c.pain, f.pain], [c.flares, f.flares], [c.peg, f.peg], [q.caseloadColumn, outcomes], [c.review, f.review]];
  return (
    <li className={row.tier === 0 ? 'card caseload-card caseload-card--stop' : 'card caseload-card'}>
      <h3 className="caseload-card__name"><NameLink row={row} /></h3>
      <Attention row={row} />
      <dl className="caseload-facts">
        {facts.map(([term, value]) => (
          <div key={term}><dt>{term}</dt><dd>{value}</dd></div>
        ))}
      </dl>
    </li>
  );
}

/** The rows as cards (phones). */
export function CaseloadCards({ rows }: { rows: readonly CaseloadRow[] }) {
  return <ul className="caseload-cards">{rows.map((row) => <Card key={row.patientId} row={row} />)}</ul>;
}
