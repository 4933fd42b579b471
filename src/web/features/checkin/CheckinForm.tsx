/**
 * The check-in form: pain first with Save right there; time, and every other detail, optional
 * and folded away. The same form edits a saved check-in.
 */
import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { ScaleInput } from '../../components/ScaleInput.js';
import { useMessages } from '../../i18n/useMessages.js';
import { focusFirstInvalid } from '../../lib/focus-first-invalid.js';
import { CheckinDetails } from './CheckinDetails.js';
import {
  findCheckinFormProblems,
  hasDetails,
  type CheckinFormProblem,
  type CheckinFormState,
} from './checkin-form.js';
import { checkinMessages } from './messages.js';
import { PegQuestions } from './PegQuestions.js';
import { WhenField } from './WhenField.js';

interface CheckinFormProps {
  initial: CheckinFormState;
  mode: 'create' | 'edit';
  timeZone: string;
  pending: boolean;
  error: unknown;
  /** Shows the weekly PEG questions (when they are due). */
  showPeg?: boolean;
  onSubmit: (form: CheckinFormState) => void;
}

/** A check-in form; `onSubmit` receives a form without problems. */
export function CheckinForm({
  initial,
  mode,
  timeZone,
  pending,
  error,
  showPeg = false,
  onSubmit,
}: CheckinFormProps) {
  const m = useMessages(checkinMessages);
  const [form, setForm] = useState(initial);
  const [problems, setProblems] = useState<CheckinFormProblem[]>([]);
  const update = (patch: Partial<CheckinFormState>) =>
    setForm((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = findCheckinFormProblems(form, Date.now(), timeZone);
    setProblems(found);
    if (found.length === 0) onSubmit(form);
    else {
      const formElement = event.currentTarget;
      requestAnimationFrame(() => focusFirstInvalid(formElement));
    }
  };

  return (
    <form className="form checkin-form" noValidate onSubmit={submit}>
      <ScaleInput
        legend={mode === 'edit' ? m.pain.editLegend : m.pain.legend}
        low={m.pain.low}
        high={m.pain.high}
        size="large"
        value={form.pain}
        onChange={(pain) => update({ pain })}
        error={problems.includes('pain') ? m.pain.required : null}
      />
      <WhenField
        form={form}
        mode={mode}
        timeZone={timeZone}
        problems={problems}
        onChange={update}
      />
      <SomethingNew checked={form.somethingNew} onChange={(somethingNew) => update({ somethingNew })} />
      <details
        className="disclosure"
        open={mode === 'edit' && hasDetails(initial) ? true : undefined}
      >
        <summary className="disclosure__summary">{m.details.summary}</summary>
        <div className="disclosure__body">
          <CheckinDetails form={form} problems={problems} onChange={update} />
        </div>
      </details>
      {showPeg ? <PegQuestions value={form.peg} onChange={(peg) => update({ peg })} /> : null}
      {problems.length > 0 ? (
        <p role="alert" className="field__error">
          {m.fixBelow}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      <button
        type="submit"
        className="button button--primary button--wide"
        aria-disabled={pending || undefined}
      >
        {pending ? m.saving : mode === 'edit' ? m.saveChanges : m.save}
      </button>
    </form>
  );
}

/** "Something new": the one detail that leads to the safety questions, never folded away. */
function SomethingNew({ checked, onChange }: { checked: boolean; onChange: (value: boolean) => void }) {
  const m = useMessages(checkinMessages).somethingNew;
  const id = useId();
  return (
    <div className="field">
      <label className="choice">
        <input
          type="checkbox"
          className="choice__input"
          checked={checked}
          aria-describedby={`${id}-hint`}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span className="choice__text">{m.label}</span>
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {m.hint}
      </p>
    </div>
  );
}
