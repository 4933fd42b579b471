/**
 * The breathing guide: a circle that grows on the breath in and shrinks on the breath out, its
 * pace set by the phase's length; with reduced motion asked for, counting words instead. The
 * rhythm can be made longer or shorter. Phases are not announced: they would talk every few
 * seconds (spoken cues can say them when turned on).
 */
import { useId } from 'react';
import type { BreathPattern } from '../../../core/library/exercise.js';
import { adjustBreath, type BreathMoment } from '../../../core/session-player/index.js';
import { useReducedMotion } from '../../hooks/useReducedMotion.js';
import { useMessages } from '../../i18n/useMessages.js';
import { sessionMessages } from './messages.js';

interface BreathingPacerProps {
  pattern: BreathPattern;
  moment: BreathMoment;
  onChange: (pattern: BreathPattern) => void;
}

/** The pacer for a mind-body practice. */
export function BreathingPacer({ pattern, moment, onChange }: BreathingPacerProps) {
  const m = useMessages(sessionMessages).pacer;
  const reduced = useReducedMotion();
  const id = useId();
  return (
    <section className="pacer" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="pacer__heading">
        {m.heading}
      </h3>
      <p className="pacer__rhythm">{m.rhythm(pattern.inSeconds, pattern.outSeconds)}</p>
      {reduced ? null : (
        <div className="pacer__stage" aria-hidden="true">
          <div
            className={`pacer__circle pacer__circle--${moment.phase}`}
            style={{ transitionDuration: `${moment.seconds}s` }}
          />
        </div>
      )}
      <p className="pacer__phase">{m.phases[moment.phase]}</p>
      {reduced ? <p className="pacer__count">{m.counting(moment.second, moment.seconds)}</p> : null}
      <RhythmAdjust pattern={pattern} onChange={onChange} />
    </section>
  );
}

function RhythmAdjust({
  pattern,
  onChange,
}: {
  pattern: BreathPattern;
  onChange: (pattern: BreathPattern) => void;
}) {
  const m = useMessages(sessionMessages).pacer;
  return (
    <details className="disclosure pacer__adjust">
      <summary className="disclosure__summary">{m.adjust}</summary>
      <div className="disclosure__body">
        <Stepper
          label={m.breathIn}
          seconds={pattern.inSeconds}
          onStep={(d) => onChange(adjustBreath(pattern, 'in', d))}
        />
        <Stepper
          label={m.breathOut}
          seconds={pattern.outSeconds}
          onStep={(d) => onChange(adjustBreath(pattern, 'out', d))}
        />
      </div>
    </details>
  );
}

/** One part of a breath, a second shorter or longer at a time. */
function Stepper({
  label,
  seconds,
  onStep,
}: {
  label: string;
  seconds: number;
  onStep: (delta: -1 | 1) => void;
}) {
  const m = useMessages(sessionMessages).pacer;
  const steps = [
    { delta: -1 as const, sign: '−', words: m.shorter(label) },
    { delta: 1 as const, sign: '+', words: m.longer(label) },
  ];
  const [shorter, longer] = steps.map(({ delta, sign, words }) => (
    <button
      key={delta}
      type="button"
      className="button button--secondary stepper__button"
      onClick={() => onStep(delta)}
    >
      <span aria-hidden="true">{sign}</span>
      <span className="visually-hidden">{words}</span>
    </button>
  ));
  return (
    <div className="stepper" role="group" aria-label={label}>
      <span className="stepper__label">{label}</span>
      {shorter}
      <span className="stepper__value">{m.seconds(seconds)}</span>
      {longer}
    </div>
  );
}
