/** Before the session: what it holds, pain before on a large 0-10 scale, cues, and Start. */
import { useRef, useState } from 'react';
import { estimateMinutes, type SessionState } from '../../../core/session-player/index.js';
import { ScaleInput } from '../../components/ScaleInput.js';
import { useMessages } from '../../i18n/useMessages.js';
import { describeDose } from '../library/dose-words.js';
import { libraryMessages } from '../library/messages.js';
import type { ExerciseIndex } from '../plan/PlanSessions.js';
import { CueSettings } from './CueSettings.js';
import type { CuePrefs } from './cue-output.js';
import { sessionMessages } from './messages.js';
import type { Act } from './useSessionPlayer.js';

interface BeforeStepProps {
  state: SessionState;
  exercises: ExerciseIndex;
  act: Act;
  prefs: CuePrefs;
  onPrefs: (next: CuePrefs) => void;
}

/** The first screen of a session. */
export function BeforeStep({ state, exercises, act, prefs, onPrefs }: BeforeStepProps) {
  const m = useMessages(sessionMessages);
  const [tried, setTried] = useState(false);
  const scale = useRef<HTMLDivElement>(null);
  const start = () => {
    setTried(true);
    if (state.painBefore === null) {
      scale.current?.querySelector('input')?.focus();
      return;
    }
    act((nowMs) => ({ type: 'start', nowMs }));
  };
  return (
    <div className="player player--before">
      <p className="page__intro">{m.before.intro}</p>
      <SessionOverview state={state} exercises={exercises} />
      <div ref={scale}>
        <ScaleInput
          legend={m.before.painLegend}
          low={m.before.low}
          high={m.before.high}
          size="large"
          value={state.painBefore}
          error={tried && state.painBefore === null ? m.before.needPain : null}
          onChange={(value) => value !== null && act(() => ({ type: 'setPainBefore', value }))}
        />
      </div>
      <CueSettings prefs={prefs} onChange={onPrefs} />
      <div className="player-controls player-controls--single">
        <button type="button" className="button button--primary button--big" onClick={start}>
          {m.before.start}
        </button>
      </div>
    </div>
  );
}

function SessionOverview({ state, exercises }: { state: SessionState; exercises: ExerciseIndex }) {
  const m = useMessages(sessionMessages);
  const library = useMessages(libraryMessages);
  return (
    <div className="session-overview">
      <p className="session-overview__count">
        {m.before.inSession(state.items.length, state.plannedMinutes ?? estimateMinutes(state))}
      </p>
      <ol className="session-overview__list">
        {state.items.map((item, index) => (
          <li key={`${item.exerciseId}-${index}`}>
            <span className="session-overview__name">
              {exercises.get(item.exerciseId)?.name ?? m.unknownExercise}
            </span>
            <span className="session-overview__dose">
              {describeDose(item.dose, item.pillar, library.dose)}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
