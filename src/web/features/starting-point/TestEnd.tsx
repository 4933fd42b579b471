/**
 * The last two screens of the test: how long it lasted and pain after, then the starting point
 * in one kind sentence — computed by the pacing rule, the same the server applies.
 */
import { useRef, useState } from 'react';
import type { ToleranceOffer } from '../../../core/tolerance/offers.js';
import { TOLERANCE_TEST, elapsedMs, startingPointOf, type ToleranceRun } from '../../../core/tolerance/run.js';
import { ScaleInput } from '../../components/ScaleInput.js';
import { useFocusWhen } from '../../hooks/useFocusWhen.js';
import { useMessages } from '../../i18n/useMessages.js';
import { Link } from '../../router/Link.js';
import { PATHS } from '../../router/match-route.js';
import { SyncStatusLine } from '../../sync/SyncStatusLine.js';
import { activityWords, startingPointMessages } from './messages.js';

interface AfterTestProps {
  run: ToleranceRun;
  onSave: (painAfter: number) => void;
  onRestart: () => void;
}

/** "Test done", how long it lasted, pain after, and Save. */
export function AfterTest({ run, onSave, onRestart }: AfterTestProps) {
  const m = useMessages(startingPointMessages);
  const heading = useFocusWhen<HTMLHeadingElement>(`after:${run.clientId}`);
  const [pain, setPain] = useState<number | null>(null);
  const [tried, setTried] = useState(false);
  const scale = useRef<HTMLDivElement>(null);
  const lasted = elapsedMs(run, run.stoppedAtMs ?? run.startedAtMs);
  const how = lasted >= TOLERANCE_TEST.maxMinutes * 60_000 ? 'timeUp' : 'stopped';
  const save = () => {
    setTried(true);
    if (pain === null) return scale.current?.querySelector('input')?.focus();
    onSave(pain);
  };
  return (
    <section aria-labelledby="starting-point-after" className="starting-point">
      <h2 id="starting-point-after" ref={heading} tabIndex={-1}>
        {m.after.heading[how]}
      </h2>
      <p>{m.after.body[how]}</p>
      <p className="starting-point__lasted">{m.after.lasted(m.timeWords(lasted))}</p>
      <div ref={scale}>
        <ScaleInput
          legend={m.after.painAfter}
          low={m.low}
          high={m.high}
          size="large"
          value={pain}
          error={tried && pain === null ? m.after.needPain : null}
          onChange={setPain}
        />
      </div>
      <button type="button" className="button button--primary button--big" onClick={save}>
        {m.after.save}
      </button>
      {how === 'stopped' ? (
        <p>
          <button type="button" className="button button--link" onClick={onRestart}>
            {m.after.again}
          </button>
        </p>
      ) : null}
    </section>
  );
}

interface TestResultProps {
  offer: ToleranceOffer;
  userId: string;
  clientId: string;
  minutes: number;
}

/** "Your starting point: 5 minutes of walking a day", and whether it has reached the server. */
export function TestResult({ offer, userId, clientId, minutes }: TestResultProps) {
  const m = useMessages(startingPointMessages).result;
  const heading = useFocusWhen<HTMLHeadingElement>(`result:${clientId}`);
  return (
    <section aria-labelledby="starting-point-result" className="starting-point">
      <div className="notice notice--success">
        <h2 id="starting-point-result" ref={heading} tabIndex={-1} className="notice__title">
          {m.heading}
        </h2>
        <p className="starting-point__amount">
          {m.amount(startingPointOf(minutes), activityWords(offer.kind, offer.seated).noun)}
        </p>
        <p>{m.why(minutes)}</p>
      </div>
      <p>{m.offDays}</p>
      <SyncStatusLine userId={userId} opKey={clientId} />
      <div className="button-row">
        <Link className="button button--primary" to={PATHS.pacing}>
          {m.pacingLink}
        </Link>
        <Link className="button button--secondary" to={PATHS.plan}>
          {m.planLink}
        </Link>
      </div>
    </section>
  );
}
