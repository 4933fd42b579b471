/** Step: conditions a clinician has named. */
import { CONDITIONS } from '../../../../core/profile.js';
import { CheckboxGroup } from '../../../components/ChoiceGroup.js';
import { useMessages } from '../../../i18n/useMessages.js';
import { intakeMessages } from '../messages.js';
import type { StepProps } from './step-props.js';

/** Any of the known conditions, or none. */
export function ConditionsStep({ answers, onChange }: StepProps) {
  const m = useMessages(intakeMessages).conditions;
  const options = CONDITIONS.map((value) => ({ value, label: m.options[value] }));
  return (
    <CheckboxGroup
      legend={m.legend}
      hint={m.hint}
      options={options}
      value={answers.conditions ?? []}
      onChange={(conditions) => onChange({ conditions })}
    />
  );
}
