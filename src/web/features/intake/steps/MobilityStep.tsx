/**
 * Step: how the person gets around. A wheelchair user is then asked whether they can move to a
 * bed and which limbs they use; anyone else whether they can get down to the floor.
 */
import { LIMB_CHOICES, choiceOfLimbs, limbsOfChoice } from '../../../../core/intake-mobility.js';
import { MOBILITY_LEVELS } from '../../../../core/profile.js';
import { RadioGroup } from '../../../components/ChoiceGroup.js';
import { YesNo } from '../../../components/YesNo.js';
import { useMessages } from '../../../i18n/useMessages.js';
import { intakeMessages } from '../messages.js';
import { hasProblem, type StepProps } from './step-props.js';

/** Mobility, then the questions that apply to it; each needs an answer. */
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
      {answers.mobility === 'wheelchair' ? (
        <WheelchairQuestions answers={answers} onChange={onChange} problems={problems} />
      ) : (
        <YesNo
          question={m.floorQuestion}
          hint={m.floorHint}
          value={answers.floorTransfers}
          onChange={(floorTransfers) => onChange({ floorTransfers })}
          error={hasProblem(problems, 'floorTransfers') ? m.required : null}
        />
      )}
    </>
  );
}

function WheelchairQuestions({ answers, onChange, problems }: StepProps) {
  const m = useMessages(intakeMessages).mobility;
  const limbOptions = LIMB_CHOICES.map((value) => ({ value, label: m.limbOptions[value] }));
  return (
    <>
      <YesNo
        question={m.bedQuestion}
        hint={m.bedHint}
        value={answers.bedTransfers}
        onChange={(bedTransfers) => onChange({ bedTransfers })}
        error={hasProblem(problems, 'bedTransfers') ? m.required : null}
      />
      <RadioGroup
        legend={m.limbsLegend}
        hint={m.limbsHint}
        options={limbOptions}
        value={choiceOfLimbs(answers.limbsUsed)}
        onChange={(choice) => onChange({ limbsUsed: limbsOfChoice(choice) })}
        error={hasProblem(problems, 'limbsUsed') ? m.required : null}
      />
    </>
  );
}
