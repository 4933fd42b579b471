/**
 * A second step before something that cannot be undone (or, in the calm tone, before a gentle
 * choice): the question, then a button that does it and one that keeps things as they are.
 * Focus moves to the question so it is read first.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ConfirmStepProps {
  question: string;
  details?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  /** `danger` for what cannot be undone; `calm` for a kind choice that can be taken back. */
  tone?: 'danger' | 'calm';
  children?: ReactNode;
}

/** An inline confirmation group, shown in place of the button that opened it. */
export function ConfirmStep(props: ConfirmStepProps) {
  const { question, details, confirmLabel, cancelLabel, onConfirm, onCancel, busy } = props;
  const tone = props.tone ?? 'danger';
  const id = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    questionRef.current?.focus();
  }, []);
  return (
    <div role="group" aria-labelledby={`${id}-question`} className={`confirm confirm--${tone}`}>
      <p id={`${id}-question`} ref={questionRef} tabIndex={-1} className="confirm__question">
        {question}
      </p>
      {details ? <div className="confirm__details">{details}</div> : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onConfirm();
        }}
      >
        {props.children}
        <div className="button-row">
          <button
            type="submit"
            className={`button ${tone === 'danger' ? 'button--danger' : 'button--primary'}`}
            aria-disabled={busy || undefined}
          >
            {confirmLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {cancelLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
