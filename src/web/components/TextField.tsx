/** A labelled text input or textarea with an optional hint and an error linked to it. */
import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface FieldTextProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  /** Announce the error when it appears (off where a form summary announces it). */
  announce?: boolean;
}

/** The ids a control is described by: its hint and its error, when shown. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The hint and error lines under a control. */
export function FieldNotes({ id, hint, error, announce = true }: Omit<FieldTextProps, 'label'>) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error" role={announce ? 'alert' : undefined}>
          {error}
        </p>
      ) : null}
    </>
  );
}

type TextFieldProps = FieldTextProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

/** A single-line input with its label above it. */
export function TextField({
  id,
  label,
  hint,
  error,
  announce,
  className,
  ...input
}: TextFieldProps) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} announce={announce ?? true} />
      <input
        id={id}
        className="field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </div>
  );
}

type TextAreaProps = FieldTextProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

/** A multi-line input with its label above it. */
export function TextArea({ id, label, hint, error, announce, ...input }: TextAreaProps) {
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} announce={announce ?? true} />
      <textarea
        id={id}
        className="field__input field__input--multiline"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </div>
  );
}
