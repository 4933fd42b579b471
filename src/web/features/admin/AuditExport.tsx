/** Export the audit log between two days of the admin's calendar, as JSON or CSV. */
import { useState, type FormEvent } from 'react';
import { addDays } from '../../../core/calendar.js';
import { findAuditRangeProblem } from '../../../core/practice-admin.js';
import { RadioGroup } from '../../components/ChoiceGroup.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useToday } from '../../hooks/useToday.js';
import { useMessages } from '../../i18n/useMessages.js';
import { downloadText } from '../account/export-file.js';
import { fetchAuditFile, type AuditFormat } from './audit-file.js';
import { adminMessages } from './messages.js';

type RangeError = { field: 'from' | 'to'; message: string } | null;

/** The export form: two days, a file type, a download button. */
export function AuditExport({ timeZone }: { timeZone: string }) {
  const m = useMessages(adminMessages).audit;
  const today = useToday(timeZone);
  const [from, setFrom] = useState(() => addDays(today, -29));
  const [to, setTo] = useState(today);
  const [format, setFormat] = useState<AuditFormat>('csv');
  const [problem, setProblem] = useState<RangeError>(null);
  const [done, setDone] = useState(false);
  const download = useAction(async () => {
    const file = await fetchAuditFile({ from, to }, format);
    downloadText(file.text, file.name, file.type);
    setDone(true);
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const found = rangeError(from, to, m);
    setProblem(found);
    if (found) document.getElementById(`audit-${found.field}`)?.focus();
    else void download.run();
  };
  const errorFor = (field: 'from' | 'to') =>
    problem?.field === field ? problem.message : download.error?.field === field ? download.error.message : null;
  return (
    <section className="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{m.heading}</h2>
      <p>{m.body}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <div className="audit-range">
          <TextField id="audit-from" type="date" label={m.fromLabel} value={from} max={today} onChange={(e) => setFrom(e.target.value)} error={errorFor('from')} />
          <TextField id="audit-to" type="date" label={m.toLabel} value={to} max={today} onChange={(e) => setTo(e.target.value)} error={errorFor('to')} />
        </div>
        <RadioGroup
          legend={m.formatLegend}
          layout="row"
          value={format}
          onChange={setFormat}
          options={[
            { value: 'csv', label: m.csv, hint: m.csvHint },
            { value: 'json', label: m.json, hint: m.jsonHint },
          ]}
        />
        {download.error && !download.error.field ? <ErrorMessage error={download.error} /> : null}
        <button type="submit" className="button button--secondary" aria-disabled={download.pending || undefined}>
          {download.pending ? m.downloading : m.download}
        </button>
        <p role="status" className={done ? undefined : 'visually-hidden'}>
          {done ? m.done : ''}
        </p>
      </form>
    </section>
  );
}

function rangeError(from: string, to: string, m: (typeof adminMessages)['en']['audit']): RangeError {
  switch (findAuditRangeProblem(from, to)) {
    case null:
      return null;
    case 'from_invalid':
      return { field: 'from', message: m.dayRequired };
    case 'to_invalid':
      return { field: 'to', message: m.dayRequired };
    case 'reversed':
      return { field: 'to', message: m.reversed };
    case 'too_long':
      return { field: 'to', message: m.tooLong };
  }
}
