/**
 * An exercise being played: its name and place in the session, then what to do now (a count-in,
 * a hold, reps, a timer with its breathing guide, or the question after it), the picture and the
 * steps, and the controls within reach of a thumb. The stop flow takes the whole screen.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ExerciseView } from '../../../contract/exercise.js';
import { stepKey, type PlayerView, type SessionState } from '../../../core/session-player/index.js';
import { useFocusWhen } from '../../hooks/useFocusWhen.js';
import { useMessages } from '../../i18n/useMessages.js';
import { libraryMessages } from '../library/messages.js';
import type { ExerciseIndex } from '../plan/PlanSessions.js';
import type { CuePrefs } from './cue-output.js';
import { ItemDetails } from './ItemDetails.js';
import { ItemFeedback } from './ItemFeedback.js';
import { sessionMessages } from './messages.js';
import { PausedPanel } from './PausedPanel.js';
import { SessionControls } from './SessionControls.js';
import { StepStage } from './StepStage.js';
import { StopFlow } from './StopFlow.js';
import type { Act } from './useSessionPlayer.js';

type Playing = Extract<PlayerView, { stage: 'playing' }>;

interface PlayingStepProps {
  view: Playing;
  state: SessionState;
  exercises: ExerciseIndex;
  act: Act;
  resumed: boolean;
  prefs: CuePrefs;
  onPrefs: (next: CuePrefs) => void;
}

/** The screen while the session is under way. */
export function PlayingStep({
  view,
  state,
  exercises,
  act,
  resumed,
  prefs,
  onPrefs,
}: PlayingStepProps) {
  const [noEasier, setNoEasier] = useState<string | null>(null);
  const exercise = exercises.get(view.item.exerciseId);
  if (view.stopping) return <StopFlow reason={state.stop?.reason ?? null} act={act} />;
  const easier = exercise?.easier ? exercises.get(exercise.easier) : undefined;
  const makeEasier = () => {
    if (easier) act((nowMs) => ({ type: 'makeEasier', exercise: easier, nowMs }));
    setNoEasier(easier ? null : view.item.exerciseId);
  };
  const feedback = view.step.kind === 'feedback';
  return (
    <div className="player">
      <ItemHeader view={view} exercise={exercise} />
      {view.paused ? <PausedPanel resumed={resumed} prefs={prefs} onPrefs={onPrefs} /> : null}
      {!view.paused && feedback ? <ItemFeedback item={view.item} act={act} /> : null}
      {!view.paused && !feedback ? (
        <FocusKeeper stepKey={stepKey(view)}>
          <StepStage view={view} act={act} />
        </FocusKeeper>
      ) : null}
      {!feedback ? (
        <ItemDetails item={view.item} exercise={exercise} intro={view.step.kind === 'intro'} />
      ) : null}
      <SessionControls
        view={view}
        repMode={state.repMode}
        act={act}
        onEasier={makeEasier}
        noEasier={noEasier === view.item.exerciseId}
      />
    </div>
  );
}

function ItemHeader({ view, exercise }: { view: Playing; exercise: ExerciseView | undefined }) {
  const m = useMessages(sessionMessages);
  const pillars = useMessages(libraryMessages).pillars;
  // Focus comes back here after a pause, as well as on each new exercise.
  const heading = useFocusWhen<HTMLHeadingElement>(
    `${view.index}:${view.item.exerciseId}:${view.paused}`,
  );
  return (
    <header className="player__header">
      <p className="player__progress">
        {m.progress(view.index + 1, view.total)} · {pillars[view.item.pillar]}
      </p>
      <h2 ref={heading} tabIndex={-1} className="player__name">
        {exercise?.name ?? m.unknownExercise}
      </h2>
      {view.item.easier && view.step.kind === 'intro' ? (
        <p className="player__note">{m.intro.easierNow}</p>
      ) : null}
    </header>
  );
}

/**
 * Where focus goes when the button that had it goes away with the step (a count-in's "Start
 * now" when the hold begins): to the step itself, so the next Tab does not start at the top.
 */
function FocusKeeper({ stepKey, children }: { stepKey: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) ref.current?.focus();
  }, [stepKey]);
  return (
    <div ref={ref} tabIndex={-1} className="player__stage">
      {children}
    </div>
  );
}
