/**
 * A timed stretch: the time left in a ring; for aerobic activity the talk test; for mind-body
 * practice the breathing guide at the exercise's rhythm (or the person's own).
 */
import type { Pillar } from '../../../core/library/exercise.js';
import type { StepView } from '../../../core/session-player/index.js';
import { useMessages } from '../../i18n/useMessages.js';
import { BreathingPacer } from './BreathingPacer.js';
import { sessionMessages } from './messages.js';
import { ProgressRing } from './ProgressRing.js';
import type { Act } from './useSessionPlayer.js';

interface TimedStageProps {
  step: Extract<StepView, { kind: 'timed' }>;
  pillar: Pillar;
  act: Act;
}

/** The timer of a timed stretch, with the talk test or the breathing guide. */
export function TimedStage({ step, pillar, act }: TimedStageProps) {
  const m = useMessages(sessionMessages);
  const time = (
    <span className="stage__time" role="timer" aria-label={m.step.timeLeft}>
      {m.time(step.remainingMs)}
    </span>
  );
  if (step.pattern && step.breath) {
    return (
      <div className="stage stage--timed stage--breathing">
        <p className="stage__label stage__label--inline">
          {m.step.timeLeft} {time}
        </p>
        <BreathingPacer
          pattern={step.pattern}
          moment={step.breath}
          onChange={(pattern) => act(() => ({ type: 'setBreath', pattern }))}
        />
      </div>
    );
  }
  return (
    <div className="stage stage--timed">
      <p className="stage__label">{m.step.timeLeft}</p>
      <div className="stage__ring">
        <ProgressRing fraction={step.totalMs > 0 ? step.remainingMs / step.totalMs : 0} />
        {time}
      </div>
      {pillar === 'aerobic' ? (
        <p className="stage__hint stage__hint--talk">{m.step.talkTest}</p>
      ) : null}
    </div>
  );
}
