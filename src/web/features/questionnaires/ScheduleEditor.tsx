/** One instrument's schedule for a patient: how often it is asked, changeable by the clinician (PUT). */
import { useId, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { ScheduleSchema } from '../../../contract/questionnaire.js';
import { toLocalDate } from '../../../core/calendar.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { formatDay } from '../../lib/format.js';
import { clinicianQuestionnaireMessages, EVERY_DAYS_CHOICES } from './clinician-messages.js';
import { useInstrumentTitle } from './useItemText.js';

type Schedule = z.infer<typeof ScheduleSchema>;

const OFF = 'off';

/** The choices, with the current value kept when it is not one of them. */
function choicesWith(current: number | null): number[] {
  const all = new Set<number>(EVERY_DAYS_CHOICES);
  if (current !== null) all.add(current);
  return [...all].sort((a, b) => a - b);
}

/** A row: the title, the current schedule and who set it, and a select with Save. */
export function ScheduleEditor({ patientId, schedule, timeZone }: { patientId: string; schedule: Schedule; timeZone: string }) {
  const m = useMessages(clinicianQuestionnaireMessages);
  const locale = useFormatLocale();
  const titleOf = useInstrumentTitle('clinician');
  const id = useId();
  const title = titleOf(schedule.instrument, schedule.title);
  const [saved, setSaved] = useState<Schedule>(schedule);
  const [choice, setChoice] = useState(saved.everyDays === null ? OFF : String(saved.everyDays));
  const [status, setStatus] = useState('');
  const save = useAction(async (everyDays: number | null) => {
    const next = await callApi('putPatientQuestionnaireSchedule', { params: { patientId, instrument: schedule.instrument }, body: { everyDays } });
    setSaved(next);
    setStatus(m.saved(title, next.everyDays));
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    void save.run(choice === OFF ? null : Number(choice));
  };
  return (
    <li className="q-schedule">
      <h4 className="q-schedule__title">{title}</h4>
      {saved.insideCheckin ? <p>{m.insideCheckin}</p> : <p>{m.current(saved.everyDays)}</p>}
      <p className="muted">{saved.setBy ? m.setBy(saved.setBy.name, formatDay(toLocalDate(saved.setBy.at, timeZone), locale)) : m.ownSchedule}</p>
      {saved.insideCheckin ? null : (
        <form className="q-schedule__form" noValidate onSubmit={onSubmit}>
          <label htmlFor={id} className="field__label">{m.often(title)}</label>
          <select id={id} className="field__input field__select" value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value={OFF}>{m.options.off}</option>
            {choicesWith(saved.everyDays).map((days) => <option key={days} value={String(days)}>{m.options.every(days)}</option>)}
          </select>
          <button type="submit" className="button button--secondary" aria-disabled={save.pending || undefined}>
            {save.pending ? m.saving : m.save}<span className="visually-hidden">{m.saveContext(title)}</span>
          </button>
        </form>
      )}
      <p role="status" className={status ? 'q-schedule__saved' : 'visually-hidden'}>{status}</p>
      {save.error ? <ErrorMessage error={save.error} /> : null}
    </li>
  );
}
