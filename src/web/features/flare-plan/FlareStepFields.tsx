/** The question of one flare-plan step: chips and own words, or one or two text fields. */
import { useId } from 'react';
import { FLARE_PLAN_TEXT_MAX } from '../../../core/flare-plan.js';
import { RELIEF_KINDS } from '../../../core/journal/detail.js';
import { TextArea } from '../../components/TextField.js';
import { useMessages } from '../../i18n/useMessages.js';
import { ChipGroup } from '../checkin/ChipGroup.js';
import { toggled } from '../checkin/checkin-form.js';
import { checkinMessages } from '../checkin/messages.js';
import type { FlarePlanDraft, FlareStep, FlareTextField } from './flare-plan-form.js';
import { flarePlanMessages } from './messages.js';
import { RedFlags } from './RedFlags.js';

interface FlareStepFieldsProps {
  step: FlareStep;
  draft: FlarePlanDraft;
  problems: readonly FlareTextField[];
  onChange: (patch: Partial<FlarePlanDraft>) => void;
}

/** The fields of `step`. */
export function FlareStepFields({ step, draft, problems, onChange }: FlareStepFieldsProps) {
  const m = useMessages(flarePlanMessages);
  const id = useId();
  const words = (field: FlareTextField, label: string, hint: string) => (
    <TextArea
      id={`${id}-${field}`}
      label={label}
      hint={hint}
      rows={4}
      maxLength={FLARE_PLAN_TEXT_MAX}
      value={draft[field]}
      error={problems.includes(field) ? m.tooLong(FLARE_PLAN_TEXT_MAX) : null}
      onChange={(event) => onChange({ [field]: event.target.value })}
    />
  );
  const s = m.steps;
  const reliefWords = useMessages(checkinMessages).detail.relief;
  switch (step) {
    case 'helps':
      return (
        <>
          <ChipGroup
            legend={s.helps.legend}
            hint={s.helps.hint}
            options={RELIEF_KINDS}
            labels={reliefWords}
            value={draft.helps}
            onToggle={(kind) => onChange({ helps: toggled(draft.helps, kind) })}
          />
          {words('helpsOwnWords', s.helps.ownLabel, s.helps.ownHint)}
        </>
      );
    case 'firstDays':
      return words('firstDays', s.firstDays.label, s.firstDays.hint);
    case 'stopDoing':
      return words('stopDoing', s.stopDoing.label, s.stopDoing.hint);
    case 'tell':
      return (
        <>
          {words('tellWho', s.tell.whoLabel, s.tell.whoHint)}
          {words('tellAsk', s.tell.askLabel, s.tell.askHint)}
        </>
      );
    case 'callDoctor':
      return (
        <>
          <RedFlags />
          {words('callDoctor', s.callDoctor.ownLabel, s.callDoctor.ownHint)}
        </>
      );
  }
}
