/**
 * The controls, kept at the bottom of a phone screen within reach of a thumb: the one thing to
 * do now (begin, count a rep, carry on…), then pause, skip and "make it easier", and always the
 * stop button.
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
  noEasier: boolean;
}

/** The sticky bar of a session under way. */
export function SessionControls({ view, repMode, act, onEasier, noEasier }: SessionControlsProps) {
  const m = useMessages(sessionMessages);
  const primary = primaryAction(view, repMode, act, m);
  const kind = view.step.kind;
  return (
    <div className="player-controls" role="group" aria-label={m.controls.label}>
      {noEasier ? (
        <p className="player-controls__note" role="status">
          {m.controls.noEasier}
        </p>
      ) : null}
      {primary ? (
        <button
          type="button"
          className={`button button--primary button--big${kind === 'reps' && repMode === 'tap' ? ' button--count' : ''}`}
          onClick={primary.run}
        >
          {primary.label}
        </button>
      ) : null}
      {view.paused ? <EndHere act={act} label={m.paused.end} /> : null}
      {!view.paused && kind !== 'feedback' ? (
        <ItemButtons intro={kind === 'intro'} act={act} onEasier={onEasier} m={m} />
      ) : null}
      <button
        type="button"
        className="button button--stop"
        onClick={() => act((nowMs) => ({ type: 'openStop', nowMs }))}
      >
        {m.controls.stop}
      </button>
    </div>
  );
}

/** "End the session here", while paused: keeps what was done as a shorter session. */
function EndHere({ act, label }: { act: Act; label: string }) {
  const end = () => act((nowMs) => ({ type: 'end', why: 'left', nowMs }));
  return (
    <button type="button" className="button button--secondary button--wide" onClick={end}>
      {label}
    </button>
  );
}

function ItemButtons({
  intro,
  act,
  onEasier,
  m,
}: {
  intro: boolean;
  act: Act;
  onEasier: () => void;
  m: SessionWords;
}) {
  return (
    <div className="player-controls__row">
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
        {m.controls.easier}
      </button>
    </div>
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
