/**
 * A group of toggle chips: each choice is a button with `aria-pressed`, one tap on and one tap
 * off, at least 44 px tall, with a tick as well as a colour when pressed.
 */
import { useId } from 'react';

interface ChipGroupProps<T extends string> {
  legend: string;
  hint?: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: readonly T[];
  onToggle: (option: T) => void;
}

/** Toggle chips in a labelled group. */
export function ChipGroup<T extends string>({ legend, hint, options, labels, value, onToggle }: ChipGroupProps<T>) {
  const id = useId();
  return (
    <fieldset className="chip-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="choice-group__legend">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div className="chip-group__chips">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            className="chip"
            aria-pressed={value.includes(option)}
            onClick={() => onToggle(option)}
          >
            {labels[option]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
