/**
 * A set of reps: counted by the person's taps (the count is read out after each tap), or paced by
 * the counter — about 3 s up and 3 s down — with a marker that rises and falls.
 */
import { useId } from 'react';
import type { RepMode, StepView } from '../../../core/session-player/index.js';
import { useMessages } from '../../i18n/useMessages.js';
import { sessionMessages } from './messages.js';
import type { Act } from './useSessionPlayer.js';

type RepsStep = Extract<StepView, { kind: 'reps' }>;

/** The reps of one set. */
export function RepCounter({ step, act }: { step: RepsStep; act: Act }) {
  const m = useMessages(sessionMessages).step;
  const { set, sets, side, target } = step.segment;
  return (
    <div className="stage stage--reps">
      <p className="stage__label">{m.set(set, sets, side)}</p>
      {step.mode === 'tap' ? (
        <p className="stage__count" aria-live="polite" aria-atomic="true">
          {m.count(step.count, target)}
        </p>
      ) : (
        <div className={`paced paced--${step.part}`}>
          <div className="paced__track" aria-hidden="true">
            <span className="paced__marker" />
          </div>
          <div>
            <p className="stage__count">{m.rep(step.rep, target)}</p>
            <p className="paced__part">{m.repParts[step.part]}</p>
          </div>
        </div>
      )}
      <p className="stage__hint">
        {(step.mode === 'tap' ? m.tapHint : m.pacedHint)(step.segment.holdMs / 1000)}
      </p>
      <RepModeSwitch
        mode={step.mode}
        onChange={(mode) => act((nowMs) => ({ type: 'setRepMode', mode, nowMs }))}
      />
      {step.mode === 'tap' ? (
        <button
          type="button"
          className="button button--link"
          onClick={() => act((nowMs) => ({ type: 'finishSet', nowMs }))}
        >
          {m.endSet}
        </button>
      ) : null}
    </div>
  );
}

function RepModeSwitch({ mode, onChange }: { mode: RepMode; onChange: (mode: RepMode) => void }) {
  const m = useMessages(sessionMessages).step;
  const name = useId();
  return (
    <fieldset className="segmented rep-mode">
      <legend className="choice-group__legend">{m.repMode}</legend>
      <div className="segmented__options">
        {(['tap', 'paced'] as const).map((option) => (
          <label key={option} className="segmented__option">
            <input
              type="radio"
              className="segmented__input"
              name={name}
              checked={mode === option}
              onChange={() => onChange(option)}
            />
            <span className="segmented__label">
              <span className="segmented__check" aria-hidden="true" />
              {m.repModes[option]}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
