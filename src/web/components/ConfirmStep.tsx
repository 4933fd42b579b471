/**
 * A second step before something that cannot be undone: the question, then a button that does
 * it and one that keeps things as they are. Focus moves to the question so it is read first.
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
  children?: ReactNode;
}

/** An inline confirmation group, shown in place of the button that opened it. */
export function ConfirmStep(props: ConfirmStepProps) {
  const { question, details, confirmLabel, cancelLabel, onConfirm, onCancel, busy } = props;
  const id = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    questionRef.current?.focus();
  }, []);
  return (
    <div role="group" aria-labelledby={`${id}-question`} className="confirm">
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
          <button type="submit" className="button button--danger" aria-disabled={busy || undefined}>
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
