/**
 * The first two screens of the test: how it works with pain before and a big Start, then the
 * running clock with one big "I'd like to stop".
 */
import { useRef, useState } from 'react';
import type { ToleranceOffer } from '../../../core/tolerance/offers.js';
import { elapsedMs, type ToleranceRun } from '../../../core/tolerance/run.js';
import { ScaleInput } from '../../components/ScaleInput.js';
import { useFocusWhen } from '../../hooks/useFocusWhen.js';
import { useMessages } from '../../i18n/useMessages.js';
import { StopSigns } from '../session/StopFlow.js';
import { activityWords, startingPointMessages } from './messages.js';

/** How the test works, pain before, and Start. */
export function BeforeTest({ offer, onStart }: { offer: ToleranceOffer; onStart: (pain: number) => void }) {
  const m = useMessages(startingPointMessages);
  const words = activityWords(offer.kind, offer.seated);
  const [pain, setPain] = useState<number | null>(null);
  const [tried, setTried] = useState(false);
  const scale = useRef<HTMLDivElement>(null);
  const start = () => {
    setTried(true);
    if (pain === null) return scale.current?.querySelector('input')?.focus();
    onStart(pain);
  };
  return (
    <div className="starting-point">
      <p>{m.intro(words.noun)}</p>
      <section aria-labelledby="starting-point-how" className="card">
        <h2 id="starting-point-how">{m.howTo}</h2>
        <ol className="starting-point__steps">
          {m.steps(words.verb).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <div ref={scale}>
        <ScaleInput
          legend={m.painBefore}
          low={m.low}
          high={m.high}
          size="large"
          value={pain}
          error={tried && pain === null ? m.needPain : null}
          onChange={setPain}
        />
      </div>
      <button type="button" className="button button--primary button--big" onClick={start}>
        {m.start}
      </button>
      <StopSigns />
      <p className="stage__hint">{m.notAClinician}</p>
    </div>
  );
}

interface RunningTestProps {
  offer: ToleranceOffer;
  run: ToleranceRun;
  nowMs: number;
  resumed: boolean;
  onStop: () => void;
  onUnwell: () => void;
}

/** The clock, the talk test, and the one big button. */
export function RunningTest({ offer, run, nowMs, resumed, onStop, onUnwell }: RunningTestProps) {
  const m = useMessages(startingPointMessages);
  const heading = useFocusWhen<HTMLHeadingElement>(`running:${run.clientId}`);
  return (
    <section aria-labelledby="starting-point-running" className="starting-point starting-point--running">
      <h2 id="starting-point-running" ref={heading} tabIndex={-1}>
        {m.running.heading(activityWords(offer.kind, offer.seated).noun)}
      </h2>
      {resumed ? <p className="notice">{m.running.welcomeBack}</p> : null}
      <p className="starting-point__clock">
        <span className="starting-point__clock-label">{m.running.clockLabel}</span>
        <span className="stage__time starting-point__time" role="timer" aria-label={m.running.clockLabel}>
          {m.time(elapsedMs(run, nowMs))}
        </span>
        <span className="starting-point__clock-most">{m.running.ofMost}</span>
      </p>
      {/* Right under the clock, not stuck to the screen's edge: at large text sizes a sticky bar would cover the clock. */}
      <button type="button" className="button button--primary button--big button--count" onClick={onStop}>
        {m.running.stop}
      </button>
      <p className="stage__hint stage__hint--talk">{m.running.talkTest}</p>
      <button type="button" className="button button--stop button--wide" onClick={onUnwell}>
        {m.running.unwell}
      </button>
      <p className="stage__hint">{m.notAClinician}</p>
    </section>
  );
}
