/** Step: pain right now, and age (optional). */
import { useState } from 'react';
import { ScaleInput } from '../../../components/ScaleInput.js';
import { TextField } from '../../../components/TextField.js';
import { useMessages } from '../../../i18n/useMessages.js';
import { intakeMessages } from '../messages.js';
import { readWholeNumber } from '../draft.js';
import { hasProblem, type StepProps } from './step-props.js';

/** Today's pain on the 0-10 scale and an optional age. */
export function TodayStep({ answers, onChange, problems }: StepProps) {
  const m = useMessages(intakeMessages).today;
  const [ageText, setAgeText] = useState(answers.age === undefined ? '' : String(answers.age));
  return (
    <>
      <ScaleInput
        legend={m.painLegend}
        low={m.painLow}
        high={m.painHigh}
        size="large"
        value={answers.painToday ?? null}
        onChange={(pain) => onChange({ painToday: pain ?? undefined })}
        error={hasProblem(problems, 'painToday') ? m.painRequired : null}
      />
      <TextField
        id="intake-age"
        label={m.ageLabel}
        hint={m.ageHint}
        inputMode="numeric"
        autoComplete="off"
        pattern="[0-9]*"
        className="field--short"
        value={ageText}
        announce={false}
        error={hasProblem(problems, 'age') ? m.ageError : null}
        onChange={(event) => {
          setAgeText(event.target.value);
          const text = event.target.value.trim();
          onChange({ age: text === '' ? undefined : readWholeNumber(text) });
        }}
      />
    </>
  );
}
