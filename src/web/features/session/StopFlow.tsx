/**
 * "Stop — something feels wrong": what feels wrong, then what to do about it and the signs to
 * stop and get help (CLINICAL.md §1). Chest pain and weakness on one side lead with the
 * emergency number as a tap-to-call link; the other stop signs offer it too. Ending here saves
 * what was done as a shorter session — never a judgement.
 */
import {
  STOP_REASONS,
  isEmergencyStop,
  mayCarryOnAfterStop,
  type StopReason,
} from '../../../core/session-player/index.js';
import { isRedFlagStop } from '../../../core/safety-review.js';
import { useFocusWhen } from '../../hooks/useFocusWhen.js';
import { useMessages } from '../../i18n/useMessages.js';
import { EmergencyCall } from '../safety/EmergencyCall.js';
import { CrpsStopSigns } from './CrpsStopSigns.js';
import { SignsNotice } from './SignsNotice.js';
import { sessionMessages } from './messages.js';
import type { Act } from './useSessionPlayer.js';

/** The stop flow, in place of the session. */
export function StopFlow({ reason, act }: { reason: StopReason | null; act: Act }) {
  const m = useMessages(sessionMessages).stop;
  if (reason === null) {
    return (
      <StopReasons
        onChoose={(chosen) => act(() => ({ type: 'chooseStopReason', reason: chosen }))}
        onBack={() => act(() => ({ type: 'closeStop' }))}
      />
    );
  }
  return (
    <StopAdvice
      reason={reason}
      endLabel={m.end}
      onEnd={() => act((nowMs) => ({ type: 'end', why: 'stopped', nowMs }))}
      onCarryOn={() => act(() => ({ type: 'closeStop' }))}
    />
  );
}

/** "What feels wrong?": one button per stop reason, and a way back. */
export function StopReasons({
  onChoose,
  onBack,
  backLabel,
}: {
  onChoose: (reason: StopReason) => void;
  onBack: () => void;
  backLabel?: string;
}) {
  const m = useMessages(sessionMessages).stop;
  const heading = useFocusWhen<HTMLHeadingElement>('stop');
  return (
    <section className="stop" aria-labelledby="stop-heading">
      <h2 id="stop-heading" ref={heading} tabIndex={-1}>
        {m.heading}
      </h2>
      <p>{m.intro}</p>
      <ul className="stop__reasons">
        {STOP_REASONS.map((reason) => (
          <li key={reason}>
            <button
              type="button"
              className="button button--secondary button--wide stop__reason"
              onClick={() => onChoose(reason)}
            >
              {m.reasons[reason]}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--link"
        onClick={onBack}
      >
        {backLabel ?? m.back}
      </button>
    </section>
  );
}

interface StopAdviceProps {
  reason: StopReason;
  endLabel: string;
  onEnd: () => void;
  /** Offered only where carrying on is safe; left out, there is no way back. */
  onCarryOn?: () => void;
}

/** What to do now for the reason chosen, the signs to get help, and ending here. */
export function StopAdvice({ reason, endLabel, onEnd, onCarryOn }: StopAdviceProps) {
  const m = useMessages(sessionMessages).stop;
  const emergency = isEmergencyStop(reason);
  const heading = useFocusWhen<HTMLHeadingElement>(`advice:${reason}`);
  return (
    <section className="stop" aria-labelledby="stop-advice">
      <div className={`notice ${emergency ? 'notice--emergency' : 'notice--stop'}`}>
        <h2 id="stop-advice" ref={heading} tabIndex={-1} className="notice__title">
          {emergency ? m.emergencyTitle : m.adviceTitle}
        </h2>
        <p className="stop__reason-chosen">{m.reasons[reason]}</p>
        {/* An emergency leads with the number, where it is found even at large text sizes. */}
        {emergency ? <EmergencyCall /> : null}
        {m.advice[reason].map((line) => (
          <p key={line}>{line}</p>
        ))}
        {!emergency && isRedFlagStop(reason) ? <EmergencyCall wide={false} /> : null}
      </div>
      <StopSigns />
      <CrpsStopSigns />
      <p className="stage__hint">{m.notADiagnosis}</p>
      <div className="player-controls">
        <button
          type="button"
          className="button button--primary button--big"
          onClick={onEnd}
        >
          {endLabel}
        </button>
        {onCarryOn && mayCarryOnAfterStop(reason) && (
          <button
            type="button"
            className="button button--secondary button--wide"
            onClick={onCarryOn}
          >
            {m.carryOn}
          </button>
        )}
      </div>
    </section>
  );
}

/** The stop-exercise signs of CLINICAL.md §1, each with what to do. */
export function StopSigns() {
  const m = useMessages(sessionMessages).stop;
  return (
    <SignsNotice id="stop-signs" title={m.signsTitle} signs={m.signs}>
      <EmergencyCall wide={false} />
    </SignsNotice>
  );
}
