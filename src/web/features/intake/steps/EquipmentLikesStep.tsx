/** Step: equipment at hand and activities the person enjoys. */
import { EQUIPMENT, LIKED_ACTIVITIES } from '../../../../core/profile.js';
import { CheckboxGroup } from '../../../components/ChoiceGroup.js';
import { useMessages } from '../../../i18n/useMessages.js';
import { intakeMessages } from '../messages.js';
import type { StepProps } from './step-props.js';

/** Two lists of any-of choices. */
export function EquipmentLikesStep({ answers, onChange }: StepProps) {
  const m = useMessages(intakeMessages);
  const equipment = EQUIPMENT.map((value) => ({ value, label: m.equipment.options[value] }));
  const likes = LIKED_ACTIVITIES.map((value) => ({ value, label: m.likes.options[value] }));
  return (
    <>
      <CheckboxGroup
        legend={m.equipment.legend}
        hint={m.equipment.hint}
        options={equipment}
        value={answers.equipment ?? []}
        onChange={(next) => onChange({ equipment: next })}
      />
      <CheckboxGroup
        legend={m.likes.legend}
        hint={m.likes.hint}
        options={likes}
        value={answers.likes ?? []}
        onChange={(next) => onChange({ likes: next })}
      />
    </>
  );
}
