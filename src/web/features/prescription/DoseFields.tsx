/** The days of the week as seven checkboxes, and a dose as four small number fields. */
import { useId } from 'react';
import type { DayNumber } from '../../../core/planner/plan.js';
import { CheckboxGroup } from '../../components/ChoiceGroup.js';
import { FieldNotes, describedBy } from '../../components/TextField.js';
import { useMessages } from '../../i18n/useMessages.js';
import type { DoseDraft } from './adjustment-form.js';
import { prescriptionMessages } from './messages.js';

const DAY_VALUES = ['1', '2', '3', '4', '5', '6', '7'] as const;

/** Monday to Sunday; at least one is needed. */
export function DaysField({ value, onChange, error }: { value: readonly DayNumber[]; onChange: (days: DayNumber[]) => void; error?: string | undefined }) {
  const m = useMessages(prescriptionMessages);
  const options = DAY_VALUES.map((v, n) => ({ value: v, label: m.words.days[n] ?? v }));
  return (
    <div className="days-field">
      <CheckboxGroup
      legend={m.days.legend} hint={m.days.hint} error={error} layout="row" options={options}
      value={value.map((d) => String(d) as (typeof DAY_VALUES)[number])}
      onChange={(next) => onChange(next.map((v) => Number(v) as DayNumber))}
      />
    </div>
  );
}

const DOSE_KEYS = ['sets', 'reps', 'holdSeconds', 'minutes'] as const;

/** Sets, repetitions, hold and minutes; only what applies is filled in. */
export function DoseFields({ value, onChange, error, optional }: { value: DoseDraft; onChange: (dose: DoseDraft) => void; error?: string | undefined; optional?: boolean }) {
  const m = useMessages(prescriptionMessages).dose;
  const id = useId();
  return (
    <fieldset className="choice-group dose-fields" aria-describedby={describedBy(id, true, error)}>
      <legend className="choice-group__legend">{optional ? m.optionalLegend : m.legend}</legend>
      <FieldNotes id={id} hint={m.hint} error={error} />
      <div className="dose-fields__row">
        {DOSE_KEYS.map((key) => (
          <div key={key} className="field dose-fields__field">
            <label htmlFor={`${id}-${key}`} className="field__label">{m[key]}</label>
            <input
              id={`${id}-${key}`} className="field__input" inputMode="numeric" value={value[key]}
              aria-invalid={error ? true : undefined}
              onChange={(event) => onChange({ ...value, [key]: event.target.value })}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
