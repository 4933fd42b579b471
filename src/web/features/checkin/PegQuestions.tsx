/**
 * The weekly PEG inside the check-in (Krebs 2009; CLINICAL.md §4): three 0-10 questions about
 * the past week, in our own words, folded away and clearly optional. Sent only when all three
 * are answered; the line under them says so as they are answered.
 */
import { ScaleInput } from '../../components/ScaleInput.js';
import { useMessages } from '../../i18n/useMessages.js';
import { pegProgress, type PegDraft } from './checkin-form.js';
import { checkinMessages } from './messages.js';

const ITEMS = ['pain', 'enjoyment', 'activity'] as const;

interface PegQuestionsProps {
  value: PegDraft;
  onChange: (next: PegDraft) => void;
}

/** The three questions in a disclosure, with a polite line saying whether they will be saved. */
export function PegQuestions({ value, onChange }: PegQuestionsProps) {
  const m = useMessages(checkinMessages).peg;
  const progress = pegProgress(value);
  const left = ITEMS.filter((item) => value[item] === null).length;
  return (
    <details className="disclosure checkin-peg">
      <summary className="disclosure__summary">{m.summary}</summary>
      <div className="disclosure__body">
        <p className="field__hint">{m.intro}</p>
        {ITEMS.map((item) => (
          <ScaleInput
            key={item}
            legend={m.items[item].legend}
            low={m.items[item].low}
            high={m.items[item].high}
            value={value[item]}
            clearable
            onChange={(answer) => onChange({ ...value, [item]: answer })}
          />
        ))}
        <p role="status" className="checkin-peg__status">
          {progress === 'partial' ? m.partial(left) : progress === 'complete' ? m.complete : ''}
        </p>
      </div>
    </details>
  );
}
