/**
 * The generic questionnaire form: one question per screen ("Question 2 of 6", Back, Next, and
 * Skip where an answer is not required), groups as headings, text before its question, items
 * turning on and off with the answers, then a review of every answer before Send.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Answer } from '../../../core/questionnaires/types.js';
import type { ApiError } from '../../api/api-error.js';
import { useMessages } from '../../i18n/useMessages.js';
import { activeSteps, buildSteps, canLeave, toAnswers, withAnswer, type FormAnswers, type GivenAnswer, type Step } from './form-flow.js';
import { questionnaireMessages } from './messages.js';
import { QuestionInput } from './QuestionInput.js';
import { ReviewAnswers } from './ReviewAnswers.js';
import type { FormDefinitionDto } from '../../../contract/questionnaire.js';
import { useItemText } from './useItemText.js';

interface QuestionnaireFormProps {
  form: FormDefinitionDto;
  pending: boolean;
  error: ApiError | null;
  onSend: (answers: Answer[]) => void;
}

/** Walks the form one screen at a time; `onSend` gets the answer set from the review. */
export function QuestionnaireForm({ form, pending, error, onSend }: QuestionnaireFormProps) {
  const steps = useMemo(() => buildSteps(form), [form]);
  const [answers, setAnswers] = useState<FormAnswers>({});
  const [position, setPosition] = useState(0);
  const [isReviewing, setReviewing] = useState(false);
  const shown = activeSteps(steps, answers);
  const current = shown[Math.min(position, shown.length - 1)];
  const answer = (linkId: string, given: GivenAnswer | null) => setAnswers((a) => withAnswer(steps, a, linkId, given));
  const goTo = (index: number) => {
    setReviewing(false);
    setPosition(index);
  };
  const forward = () => (position + 1 >= shown.length ? setReviewing(true) : setPosition(position + 1));
  if (isReviewing || !current) {
    return (
      <ReviewAnswers
        steps={shown}
        answers={answers}
        pending={pending}
        error={error}
        onChange={goTo}
        onBack={() => goTo(shown.length - 1)}
        onSend={() => onSend(toAnswers(steps, answers))}
      />
    );
  }
  return (
    <StepScreen
      key={current.id}
      step={current}
      n={position + 1}
      of={shown.length}
      answer={answers[current.id]}
      onAnswer={(given) => answer(current.id, given)}
      onBack={position > 0 ? () => setPosition(position - 1) : null}
      onSkip={() => {
        answer(current.id, null);
        forward();
      }}
      onNext={forward}
      isLast={position + 1 >= shown.length}
    />
  );
}

interface StepScreenProps {
  step: Step;
  n: number;
  of: number;
  answer: GivenAnswer | undefined;
  isLast: boolean;
  onAnswer: (answer: GivenAnswer) => void;
  onBack: (() => void) | null;
  onSkip: () => void;
  onNext: () => void;
}

/** One screen; focus moves to its counter when it replaces another screen. */
function StepScreen({ step, n, of, answer, isLast, onAnswer, onBack, onSkip, onNext }: StepScreenProps) {
  const m = useMessages(questionnaireMessages).form;
  const text = useItemText();
  const [error, setError] = useState<string | null>(null);
  const counter = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (n > 1 || onBack) counter.current?.focus();
  }, [n, onBack]);
  const next = () => {
    if (!canLeave(step, answer ? { [step.id]: answer } : {})) {
      setError(m.required);
      return;
    }
    onNext();
  };
  const mayskip = step.kind === 'question' && !step.item.required;
  return (
    <form className="q-step" noValidate onSubmit={(event) => { event.preventDefault(); next(); }}>
      <p ref={counter} tabIndex={-1} className="q-step__counter">{m.step(n, of)}</p>
      {step.groups.map((group, index) => <h2 key={index} className="q-step__group">{text(group)}</h2>)}
      {step.notes.map((note, index) => <p key={index} className="q-step__note">{text(note)}</p>)}
      {step.kind === 'question' ? (
        <QuestionInput
          item={step.item}
          legend={text(step.item.text)}
          answer={answer}
          error={error}
          onAnswer={(given) => {
            setError(null);
            onAnswer(given);
          }}
        />
      ) : null}
      <div className="button-row q-step__buttons">
        <button type="submit" className="button button--primary">{isLast ? m.review : m.next}</button>
        {mayskip ? <button type="button" className="button button--secondary" onClick={onSkip}>{m.skip}</button> : null}
        {onBack ? <button type="button" className="button button--secondary" onClick={onBack}>{m.back}</button> : null}
      </div>
      {error ? <ErrorMessageText text={error} /> : null}
    </form>
  );
}

function ErrorMessageText({ text }: { text: string }) {
  return <p className="visually-hidden" role="alert">{text}</p>;
}
