/**
 * The intake wizard: one step at a time with progress, Back and Next. Each step is saved as a
 * draft when the person moves on; the last step saves the whole profile. The rules (order,
 * what is required, when the safety screen ends) come from core/intake.ts.
 */
import { INTAKE_STEPS, type IntakeAnswers } from '../../../core/intake.js';
import type { Profile } from '../../../contract/profile.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useMessages } from '../../i18n/useMessages.js';
import { intakeMessages } from './messages.js';
import { StepBody } from './StepBody.js';
import { useIntakeWizard } from './useIntakeWizard.js';

interface IntakeWizardProps {
  initialStep: number;
  initialAnswers: IntakeAnswers;
  onFinished: (profile: Profile) => void;
}

/** Walks through the steps and saves as it goes. */
export function IntakeWizard({ initialStep, initialAnswers, onFinished }: IntakeWizardProps) {
  const m = useMessages(intakeMessages);
  const {
    index,
    step,
    isLast,
    answers,
    update,
    goalDrafts,
    setGoalDrafts,
    problems,
    draftFailed,
    finish,
    goNext,
    goBack,
    stepHeading,
    stepBox,
  } = useIntakeWizard(initialStep, initialAnswers, onFinished);
  return (
    <form
      className="wizard"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        goNext();
      }}
    >
      <p className="wizard__progress">
        <span>{m.progress(index + 1, INTAKE_STEPS.length)}</span>
        <progress max={INTAKE_STEPS.length} value={index + 1} aria-hidden="true" />
      </p>
      <h2 ref={stepHeading} tabIndex={-1} className="wizard__heading">
        {m.steps[step]}
      </h2>
      <div ref={stepBox} className="wizard__body">
        <StepBody
          step={step}
          answers={answers}
          problems={problems}
          goalDrafts={goalDrafts}
          onGoalDrafts={setGoalDrafts}
          onChange={update}
        />
      </div>
      {problems.length > 0 ? (
        <p role="alert" className="field__error">
          {m.fixBelow}
        </p>
      ) : null}
      {draftFailed ? <p className="notice notice--caution">{m.draftNotSaved}</p> : null}
      {finish.error ? <ErrorMessage error={finish.error} /> : null}
      <div className="wizard__nav">
        {index > 0 ? (
          <button type="button" className="button button--secondary" onClick={goBack}>
            {m.back}
          </button>
        ) : null}
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={finish.pending || undefined}
        >
          {finish.pending ? m.saving : isLast ? m.finish : m.next}
        </button>
      </div>
    </form>
  );
}
