/**
 * One question's answer control: a choice item as a list of large radio tiles, a 0-10 integer
 * as a scale of radio buttons — a vertical list on a phone so each end keeps its words, one row
 * on wider screens. Arrow keys move (native radios); a number key picks (1-9 an option, 0-9 a value).
 */
import { useId, type KeyboardEvent } from 'react';
import type { ItemText } from '../../../core/questionnaires/types.js';
import { useMessages } from '../../i18n/useMessages.js';
import { answerForKey, type GivenAnswer, type QuestionItem } from './form-flow.js';
import { questionnaireMessages } from './messages.js';
import { useItemText } from './useItemText.js';

interface QuestionInputProps {
  item: QuestionItem;
  legend: string;
  answer: GivenAnswer | undefined;
  error: string | null;
  onAnswer: (answer: GivenAnswer) => void;
}

interface Option {
  key: string;
  answer: GivenAnswer;
  label: string;
  end: string | null;
}

/** The options of an item, with the end words of a scale. */
function useOptions(item: QuestionItem): Option[] {
  const text = useItemText();
  const words = (t: ItemText | null) => (t ? text(t) : null);
  if (item.kind === 'choice') {
    return item.options.map((o) => ({ key: o.code, answer: { value: o.value, code: o.code }, label: text(o.text), end: null }));
  }
  const values = Array.from({ length: item.max - item.min + 1 }, (_v, n) => item.min + n);
  return values.map((v) => ({
    key: String(v),
    answer: { value: v, code: null },
    label: String(v),
    end: v === item.min ? words(item.lowLabel) : v === item.max ? words(item.highLabel) : null,
  }));
}

function isChosen(option: Option, answer: GivenAnswer | undefined): boolean {
  if (!answer) return false;
  return option.answer.code !== null ? option.answer.code === answer.code : option.answer.value === answer.value;
}

/** The question as a radio group inside a fieldset, with its error and the keyboard hint. */
export function QuestionInput({ item, legend, answer, error, onAnswer }: QuestionInputProps) {
  const m = useMessages(questionnaireMessages).form;
  const id = useId();
  const options = useOptions(item);
  const isScale = item.kind === 'integer';
  const pickByKey = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const picked = answerForKey(item, event.key);
    if (!picked) return;
    event.preventDefault();
    onAnswer(picked);
    const index = options.findIndex((o) => isChosen(o, picked));
    event.currentTarget.querySelectorAll<HTMLInputElement>('input[type="radio"]')[index]?.focus();
  };
  return (
    <fieldset
      className={isScale ? 'q-scale' : 'choice-group q-choice'}
      aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
      aria-invalid={error ? true : undefined}
      onKeyDown={pickByKey}
    >
      <legend className="q-question">{legend}</legend>
      <p id={`${id}-hint`} className="field__hint">{m.keysHint}</p>
      {error ? <p id={`${id}-error`} className="field__error">{error}</p> : null}
      <div className={isScale ? `q-scale__options q-scale__options--${options.length}` : 'choice-group__options choice-group__options--stack'}>
        {options.map((option) => (
          <label key={option.key} className={isScale ? 'q-scale__option' : 'choice'}>
            <input
              type="radio"
              className={isScale ? 'q-scale__input' : 'choice__input'}
              name={id}
              value={option.key}
              checked={isChosen(option, answer)}
              onChange={() => onAnswer(option.answer)}
            />
            <span className={isScale ? 'q-scale__box' : 'choice__text'}>
              <span className={isScale ? 'q-scale__number' : undefined}>{option.label}</span>
              {option.end ? <span className="q-scale__end">{option.end}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The words for a given answer (a choice's option, a number with its end words). */
export function useAnswerWords(): (item: QuestionItem, answer: GivenAnswer) => string {
  const text = useItemText();
  return (item, answer) => {
    if (item.kind === 'choice') {
      const option = item.options.find((o) => o.code === answer.code);
      return option ? text(option.text) : String(answer.value);
    }
    const end = answer.value === item.min ? item.lowLabel : answer.value === item.max ? item.highLabel : null;
    return end ? `${answer.value} (${text(end)})` : String(answer.value);
  };
}
