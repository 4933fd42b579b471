/** One guided session from pain before to the summary, with cues announced politely. */
import { useState } from 'react';
import {
  buildSessionLog,
  viewSession,
  type SessionState,
} from '../../../core/session-player/index.js';
import { Page } from '../../components/Page.js';
import { useAccount } from '../auth/session-context.js';
import type { ExerciseIndex } from '../plan/PlanSessions.js';
import { BeforeStep } from './BeforeStep.js';
import { loadCuePrefs, saveCuePrefs, type CuePrefs } from './cue-output.js';
import { EndStep } from './EndStep.js';
import { logSession } from '../../sync/sync.js';
import { PlayingStep } from './PlayingStep.js';
import { SummaryStep } from './SummaryStep.js';
import { useSessionCues, useSessionPlayer } from './useSessionPlayer.js';

interface SessionPlayerProps {
  title: string;
  storageKey: string;
  initial: SessionState;
  exercises: ExerciseIndex;
  /** True when the session came back from this device's storage, paused. */
  resumed: boolean;
  onRestart: () => void;
}

/** The player: the screen for each stage of the session. */
export function SessionPlayer(props: SessionPlayerProps) {
  const { title, initial, exercises, onRestart } = props;
  const account = useAccount();
  const { state, now, act, store } = useSessionPlayer(props.storageKey, initial);
  const [prefs, changePrefs] = useCuePrefs();
  const announcement = useSessionCues(store, prefs);
  const view = viewSession(state, now);
  // The log goes to the sync queue the moment the session is finished; the queue sends it.
  const finish = () => {
    act((nowMs) => ({ type: 'finish', nowMs }));
    const body = buildSessionLog(store.getState());
    if (store.getState().stage !== 'finished' || !body) return;
    logSession(account.id, body);
  };
  const cues = { prefs, onPrefs: changePrefs };
  // "Welcome back" only until the person does something after a reload.
  const resumed = props.resumed && state.lastSeenMs === initial.lastSeenMs;
  return (
    <Page title={title}>
      <LiveRegion text={announcement.text} count={announcement.count} />
      {view.stage === 'before' ? <BeforeStep {...{ state, exercises, act }} {...cues} /> : null}
      {view.stage === 'playing' ? (
        <PlayingStep {...{ view, state, exercises, act, resumed }} {...cues} />
      ) : null}
      {view.stage === 'after' ? (
        <EndStep state={state} ending={view.ending} act={act} onSave={finish} />
      ) : null}
      {view.stage === 'finished' ? (
        <SummaryStep state={state} userId={account.id} onRestart={onRestart} />
      ) : null}
    </Page>
  );
}

/** The cue switches, remembered for the next session. */
function useCuePrefs(): [CuePrefs, (next: CuePrefs) => void] {
  const [prefs, setPrefs] = useState<CuePrefs>(loadCuePrefs);
  const change = (next: CuePrefs) => {
    setPrefs(next);
    saveCuePrefs(next);
  };
  return [prefs, change];
}

/** A polite announcement; the same words twice are read twice (a space tells them apart). */
function LiveRegion({ text, count }: { text: string; count: number }) {
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {text}
      {count % 2 === 0 ? '' : '\u00a0'}
    </p>
  );
}
