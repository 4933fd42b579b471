/**
 * An exercise being played: its name and place in the session, then what to do now (a count-in,
 * a hold, reps, a timer with its breathing guide, or the question after it), the picture and the
 * steps, and the controls within reach of a thumb. The stop flow takes the whole screen.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { ExerciseView } from '../../../contract/exercise.js';
import { allowedPositions } from '../../../core/planner/eligibility.js';
import {
  decideEasier,
  findGentlerVersion,
  stepKey,
  type EaseChange,
  type EaseOptions,
  type PlayerView,
  type SessionState,
} from '../../../core/session-player/index.js';
import { useProfile } from '../../hooks/useProfile.js';
import { useFocusWhen } from '../../hooks/useFocusWhen.js';
import { useMessages } from '../../i18n/useMessages.js';
import { libraryMessages } from '../library/messages.js';
import type { ExerciseIndex } from '../plan/PlanSessions.js';
import type { CuePrefs } from './cue-output.js';
import { ItemDetails } from './ItemDetails.js';
import { ItemFeedback } from './ItemFeedback.js';
import { sessionMessages, type SessionWords } from './messages.js';
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
  const exercise = exercises.get(view.item.exerciseId);
  const options = useEaseOptions(exercise, exercises);
  if (view.stopping) return <StopFlow reason={state.stop?.reason ?? null} act={act} />;
  const feedback = view.step.kind === 'feedback';
  const intro = view.step.kind === 'intro';
  const nextEase = decideEasier(view.item.exerciseId, view.item.dose, options).kind;
  return (
    <div className={`player${intro || feedback ? '' : ' player--running'}`}>
      <ItemHeader view={view} exercise={exercise} exercises={exercises} />
      {view.paused ? <PausedPanel resumed={resumed} prefs={prefs} onPrefs={onPrefs} /> : null}
      {!view.paused && feedback ? <ItemFeedback item={view.item} act={act} /> : null}
      <div className="player__now">
        {!view.paused && !feedback ? (
          <FocusKeeper stepKey={stepKey(view)}>
            <StepStage view={view} act={act} />
          </FocusKeeper>
        ) : null}
        {!feedback ? (
          <ItemDetails item={view.item} exercise={exercise} intro={intro} slot={state.slot} />
        ) : null}
      </div>
      <SessionControls
        view={view}
        repMode={state.repMode}
        act={act}
        onEasier={() => act((nowMs) => ({ type: 'makeEasier', ...options, nowMs }))}
        restNext={nextEase === 'rest'}
      />
    </div>
  );
}

/** The versions "make it easier" may switch to: the easier variant, or a seated or bed one. */
function useEaseOptions(exercise: ExerciseView | undefined, exercises: ExerciseIndex): EaseOptions {
  const profile = useProfile();
  const allowed = profile.status === 'success' && profile.data ? allowedPositions(profile.data) : null;
  if (!exercise || !allowed) return {};
  const fits = (e: ExerciseView | undefined) => (e && e.positions.some((p) => allowed.has(p)) ? e : undefined);
  const easier = fits(exercise.easier ? exercises.get(exercise.easier) : undefined);
  const gentler = findGentlerVersion(exercise, [...exercises.values()], allowed);
  return { easier, gentler };
}

function ItemHeader({ view, exercise, exercises }: { view: Playing; exercise: ExerciseView | undefined; exercises: ExerciseIndex }) {
  const m = useMessages(sessionMessages);
  const pillars = useMessages(libraryMessages).pillars;
  // Focus comes back here after a pause, as well as on each new exercise.
  const heading = useFocusWhen<HTMLHeadingElement>(
    `${view.index}:${view.item.exerciseId}:${view.paused}`,
  );
  const eased = view.item.eased ? describeEase(view.item.eased, exercises, m) : null;
  return (
    <header className="player__header">
      <p className="player__progress">
        {m.progress(view.index + 1, view.total)} · {pillars[view.item.pillar]}
      </p>
      <h2 ref={heading} tabIndex={-1} className="player__name">
        {exercise?.name ?? m.unknownExercise}
      </h2>
      {/* The note belongs to this exercise: it lives with its name, never in the controls. */}
      <p className="player__note" role="status">
        {eased}
      </p>
    </header>
  );
}

/** What the last press of "make it easier" changed, in plain words. */
function describeEase(change: EaseChange, exercises: ExerciseIndex, m: SessionWords): string {
  switch (change.kind) {
    case 'variant':
    case 'position': {
      const name = exercises.get(change.toId)?.name ?? m.unknownExercise;
      return `${m.eased[change.kind](name)} ${m.eased.kept}`;
    }
    case 'dose':
      return `${m.eased[change.field](change.from, change.to)} ${m.eased.kept}`;
    case 'rest':
      return m.eased.rest;
  }
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
