/** Step: how the person gets around, and whether they can get down to the floor. */
import { MOBILITY_LEVELS } from '../../../../core/profile.js';
import { RadioGroup } from '../../../components/ChoiceGroup.js';
import { YesNo } from '../../../components/YesNo.js';
import { useMessages } from '../../../i18n/useMessages.js';
import { intakeMessages } from '../messages.js';
import { hasProblem, type StepProps } from './step-props.js';

/** Mobility and floor transfers; both need an answer. */
export function MobilityStep({ answers, onChange, problems }: StepProps) {
  const m = useMessages(intakeMessages).mobility;
  const options = MOBILITY_LEVELS.map((value) => ({ value, label: m.options[value] }));
  return (
    <>
      <RadioGroup
        legend={m.legend}
        options={options}
        value={answers.mobility}
        onChange={(mobility) => onChange({ mobility })}
        error={hasProblem(problems, 'mobility') ? m.required : null}
      />
      <YesNo
        question={m.floorQuestion}
        hint={m.floorHint}
        value={answers.floorTransfers}
        onChange={(floorTransfers) => onChange({ floorTransfers })}
        error={hasProblem(problems, 'floorTransfers') ? m.required : null}
      />
    </>
  );
}
