/** The settings form: which reminders and when, the days, quiet hours and the daily maximum. */
import { useRef, useState } from 'react';
import { DAY_NUMBERS } from '../../../core/planner/plan.js';
import {
  MAX_PER_DAY_LIMITS,
  REMINDER_KINDS,
  type ReminderKind,
} from '../../../core/reminders/settings.js';
import type { ReminderSettingsSchema } from '../../../contract/reminder.js';
import { callApi } from '../../api/client.js';
import { CheckboxGroup, RadioGroup } from '../../components/ChoiceGroup.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { focusFirstInvalid } from '../../lib/focus-first-invalid.js';
import { reminderMessages } from './messages.js';
import {
  findReminderFormProblems,
  readDays,
  toPutRemindersRequest,
  toReminderForm,
  type ReminderForm,
  type ReminderFormProblem,
} from './reminder-form.js';

interface ReminderChoicesProps {
  settings: ReminderSettingsSchema;
  onSaved: () => void;
}

const MAX_OPTIONS = Array.from(
  { length: MAX_PER_DAY_LIMITS.max - MAX_PER_DAY_LIMITS.min + 1 },
  (_, index) => String(MAX_PER_DAY_LIMITS.min + index),
);

/** The form, filled from the stored settings; saving keeps "all off" as it was. */
export function ReminderChoices({ settings, onSaved }: ReminderChoicesProps) {
  const m = useMessages(reminderMessages).form;
  const { form, change, problems, saved, save, submit, box } = useReminderForm(settings, onSaved);
  return (
    <form
      ref={box}
      className="card form reminders-form"
      aria-labelledby="reminders-form-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id="reminders-form-heading">{m.heading}</h2>
      <KindChoices form={form} problems={problems} onChange={change} />
      <DayChoices form={form} problems={problems} onChange={change} />
      <QuietHours form={form} problems={problems} onChange={change} />
      <DailyLimit form={form} problems={problems} onChange={change} />
      {problems.length > 0 ? (
        <p role="alert" className="field__error">
          {m.fixBelow}
        </p>
      ) : null}
      {save.error ? <ErrorMessage error={save.error} /> : null}
      <button
        type="submit"
        className="button button--primary"
        aria-disabled={save.pending || undefined}
      >
        {save.pending ? m.saving : m.save}
      </button>
      <p role="status" className={saved ? 'notice notice--success' : 'visually-hidden'}>
        {saved ? m.saved : ''}
      </p>
    </form>
  );
}

/** The form's state, its problems, and saving (focus lands on the first problem). */
function useReminderForm(settings: ReminderSettingsSchema, onSaved: () => void) {
  const [form, setForm] = useState<ReminderForm>(() => toReminderForm(settings));
  const [problems, setProblems] = useState<ReminderFormProblem[]>([]);
  const [saved, setSaved] = useState(false);
  const box = useRef<HTMLFormElement>(null);
  const change = (patch: Partial<ReminderForm>) => {
    setSaved(false);
    setForm((current) => ({ ...current, ...patch }));
  };
  const save = useAction(async () => {
    await callApi('putReminders', { body: toPutRemindersRequest(form, settings.paused) });
    onSaved();
    setSaved(true);
  });
  const submit = () => {
    const found = findReminderFormProblems(form);
    setProblems(found);
    // Wait for the errors to render, then land on the first.
    if (found.length > 0) window.setTimeout(() => focusFirstInvalid(box.current), 0);
    else void save.run();
  };
  return { form, change, problems, saved, save, submit, box };
}

interface PartProps {
  form: ReminderForm;
  problems: readonly ReminderFormProblem[];
  onChange: (patch: Partial<ReminderForm>) => void;
}

function KindChoices({ form, problems, onChange }: PartProps) {
  const m = useMessages(reminderMessages).form;
  const timeWrong = (kind: ReminderKind) =>
    problems.some((p) => p.field === 'time' && p.kind === kind);
  return (
    <fieldset className="choice-group">
      <legend className="choice-group__legend">{m.kindsLegend}</legend>
      <div className="reminder-kinds">
        {REMINDER_KINDS.map((kind) => (
          <div key={kind} className="reminder-kind">
            <label className="choice">
              <input
                type="checkbox"
                className="choice__input"
                checked={form.on[kind]}
                onChange={(event) => onChange({ on: { ...form.on, [kind]: event.target.checked } })}
              />
              <span className="choice__text">
                {m.kinds[kind]}
                <span className="choice__hint">{m.kindHints[kind]}</span>
              </span>
            </label>
            <TextField
              id={`reminder-time-${kind}`}
              type="time"
              className="field--time reminder-kind__time"
              label={m.timeLabels[kind]}
              value={form.time[kind]}
              error={timeWrong(kind) ? m.timeError : null}
              announce={false}
              onChange={(event) => onChange({ time: { ...form.time, [kind]: event.target.value } })}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function DayChoices({ form, problems, onChange }: PartProps) {
  const m = useMessages(reminderMessages).form;
  return (
    <CheckboxGroup
      legend={m.daysLegend}
      layout="row"
      options={DAY_NUMBERS.map((day) => ({ value: String(day), label: m.days[day - 1] ?? '' }))}
      value={form.days.map(String)}
      error={problems.some((p) => p.field === 'days') ? m.daysError : null}
      onChange={(next) => onChange({ days: readDays(next) })}
    />
  );
}

function DailyLimit({ form, onChange }: PartProps) {
  const m = useMessages(reminderMessages).form;
  return (
    <RadioGroup
      legend={m.maxLegend}
      hint={m.maxHint}
      layout="row"
      options={MAX_OPTIONS.map((value) => ({ value, label: value }))}
      value={String(form.maxPerDay)}
      onChange={(next) => onChange({ maxPerDay: Number(next) })}
    />
  );
}

function QuietHours({ form, problems, onChange }: PartProps) {
  const m = useMessages(reminderMessages).form;
  const has = (field: ReminderFormProblem['field']) => problems.some((p) => p.field === field);
  return (
    <fieldset className="choice-group">
      <legend className="choice-group__legend">{m.quietLegend}</legend>
      <p className="field__hint">{m.quietHint}</p>
      <label className="choice">
        <input
          type="checkbox"
          className="choice__input"
          checked={form.quietOn}
          onChange={(event) => onChange({ quietOn: event.target.checked })}
        />
        <span className="choice__text">{m.quietToggle}</span>
      </label>
      {form.quietOn ? (
        <div className="reminder-quiet">
          <TextField
            id="reminder-quiet-from"
            type="time"
            className="field--time"
            label={m.quietFrom}
            value={form.quietFrom}
            announce={false}
            error={has('quietFrom') ? m.timeError : has('quietSame') ? m.quietSame : null}
            onChange={(event) => onChange({ quietFrom: event.target.value })}
          />
          <TextField
            id="reminder-quiet-to"
            type="time"
            className="field--time"
            label={m.quietTo}
            value={form.quietTo}
            announce={false}
            error={has('quietTo') ? m.timeError : null}
            onChange={(event) => onChange({ quietTo: event.target.value })}
          />
        </div>
      ) : null}
    </fieldset>
  );
}
