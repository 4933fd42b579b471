/**
 * A patient's record at `/practice/patients/:id`: who they are and since when, "Mark reviewed",
 * then their week, pacing, pain history, insights, sessions, intake and safety, and the notes.
 * Someone not (or no longer) linked gets a plain "not found or no longer shared" page.
 */
import { lazy, Suspense, useState } from 'react';
import { toLocalDate } from '../../../core/calendar.js';
import type { PatientSummary } from '../../../contract/patient.routes.js';
import { isApiError } from '../../api/api-error.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { Page } from '../../components/Page.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useToday } from '../../hooks/useToday.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatLongDay } from '../../lib/format.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { PatientNotes } from '../care/PatientNotes.js';
import { VisitReportDownload } from '../report/VisitReportDownload.js';
import { PlanSettingsSection } from '../prescription/PlanSettingsSection.js';
import { MarkReviewed } from './MarkReviewed.js';
import { practiceMessages } from './messages.js';
import { prescriptionMessages } from '../prescription/messages.js';
import { PatientDownloads } from '../your-data/PatientDownloads.js';
import { clinicianQuestionnaireMessages } from '../questionnaires/clinician-messages.js';
import { dataMessages } from '../your-data/messages.js';
import { PatientResetLink } from '../recovery/ResetLinkMaker.js';
import { InsightsSection, IntakeSection, PacingSection, SessionsSection, WeekSection } from './RecordSections.js';

// The chart library is loaded only when a record opens.
const PatientQuestionnaires = lazy(() => import('../questionnaires/PatientQuestionnaires.js').then((module) => ({ default: module.PatientQuestionnaires })));
const RecordPainHistory = lazy(() => import('./RecordPainHistory.js').then((module) => ({ default: module.RecordPainHistory })));

/** The record page. */
export function PatientPage({ id }: { id: string }) {
  const m = useMessages(practiceMessages).record;
  const query = useQuery(`patient:${id}`, () => callApi('getPatient', { params: { patientId: id } }));
  if (query.status === 'error' && isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) {
    return (
      <Page title={m.notFoundTitle}>
        <p>{m.notFound}</p>
        <Link to={PATHS.caseload}>{m.back}</Link>
      </Page>
    );
  }
  if (query.status !== 'success') {
    return (
      <div className="page">
        {query.status === 'loading' ? <Loading /> : <ErrorMessage error={query.error} onRetry={query.reload} />}
      </div>
    );
  }
  return <Record patient={query.data} />;
}

const SECTIONS = ['record-settings', 'record-week', 'record-pacing', 'record-history', 'record-insights', 'record-questionnaires', 'record-sessions', 'record-intake', 'record-notes', 'record-downloads'] as const;

function Record({ patient }: { patient: PatientSummary }) {
  const m = useMessages(practiceMessages).record;
  const locale = useFormatLocale();
  const name = patient.name ?? patient.email;
  const today = useToday(patient.timeZone);
  const settings = useMessages(prescriptionMessages).section;
  // Bumped when a plan setting changes: the week and pacing below load again, rebuilt with it.
  const [version, setVersion] = useState(0);
  const q = useMessages(clinicianQuestionnaireMessages);
  const downloads = useMessages(dataMessages).downloads;
  const titles = [settings.title, m.week(name), m.pacing, m.history, m.insights, q.heading, m.sessions, m.intake, m.notes, downloads.patientHeading];
  return (
    <Page title={name}>
      <div className="record-header">
        <p>{m.linkedSince(formatLongDay(toLocalDate(patient.linkedSince, patient.timeZone), locale))}</p>
        <p>{patient.sharesNotes ? m.sharesNotes : m.keepsNotes}</p>
        <p className="muted">{m.timeZone(patient.timeZone)}</p>
        <p><Link to={PATHS.caseload}>{m.back}</Link></p>
      </div>
      <div className="record-columns">
        <MarkReviewed patientId={patient.id} />
        <div className="record-body">
          <nav className="record-contents" aria-label={m.contents}>
            <ul>{SECTIONS.map((section, n) => <li key={section}><a href={`#${section}`}>{titles[n]}</a></li>)}</ul>
          </nav>
          <VisitReportDownload owner={{ kind: 'patient', patientId: patient.id }} timeZone={patient.timeZone} />
          <PlanSettingsSection patientId={patient.id} name={name} onChanged={() => setVersion((v) => v + 1)} />
          <WeekSection key={`week-${version}`} patientId={patient.id} name={name} />
          <PacingSection key={`pacing-${version}`} patientId={patient.id} />
          <Suspense fallback={<Loading />}>
            <RecordPainHistory patientId={patient.id} today={today} />
          </Suspense>
          <InsightsSection patientId={patient.id} />
          <Suspense fallback={<Loading />}>
            <PatientQuestionnaires patientId={patient.id} timeZone={patient.timeZone} />
          </Suspense>
          <SessionsSection patientId={patient.id} today={today} />
          <IntakeSection patientId={patient.id} timeZone={patient.timeZone} />
          {/* The notes carry their own heading. */}
          <div id="record-notes" className="record-section">
            <PatientNotes patientId={patient.id} patientName={name} />
          </div>
          <PatientDownloads patientId={patient.id} timeZone={patient.timeZone} />
          <PatientResetLink patientId={patient.id} name={name} timeZone={patient.timeZone} />
        </div>
      </div>
    </Page>
  );
}
