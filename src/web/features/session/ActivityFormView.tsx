/** The activity form: which activity, minutes, effort on the talk test, pain before and after. */
import { useRef, useState } from 'react';
import type { ExerciseView } from '../../../contract/exercise.js';
import { EFFORTS } from '../../../core/session-player/index.js';
import { RadioGroup } from '../../components/ChoiceGroup.js';
import { ScaleInput } from '../../components/ScaleInput.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { useMessages } from '../../i18n/useMessages.js';
import { focusFirstInvalid } from '../../lib/focus-first-invalid.js';
import {
  checkActivityForm,
  type ActivityAnswers,
  type ActivityField,
  type ActivityForm,
} from './activity-form.js';
import { sessionMessages } from './messages.js';

/** An outdoor walk first: the most common activity done away from the app. */
const FIRST_CHOICE = 'walk-outdoors-flat';

interface ActivityFormViewProps {
  activities: readonly ExerciseView[];
  onSave: (answers: ActivityAnswers) => void;
  /** Pain at the person's latest check-in today: where "Pain before" starts, said so beside it. */
  painToday?: number | null;
}

interface FieldsProps {
  form: ActivityForm;
  change: (patch: Partial<ActivityForm>) => void;
  errorFor: (field: ActivityField, text: string) => string | null;
}

/** The form; it checks itself on Save and moves focus to the first answer missing. */
export function ActivityFormView({ activities, onSave, painToday = null }: ActivityFormViewProps) {
  const m = useMessages(sessionMessages).activity;
  const first = activities.find((a) => a.id === FIRST_CHOICE) ?? activities[0];
  const [form, setForm] = useState<ActivityForm>({
    ...{ exerciseId: first?.id ?? '', minutes: '' },
    ...{ effort: null, painBefore: painToday, painAfter: null },
  });
  const [problems, setProblems] = useState<ActivityField[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const fields: FieldsProps = {
    form,
    change: (patch) => setForm((last) => ({ ...last, ...patch })),
    errorFor: (field, text) => (problems.includes(field) ? text : null),
  };
  const submit = () => {
    const checked = checkActivityForm(form);
    if (checked.ok) return onSave(checked.answers);
    setProblems(checked.problems);
    window.setTimeout(() => focusFirstInvalid(formRef.current), 0);
  };
  return (
    <form
      ref={formRef}
      className="form activity-form"
      noValidate
      onSubmit={(event) => (event.preventDefault(), submit())}
    >
      <WhatAndHowLong activities={activities} {...fields} />
      <PainBeforeAndAfter {...fields} fromCheckin={painToday !== null && form.painBefore === painToday} />
      <button type="submit" className="button button--primary button--big">
        {m.save}
      </button>
    </form>
  );
}

function WhatAndHowLong({
  activities,
  form,
  change,
  errorFor,
}: FieldsProps & { activities: readonly ExerciseView[] }) {
  const a = useMessages(sessionMessages).activity;
  return (
    <>
      <SelectField
        label={a.which}
        value={form.exerciseId}
        options={activities.map((x) => ({ value: x.id, label: x.name }))}
        onChange={(exerciseId) => change({ exerciseId })}
      />
      <TextField
        id="activity-minutes"
        label={a.minutes}
        hint={a.minutesHint}
        inputMode="decimal"
        className="field--short"
        value={form.minutes}
        error={errorFor('minutes', a.minutesError)}
        onChange={(event) => change({ minutes: event.target.value })}
      />
      <RadioGroup
        legend={a.effort}
        options={EFFORTS.map((value) => ({ value, ...a.efforts[value] }))}
        value={form.effort ?? undefined}
        error={errorFor('effort', a.effortError)}
        onChange={(effort) => change({ effort })}
      />
    </>
  );
}

function PainBeforeAndAfter({ form, change, errorFor, fromCheckin }: FieldsProps & { fromCheckin: boolean }) {
  const m = useMessages(sessionMessages);
  const scale = { low: m.before.low, high: m.before.high };
  return (
    <>
      <ScaleInput
        legend={m.activity.painBefore}
        {...scale}
        value={form.painBefore}
        error={errorFor('painBefore', m.activity.painError)}
        onChange={(painBefore) => change({ painBefore })}
      />
      {fromCheckin ? <p className="field__hint activity-form__from-checkin">{m.activity.painBeforeFromCheckin}</p> : null}
      <ScaleInput
        legend={m.activity.painAfter}
        {...scale}
        value={form.painAfter}
        error={errorFor('painAfter', m.activity.painError)}
        onChange={(painAfter) => change({ painAfter })}
      />
    </>
  );
}
