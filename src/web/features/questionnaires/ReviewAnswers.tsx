/** The review before sending: each question with the answer chosen (or "Skipped"), each changeable. */
import type { ApiError } from '../../api/api-error.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useFocusOnMount } from '../../hooks/useFocusOnMount.js';
import { useMessages } from '../../i18n/useMessages.js';
import type { FormAnswers, Step } from './form-flow.js';
import { questionnaireMessages } from './messages.js';
import { useAnswerWords } from './QuestionInput.js';
import { useItemText } from './useItemText.js';

interface ReviewAnswersProps {
  steps: readonly Step[];
  answers: FormAnswers;
  pending: boolean;
  error: ApiError | null;
  onChange: (stepIndex: number) => void;
  onBack: () => void;
  onSend: () => void;
}

/** The answers as a list, then Send. */
export function ReviewAnswers({ steps, answers, pending, error, onChange, onBack, onSend }: ReviewAnswersProps) {
  const m = useMessages(questionnaireMessages);
  const text = useItemText();
  const answerWords = useAnswerWords();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="q-review" aria-labelledby="q-review-heading">
      <h2 id="q-review-heading" ref={heading} tabIndex={-1}>{m.review.heading}</h2>
      <p>{m.review.intro}</p>
      <ul className="q-review__list">
        {steps.map((step, index) => {
          if (step.kind !== 'question') return null;
          const question = text(step.item.text);
          const given = answers[step.id];
          return (
            <li key={step.id} className="q-review__item">
              <p className="q-review__question">{question}</p>
              <p className="q-review__answer">{given ? answerWords(step.item, given) : m.review.skipped}</p>
              <button type="button" className="button button--link" onClick={() => onChange(index)}>
                {m.review.change}
                <span className="visually-hidden">{m.review.changeContext(question)}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="button-row">
        <button type="button" className="button button--primary button--big" aria-disabled={pending || undefined} onClick={() => { if (!pending) onSend(); }}>
          {pending ? m.review.sending : m.review.send}
        </button>
        <button type="button" className="button button--secondary" onClick={onBack}>{m.form.back}</button>
      </div>
    </section>
  );
}
