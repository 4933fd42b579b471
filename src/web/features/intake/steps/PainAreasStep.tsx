/** Step: where it hurts, on the body picture. */
import { BodyMap } from '../../../components/BodyMap.js';
import { useMessages } from '../../../i18n/useMessages.js';
import { intakeMessages } from '../messages.js';
import type { StepProps } from './step-props.js';

/** The pain areas, chosen on the body picture. */
export function PainAreasStep({ answers, onChange }: StepProps) {
  const m = useMessages(intakeMessages);
  return (
    <>
      <p className="field__hint">{m.painAreas.hint}</p>
      <BodyMap
        legend={m.painAreas.legend}
        value={answers.painAreas ?? []}
        onChange={(painAreas) => onChange({ painAreas })}
      />
    </>
  );
}
