/**
 * The end of a session: a kind word for how it ended, pain after (asked of a finished session;
 * only offered after stopping or leaving early), an optional note, and Save.
 */
import { useState } from 'react';
import { canFinish, type Ending, type SessionState } from '../../../core/session-player/index.js';
import { ScaleInput } from '../../components/ScaleInput.js';
import { TextArea } from '../../components/TextField.js';
import { useFocusWhen } from '../../hooks/useFocusWhen.js';
import { useMessages } from '../../i18n/useMessages.js';
import { sessionMessages } from './messages.js';
import type { Act } from './useSessionPlayer.js';

interface EndStepProps {
  state: SessionState;
  ending: Ending;
  act: Act;
  onSave: () => void;
}

/** The last questions before saving. */
export function EndStep({ state, ending, act, onSave }: EndStepProps) {
  const m = useMessages(sessionMessages);
  const [tried, setTried] = useState(false);
  const heading = useFocusWhen<HTMLHeadingElement>('end');
  const required = ending === 'complete';
  const save = () => {
    setTried(true);
    if (canFinish(state)) onSave();
  };
  return (
    <form
      className="player player--end"
      noValidate
      onSubmit={(event) => (event.preventDefault(), save())}
    >
      <h2 ref={heading} tabIndex={-1}>
        {m.end.headings[ending]}
      </h2>
      <p>{m.end.intros[ending]}</p>
      <ScaleInput
        legend={required ? m.end.painLegend : m.end.painLegendOptional}
        low={m.before.low}
        high={m.before.high}
        size="large"
        clearable={!required}
        value={state.painAfter}
        error={tried && !canFinish(state) ? m.end.needPain : null}
        onChange={(value) => act(() => ({ type: 'setPainAfter', value }))}
      />
      <NoteField notes={state.notes} act={act} />
      <div className="player-controls player-controls--single">
        <button type="submit" className="button button--primary button--big">
          {m.end.save}
        </button>
      </div>
    </form>
  );
}

function NoteField({ notes, act }: { notes: string; act: Act }) {
  const m = useMessages(sessionMessages).end;
  return (
    <TextArea
      id="session-note"
      label={m.note}
      hint={m.noteHint}
      maxLength={2000}
      value={notes}
      onChange={(event) => act(() => ({ type: 'setNotes', value: event.target.value }))}
    />
  );
}
