/**
 * "Visit report": a one-page PDF download for a period, on a patient's record (the clinician)
 * and on the person's clinicians page. The days are optional: empty, the server picks the time
 * since the last review, or the last 4 weeks.
 */
import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useToday } from '../../hooks/useToday.js';
import { useMessages } from '../../i18n/useMessages.js';
import { reportMessages } from './messages.js';
import { periodProblem, type FieldProblem } from './period-problem.js';
import { offerDownload } from '../../lib/download.js';
import { fetchVisitReport, type ReportOwner } from './report-file.js';
import './report.css';


/** The download form; `timeZone` is the report subject's, whose days the period counts. */
export function VisitReportDownload({ owner, timeZone }: { owner: ReportOwner; timeZone: string }) {
  const m = useMessages(reportMessages);
  const today = useToday(timeZone);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<FieldProblem>(null);
  const [done, setDone] = useState(false);
  const id = owner.kind === 'me' ? 'my-report' : `report-${owner.patientId}`;
  const download = useAction(async () => {
    const file = await fetchVisitReport(owner, { ...(from ? { from } : {}), ...(to ? { to } : {}) });
    offerDownload(file.blob, file.name);
    setDone(true);
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const found = periodProblem(from, to, m);
    setProblem(found);
    if (found) document.getElementById(`${id}-${found.field}`)?.focus();
    else void download.run();
  };
  const errorFor = (field: 'from' | 'to') =>
    problem?.field === field ? problem.message : download.error?.field === field ? download.error.message : null;
  return (
    <section className="card visit-report" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.heading}</h2>
      <p>{owner.kind === 'me' ? m.personIntro : m.clinicianIntro}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <p className="muted">{owner.kind === 'me' ? m.personDefault : m.clinicianDefault}</p>
        <div className="visit-report__days">
          <TextField id={`${id}-from`} type="date" label={m.fromLabel} value={from} max={today} onChange={(e) => setFrom(e.target.value)} error={errorFor('from')} />
          <TextField id={`${id}-to`} type="date" label={m.toLabel} value={to} max={today} onChange={(e) => setTo(e.target.value)} error={errorFor('to')} />
        </div>
        {download.error && !download.error.field ? <ErrorMessage error={download.error} /> : null}
        <button type="submit" className="button button--secondary" aria-disabled={download.pending || undefined}>
          {download.pending ? m.downloading : m.download}
        </button>
        <p role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>{done ? m.done : ''}</p>
      </form>
    </section>
  );
}
