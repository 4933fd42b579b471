/** The fields of each kind of setting: the exercise, days and dose; an amount; a rise; the week; a go-ahead. */
import type { ExerciseView } from '../../../contract/exercise.js';
import { GO_AHEAD_COVERS, type SuitabilityRule } from '../../../core/prescription/types.js';
import { CheckboxGroup, RadioGroup } from '../../components/ChoiceGroup.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useMessages } from '../../i18n/useMessages.js';
import { RISE_CHOICES, type AdjustmentDraft, type DraftErrors } from './adjustment-form.js';
import { DaysField, DoseFields } from './DoseFields.js';
import { ExercisePicker } from './ExercisePicker.js';
import { FlaggedAnswers } from './FlaggedAnswers.js';
import { prescriptionMessages } from './messages.js';
import { SuitabilityCheck } from './SuitabilityCheck.js';

/** The activities a quota or a rise can be for: the day's minutes, and the aerobic activities. */
export const ACTIVITY_KEYS = ['session', 'aerobic:walking', 'aerobic:cycling', 'aerobic:swimming', 'aerobic:water_exercise'] as const;

export interface KindFieldsProps {
  patientId: string;
  patientName: string;
  draft: AdjustmentDraft;
  exercise: ExerciseView | null;
  errors: DraftErrors;
  onDraft: (patch: Partial<AdjustmentDraft>) => void;
  onExercise: (exercise: ExerciseView | null) => void;
  onFailedRules: (rules: SuitabilityRule[]) => void;
}

/** The fields of the draft's kind. */
export function KindFields(props: KindFieldsProps) {
  switch (props.draft.kind) {
    case 'include':
      return <IncludeFields {...props} />;
    case 'exclude':
      return <ExercisePicker chosen={props.exercise} onChoose={props.onExercise} error={props.errors.exercise} />;
    case 'dose':
      return <DoseAdjustmentFields {...props} />;
    case 'quota':
      return <QuotaFields {...props} />;
    case 'rise':
      return <RiseFields {...props} />;
    case 'week':
      return <WeekFields {...props} />;
    case 'go_ahead':
      return <GoAheadFields {...props} />;
  }
}

function IncludeFields({ patientId, patientName, draft, exercise, errors, onDraft, onExercise, onFailedRules }: KindFieldsProps) {
  return (
    <>
      <ExercisePicker chosen={exercise} onChoose={onExercise} error={errors.exercise} />
      {exercise ? (
        <SuitabilityCheck
          patientId={patientId} patientName={patientName} exercise={exercise} confirmed={draft.confirmedRules}
          onFailedRules={onFailedRules} onConfirmed={(confirmedRules) => onDraft({ confirmedRules })} error={errors.rules}
        />
      ) : null}
      <DaysField value={draft.days} onChange={(days) => onDraft({ days })} error={errors.days} />
      <DoseFields value={draft.dose} onChange={(dose) => onDraft({ dose })} error={errors.dose} optional />
    </>
  );
}

function DoseAdjustmentFields({ draft, exercise, errors, onDraft, onExercise }: KindFieldsProps) {
  const m = useMessages(prescriptionMessages).dose;
  return (
    <>
      <ExercisePicker chosen={exercise} onChoose={onExercise} error={errors.exercise} />
      <RadioGroup
        legend={m.modeLegend} value={draft.mode} onChange={(mode) => onDraft({ mode })}
        options={[{ value: 'cap', label: m.cap, hint: m.capHint }, { value: 'set', label: m.set, hint: m.setHint }]}
      />
      <DoseFields value={draft.dose} onChange={(dose) => onDraft({ dose })} error={errors.dose} />
    </>
  );
}

function useActivityOptions(withAll: boolean) {
  const m = useMessages(prescriptionMessages);
  const options = ACTIVITY_KEYS.map((key) => ({ value: key as string, label: activityLabel(key, m.words.activities) }));
  return withAll ? [{ value: '', label: m.rise.all }, ...options] : options;
}

function activityLabel(key: string, activities: Record<string, string>): string {
  return activities[key.replace(/^aerobic:/, '')] ?? key;
}

function QuotaFields({ draft, errors, onDraft }: KindFieldsProps) {
  const m = useMessages(prescriptionMessages).quota;
  const options = useActivityOptions(false);
  return (
    <>
      <SelectField label={m.activity} value={draft.activity} options={options} onChange={(activity) => onDraft({ activity })} />
      <TextField id="adjust-quota" label={m.value} hint={m.valueHint} error={errors.value} inputMode="numeric" value={draft.value} onChange={(event) => onDraft({ value: event.target.value })} />
    </>
  );
}

function RiseFields({ draft, onDraft }: KindFieldsProps) {
  const m = useMessages(prescriptionMessages).rise;
  const options = useActivityOptions(true);
  const rises = RISE_CHOICES.map((value) => ({ value, label: value === '0' ? m.hold : m.option(Math.round(Number(value) * 100)) }));
  return (
    <>
      <RadioGroup legend={m.legend} hint={m.hint} value={draft.rise} options={rises} onChange={(rise) => onDraft({ rise })} />
      <SelectField label={m.activity} value={draft.riseActivity} options={options} onChange={(riseActivity) => onDraft({ riseActivity })} />
    </>
  );
}

function WeekFields({ draft, errors, onDraft }: KindFieldsProps) {
  const m = useMessages(prescriptionMessages).week;
  // A wrong number is shown by its own field; "give one of them" by both.
  const minutesError = errors.week === m.minutesInvalid || errors.week === m.required ? errors.week : undefined;
  const daysError = errors.week === m.daysInvalid || errors.week === m.required ? errors.week : undefined;
  return (
    <div className="adjust-week">
      <TextField id="adjust-minutes" label={m.minutesPerDay} hint={m.minutesHint} error={minutesError} inputMode="numeric" value={draft.minutesPerDay} onChange={(event) => onDraft({ minutesPerDay: event.target.value })} />
      <TextField id="adjust-days" label={m.daysPerWeek} hint={m.daysHint} error={daysError} announce={daysError !== minutesError} inputMode="numeric" value={draft.daysPerWeek} onChange={(event) => onDraft({ daysPerWeek: event.target.value })} />
    </div>
  );
}

function GoAheadFields({ patientId, patientName, draft, errors, onDraft }: KindFieldsProps) {
  const m = useMessages(prescriptionMessages).goAhead;
  return (
    <>
      <FlaggedAnswers patientId={patientId} patientName={patientName} />
      <CheckboxGroup
        legend={m.legend} hint={m.hint} error={errors.covers} value={draft.covers}
        options={GO_AHEAD_COVERS.map((value) => ({ value, label: m.covers[value] }))}
        onChange={(covers) => onDraft({ covers })}
      />
    </>
  );
}
