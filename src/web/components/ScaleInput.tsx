/**
 * A 0-10 rating as large radio buttons, labelled in words at both ends. Native radios give
 * arrow-key movement and the radiogroup semantics for free; number keys pick a value too
 * ("1" then "0" for 10, see scale-keys.ts). On a phone the eleven buttons sit in two rows (0-5,
 * then 6-10 flush right), the low words above 0 and the high words under 10, so each end's words
 * stay next to their button and every button stays 44 px wide.
 */
import { useId, useRef, type KeyboardEvent } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { sharedMessages } from './messages.js';
import { valueForKey, type LastDigit } from './scale-keys.js';

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
  const describedBy = [`${id}-low`, `${id}-high`, `${id}-keys`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const onKeyDown = useNumberKeys(steps, onChange);
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
      <p id={`${id}-low`} className="scale__end scale__end--low">{`${steps[0]} ${low}`}</p>
      <div className={`scale__options scale__options--${steps.length}`} onKeyDown={onKeyDown}>
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
      <p id={`${id}-high`} className="scale__end scale__end--high">{`${steps.at(-1)} ${high}`}</p>
      <p id={`${id}-keys`} className="visually-hidden">
        {steps.includes(10) ? m.scale.keysWithTen : m.scale.keys}
      </p>
      {clearable && value !== null ? (
        <button type="button" className="button button--link scale__clear" onClick={() => onChange(null)}>
          {m.scale.clear}
          <span className="visually-hidden">{m.scale.clearContext(legend)}</span>
        </button>
      ) : null}
    </fieldset>
  );
}

/** Picks the value of a typed digit, and moves focus to its button so arrows go on from there. */
function useNumberKeys(steps: readonly number[], onChange: (value: number) => void) {
  const last = useRef<LastDigit | null>(null);
  return (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const result = valueForKey(event.key, event.timeStamp, last.current, steps);
    last.current = result.last;
    if (result.value === null) return;
    event.preventDefault();
    onChange(result.value);
    event.currentTarget.querySelector<HTMLInputElement>(`input[value="${result.value}"]`)?.focus();
  };
}
