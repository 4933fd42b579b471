/** Groups of checkboxes (any of a set) and radio buttons (one of a set), each in a fieldset. */
import { useId, type ReactNode } from 'react';
import { describedBy, FieldNotes } from './TextField.js';

interface Option<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface GroupProps<T extends string> {
  legend: ReactNode;
  options: readonly Option<T>[];
  hint?: string | undefined;
  error?: string | null | undefined;
  layout?: 'stack' | 'row';
}

/** Any number of choices from a closed set, as large checkbox tiles. */
export function CheckboxGroup<T extends string>(
  props: GroupProps<T> & { value: readonly T[]; onChange: (next: T[]) => void },
) {
  const { legend, options, hint, error, value, onChange, layout = 'stack' } = props;
  const id = useId();
  const toggle = (option: T, checked: boolean) => {
    const next = options
      .map((o) => o.value)
      .filter((v) => (v === option ? checked : value.includes(v)));
    onChange(next);
  };
  return (
    <fieldset className="choice-group" aria-describedby={describedBy(id, hint, error)}>
      <legend className="choice-group__legend">{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} announce={false} />
      <div className={`choice-group__options choice-group__options--${layout}`}>
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="checkbox"
              className="choice__input"
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span className="choice__text">
              {option.label}
              {option.hint ? <span className="choice__hint">{option.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Exactly one choice from a closed set, as large radio tiles. */
export function RadioGroup<T extends string>(
  props: GroupProps<T> & { value: T | undefined; onChange: (next: T) => void; name?: string },
) {
  const { legend, options, hint, error, value, onChange, layout = 'stack' } = props;
  const id = useId();
  const name = props.name ?? id;
  return (
    <fieldset
      className="choice-group"
      aria-describedby={describedBy(id, hint, error)}
      aria-invalid={error ? true : undefined}
    >
      <legend className="choice-group__legend">{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} announce={false} />
      <div className={`choice-group__options choice-group__options--${layout}`}>
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              className="choice__input"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span className="choice__text">
              {option.label}
              {option.hint ? <span className="choice__hint">{option.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
