/** Step: minutes a day, days a week, and times of day. */
import { useState } from 'react';
import { INTAKE_DEFAULTS } from '../../../../core/intake.js';
import { LIMITS, TIMES_OF_DAY } from '../../../../core/profile.js';
import { CheckboxGroup } from '../../../components/ChoiceGroup.js';
import { ScaleInput } from '../../../components/ScaleInput.js';
import { TextField } from '../../../components/TextField.js';
import { useMessages } from '../../../i18n/useMessages.js';
import { intakeMessages } from '../messages.js';
import { readWholeNumber } from '../draft.js';
import { hasProblem, type StepProps } from './step-props.js';

/** The time a person can give, starting from small defaults. */
export function TimeStep({ answers, onChange, problems }: StepProps) {
  const m = useMessages(intakeMessages).time;
  const [minutesText, setMinutesText] = useState(
    String(answers.minutesPerDay ?? INTAKE_DEFAULTS.minutesPerDay),
  );
  const options = TIMES_OF_DAY.map((value) => ({ value, label: m.times[value] }));
  return (
    <>
      <TextField
        id="intake-minutes"
        label={m.minutesLabel}
        hint={m.minutesHint}
        inputMode="numeric"
        pattern="[0-9]*"
        className="field--short"
        value={minutesText}
        announce={false}
        error={hasProblem(problems, 'minutesPerDay') ? m.minutesError : null}
        onChange={(event) => {
          setMinutesText(event.target.value);
          onChange({ minutesPerDay: readWholeNumber(event.target.value) });
        }}
      />
      <ScaleInput
        legend={m.daysLegend}
        low={m.daysLow}
        high={m.daysHigh}
        min={LIMITS.daysPerWeek.min}
        max={LIMITS.daysPerWeek.max}
        value={answers.daysPerWeek ?? INTAKE_DEFAULTS.daysPerWeek}
        onChange={(days) => onChange({ daysPerWeek: days ?? INTAKE_DEFAULTS.daysPerWeek })}
        error={hasProblem(problems, 'daysPerWeek') ? m.daysError : null}
      />
      <CheckboxGroup
        legend={m.timesLegend}
        hint={m.timesHint}
        options={options}
        value={answers.preferredTimes ?? []}
        onChange={(preferredTimes) => onChange({ preferredTimes })}
      />
    </>
  );
}
