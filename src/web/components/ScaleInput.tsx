/**
 * A 0-10 rating as a row of large radio buttons, labelled in words at both ends. Native radios
 * give arrow-key movement and the radiogroup semantics for free.
 */
import { useId } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { sharedMessages } from './messages.js';

const STEPS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

interface ScaleInputProps {
  legend: string;
  low: string;
  high: string;
  value: number | null;
  onChange: (value: number | null) => void;
  size?: 'large' | 'normal';
  clearable?: boolean;
  error?: string | null | undefined;
  min?: number;
  max?: number;
}

/** A 0-10 scale (or a narrower range) as one radio button per whole number. */
export function ScaleInput(props: ScaleInputProps) {
  const { legend, low, high, value, onChange, size = 'normal', clearable = false, error } = props;
  const m = useMessages(sharedMessages);
  const id = useId();
  const steps = STEPS.filter((n) => n >= (props.min ?? 0) && n <= (props.max ?? 10));
  const describedBy = [`${id}-ends`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
      className={`scale scale--${size}`}
    >
      <legend id={`${id}-legend`} className="scale__legend">
        {legend}
      </legend>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      <div className={`scale__options scale__options--${steps.length}`}>
        {steps.map((n) => (
          <label key={n} className="scale__option">
            <input
              type="radio"
              className="scale__input"
              name={id}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            <span className="scale__number">{n}</span>
          </label>
        ))}
      </div>
      <p id={`${id}-ends`} className="scale__ends">
        <span>{`${steps[0]} ${low}`}</span>
        <span>{`${steps.at(-1)} ${high}`}</span>
      </p>
      {clearable && value !== null ? (
        <button type="button" className="button button--link" onClick={() => onChange(null)}>
          {m.scale.clear}
          <span className="visually-hidden">{m.scale.clearContext(legend)}</span>
        </button>
      ) : null}
    </fieldset>
  );
}
