/**
 * The controls, kept at the bottom of a phone screen within reach of a thumb and small enough to
 * leave the picture and the step in view: the one thing to do now (begin, count a rep, carry
 * on…) large, then one compact row of pause, skip, "make it easier" and stop. Nothing else lives
 * here, so the bar never grows over the timer.
 */
import type { PlayerView, RepMode } from '../../../core/session-player/index.js';
import { useMessages } from '../../i18n/useMessages.js';
import { sessionMessages, type SessionWords } from './messages.js';
import type { Act } from './useSessionPlayer.js';

type Playing = Extract<PlayerView, { stage: 'playing' }>;

interface SessionControlsProps {
  view: Playing;
  repMode: RepMode;
  act: Act;
  onEasier: () => void;
  /** True when the next press of "make it easier" offers a rest: the button says so. */
  restNext: boolean;
}

/** The sticky bar of a session under way. */
export function SessionControls({ view, repMode, act, onEasier, restNext }: SessionControlsProps) {
  const m = useMessages(sessionMessages);
  const primary = primaryAction(view, repMode, act, m);
  const kind = view.step.kind;
  const itemButtons = !view.paused && kind !== 'feedback';
  return (
    <div className="player-controls" role="group" aria-label={m.controls.label}>
      {primary ? (
        <button
          type="button"
          className={`button button--primary button--big${kind === 'reps' && repMode === 'tap' ? ' button--count' : ''}`}
          onClick={primary.run}
        >
          {primary.label}
        </button>
      ) : null}
      <div className="player-controls__row">
        {view.paused ? <EndHere act={act} label={m.paused.end} /> : null}
        {itemButtons ? (
          <ItemButtons intro={kind === 'intro'} act={act} onEasier={onEasier} restNext={restNext} m={m} />
        ) : null}
        <button
          type="button"
          className="button button--stop"
          aria-label={m.controls.stopLong}
          onClick={() => act((nowMs) => ({ type: 'openStop', nowMs }))}
        >
          {m.controls.stop}
        </button>
      </div>
    </div>
  );
}

/** "End the session here", while paused: keeps what was done as a shorter session. */
function EndHere({ act, label }: { act: Act; label: string }) {
  const end = () => act((nowMs) => ({ type: 'end', why: 'left', nowMs }));
  return (
    <button type="button" className="button button--secondary player-controls__wide" onClick={end}>
      {label}
    </button>
  );
}

function ItemButtons({
  intro,
  act,
  onEasier,
  restNext,
  m,
}: {
  intro: boolean;
  act: Act;
  onEasier: () => void;
  restNext: boolean;
  m: SessionWords;
}) {
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => act((nowMs) => ({ type: 'pause', nowMs }))}
      >
        {m.controls.pause}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => act((nowMs) => ({ type: 'skipItem', nowMs }))}
      >
        {intro ? m.controls.skip : m.controls.endExercise}
      </button>
      <button type="button" className="button button--secondary" onClick={onEasier}>
        {restNext ? m.controls.restInstead : m.controls.easier}
      </button>
    </>
  );
}

/** The one thing to do now, if there is one. */
function primaryAction(
  view: Playing,
  repMode: RepMode,
  act: Act,
  m: SessionWords,
): { label: string; run: () => void } | null {
  if (view.paused)
    return { label: m.paused.resume, run: () => act((nowMs) => ({ type: 'resume', nowMs })) };
  const step = view.step;
  switch (step.kind) {
    case 'intro':
      return { label: m.intro.begin, run: () => act((nowMs) => ({ type: 'beginItem', nowMs })) };
    case 'ready':
      return { label: m.step.startNow, run: () => act((nowMs) => ({ type: 'skipRest', nowMs })) };
    case 'rest':
      return { label: m.step.imReady, run: () => act((nowMs) => ({ type: 'skipRest', nowMs })) };
    case 'reps':
      return repMode === 'tap'
        ? { label: m.step.countRep, run: () => act((nowMs) => ({ type: 'countRep', nowMs })) }
        : { label: m.step.endSet, run: () => act((nowMs) => ({ type: 'finishSet', nowMs })) };
    case 'feedback':
      return {
        label: view.index + 1 === view.total ? m.feedback.last : m.feedback.next,
        run: () => act((nowMs) => ({ type: 'nextItem', nowMs })),
      };
    case 'hold':
    case 'timed':
      return null;
  }
}
