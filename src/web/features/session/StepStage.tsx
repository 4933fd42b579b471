/** What to do right now: a count-in, a hold, a rest, reps, or a timed stretch. */
import type { PlayerView, Segment, StepView } from '../../../core/session-player/index.js';
import { READY_MS } from '../../../core/session-player/index.js';
import { useMessages } from '../../i18n/useMessages.js';
import { sessionMessages, type SessionWords } from './messages.js';
import { ProgressRing } from './ProgressRing.js';
import { RepCounter } from './RepCounter.js';
import { TimedStage } from './TimedStage.js';
import type { Act } from './useSessionPlayer.js';

type Playing = Extract<PlayerView, { stage: 'playing' }>;

/** The large area at the top of an exercise. */
export function StepStage({ view, act }: { view: Playing; act: Act }) {
  const m = useMessages(sessionMessages);
  const { step } = view;
  switch (step.kind) {
    case 'intro':
      return <p className="stage stage--intro">{m.intro.getReady}</p>;
    case 'ready':
    case 'hold':
    case 'rest':
      return <Countdown step={step} {...describeCountdown(step, m)} />;
    case 'reps':
      return <RepCounter step={step} act={act} />;
    case 'timed':
      return <TimedStage step={step} pillar={view.item.pillar} act={act} />;
    case 'feedback':
      return null;
  }
}

type CountdownStep = Extract<StepView, { kind: 'ready' | 'hold' | 'rest' }>;

/** The words and length of a count-in, a hold or a rest. */
function describeCountdown(step: CountdownStep, m: SessionWords) {
  switch (step.kind) {
    case 'ready':
      return { totalMs: READY_MS, label: m.step.ready, hint: describeNext(step.next, m) };
    case 'hold': {
      const { round, rounds, side, ms } = step.segment;
      return { totalMs: ms, label: m.step.hold(round, rounds, side), hint: m.step.holdHint };
    }
    case 'rest':
      return {
        totalMs: step.segment.ms,
        label: m.step.rest[step.segment.after],
        hint: describeNext(step.next, m),
      };
  }
}

/** "Next: Hold 2 of 3 · other side", after a count-in or a rest. */
function describeNext(next: Segment | undefined, m: SessionWords): string | undefined {
  if (next?.kind === 'hold') return m.step.next(m.step.hold(next.round, next.rounds, next.side));
  if (next?.kind === 'reps') return m.step.next(m.step.set(next.set, next.sets, next.side));
  return undefined;
}

interface CountdownProps {
  step: CountdownStep;
  totalMs: number;
  label: string;
  hint?: string | undefined;
}

/** A countdown in a ring that empties as time passes. */
function Countdown({ step, totalMs, label, hint }: CountdownProps) {
  const m = useMessages(sessionMessages);
  return (
    <div className={`stage stage--${step.kind}`}>
      <p className="stage__label">{label}</p>
      <div className="stage__ring">
        <ProgressRing fraction={totalMs > 0 ? step.remainingMs / totalMs : 0} />
        <p className="stage__time" role="timer" aria-label={m.step.timeLeft}>
          {m.time(step.remainingMs)}
        </p>
      </div>
      {hint ? <p className="stage__hint">{hint}</p> : null}
    </div>
  );
}
