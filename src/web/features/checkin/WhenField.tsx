/** When the check-in is about: now (the default) or a time the person enters. */
import { useId } from 'react';
import { RadioGroup } from '../../components/ChoiceGroup.js';
import { TextField } from '../../components/TextField.js';
import { useNow } from '../../hooks/useToday.js';
import { useMessages } from '../../i18n/useMessages.js';
import { toZonedDateTimeInput } from '../../../core/zoned-time.js';
import type { CheckinFormProblem, CheckinFormState } from './checkin-form.js';
import { checkinMessages } from './messages.js';

interface WhenFieldProps {
  form: CheckinFormState;
  mode: 'create' | 'edit';
  timeZone: string;
  problems: readonly CheckinFormProblem[];
  onChange: (patch: Partial<CheckinFormState>) => void;
}

/** "Now" or another time; editing always shows the time. */
export function WhenField({ form, mode, timeZone, problems, onChange }: WhenFieldProps) {
  const m = useMessages(checkinMessages).when;
  const id = useId();
  const now = useNow();
  const max = toZonedDateTimeInput(new Date(now).toISOString(), timeZone);
  const error = problems.includes('at_invalid')
    ? m.invalid
    : problems.includes('at_future')
      ? m.future
      : null;
  const options = [
    { value: 'now', label: m.now },
    { value: 'other', label: m.other },
  ] as const;
  return (
    <div className="when-field">
      {mode === 'create' ? (
        <RadioGroup
          legend={m.legend}
          options={options}
          value={form.when}
          onChange={(when) => onChange({ when, ...(when === 'other' ? {} : { atText: max }) })}
        />
      ) : null}
      {form.when === 'other' ? (
        <TextField
          id={`${id}-at`}
          type="datetime-local"
          label={m.label}
          hint={m.hint(timeZone)}
          max={max}
          value={form.atText}
          announce={false}
          error={error}
          onChange={(event) => onChange({ atText: event.target.value })}
        />
      ) : null}
    </div>
  );
}
