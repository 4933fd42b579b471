/** After an exercise: how it felt (too easy, about right, too hard) and, if wanted, pain during. */
import { FEEDBACK, type ItemState } from '../../../core/session-player/index.js';
import { RadioGroup } from '../../components/ChoiceGroup.js';
import { ScaleInput } from '../../components/ScaleInput.js';
import { useFocusWhen } from '../../hooks/useFocusWhen.js';
import { useMessages } from '../../i18n/useMessages.js';
import { sessionMessages } from './messages.js';
import type { Act } from './useSessionPlayer.js';

interface ItemFeedbackProps {
  item: ItemState;
  act: Act;
}

/** The question after each exercise; the answer is kept as it is chosen, Next is in the controls. */
export function ItemFeedback({ item, act }: ItemFeedbackProps) {
  const m = useMessages(sessionMessages);
  const heading = useFocusWhen<HTMLHeadingElement>(`feedback:${item.exerciseId}`);
  return (
    <section className="stage stage--feedback" aria-labelledby="session-feedback">
      <h3 id="session-feedback" ref={heading} tabIndex={-1} className="stage__label">
        {m.feedback.heading}
      </h3>
      <RadioGroup
        legend={m.feedback.legend}
        layout="stack"
        options={FEEDBACK.map((value) => ({ value, label: m.feedback.options[value] }))}
        value={item.feedback ?? undefined}
        onChange={(value) => act(() => ({ type: 'setFeedback', value }))}
      />
      <ScaleInput
        legend={m.feedback.painLegend}
        low={m.before.low}
        high={m.before.high}
        value={item.painDuring}
        clearable
        onChange={(value) => act(() => ({ type: 'setPainDuring', value }))}
      />
    </section>
  );
}
