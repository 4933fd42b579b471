/**
 * One tolerance test from Start to saved: the run is kept on this device after each change, the
 * clock ticks each second and ends the test by itself at 15 minutes, and the log goes through the
 * sync queue like any other session.
 */
import { useCallback, useState } from 'react';
import type { StopReason } from '../../../core/session-player/index.js';
import type { ToleranceOffer } from '../../../core/tolerance/offers.js';
import {
  buildStoppedTestLog,
  buildToleranceLog,
  isStale,
  isTimeUp,
  runMinutes,
  startRun,
  stopRun,
  type ToleranceRun,
} from '../../../core/tolerance/run.js';
import { useInterval } from '../../hooks/useInterval.js';
import { newClientId } from '../../lib/new-client-id.js';
import { logSession } from '../../sync/sync.js';
import { loadRun, removeRun, saveRun } from './tolerance-storage.js';

/** Where a test stands. */
export type TestStage =
  | { stage: 'before' }
  | { stage: 'running'; run: ToleranceRun; resumed: boolean }
  | { stage: 'after'; run: ToleranceRun }
  | { stage: 'unwell'; run: ToleranceRun; reason: StopReason | null }
  | { stage: 'saved'; clientId: string; minutes: number }
  | { stage: 'ended'; clientId: string };

/** What the screens of a test can do. */
export interface ToleranceTest {
  state: TestStage;
  nowMs: number;
  start: (painBefore: number) => void;
  stop: () => void;
  save: (painAfter: number) => void;
  restart: () => void;
  /** The stop flow: the clock stops, then a reason, then ending without a starting point. */
  unwell: {
    open: () => void;
    choose: (reason: StopReason) => void;
    back: () => void;
    end: () => void;
  };
}

/** The stage a stored run stands at now: forgotten when stale, ended when its 15 minutes are up. */
function resumeStage(userId: string, offer: ToleranceOffer, nowMs: number): TestStage {
  const stored = loadRun(userId);
  if (!stored || stored.activity !== offer.activity) return { stage: 'before' };
  if (isStale(stored, nowMs)) {
    removeRun(userId);
    return { stage: 'before' };
  }
  if (stored.stoppedAtMs !== null || isTimeUp(stored, nowMs)) {
    const run = stopRun(stored, nowMs);
    saveRun(userId, run);
    return { stage: 'after', run };
  }
  return { stage: 'running', run: stored, resumed: true };
}

/** The test of `offer` for the signed-in person `userId`. */
export function useToleranceTest(userId: string, offer: ToleranceOffer): ToleranceTest {
  const [nowMs, setNowMs] = useState(() => Date.now());
  const [state, setState] = useState<TestStage>(() => resumeStage(userId, offer, Date.now()));

  const stopAt = useCallback(
    (run: ToleranceRun, at: number) => {
      const stopped = stopRun(run, at);
      saveRun(userId, stopped);
      setState({ stage: 'after', run: stopped });
    },
    [userId],
  );

  useInterval(
    () => {
      const now = Date.now();
      setNowMs(now);
      if (state.stage === 'running' && isTimeUp(state.run, now)) stopAt(state.run, now);
    },
    state.stage === 'running' ? 250 : null,
  );

  const start = (painBefore: number) => {
    const now = Date.now();
    const { activity, exerciseId } = offer;
    const run = startRun({ clientId: newClientId(), activity, exerciseId, painBefore }, now);
    saveRun(userId, run);
    setNowMs(now);
    setState({ stage: 'running', run, resumed: false });
  };
  const stop = () => {
    if (state.stage === 'running') stopAt(state.run, Date.now());
  };
  const save = (painAfter: number) => {
    if (state.stage !== 'after') return;
    const body = buildToleranceLog(state.run, painAfter);
    if (!body) return;
    logSession(userId, body);
    removeRun(userId);
    const minutes = runMinutes(state.run, state.run.stoppedAtMs ?? Date.now());
    setState({ stage: 'saved', clientId: body.clientId, minutes });
  };
  const restart = () => {
    removeRun(userId);
    setState({ stage: 'before' });
  };
  return { state, nowMs, start, stop, save, restart, unwell: useUnwell(userId, state, setState) };
}

/** "Something feels wrong": the run is kept stopped; ending saves it as a partial session with its reason. */
function useUnwell(userId: string, state: TestStage, setState: (next: TestStage) => void): ToleranceTest['unwell'] {
  return {
    open: () => {
      if (state.stage !== 'running') return;
      const run = stopRun(state.run, Date.now());
      saveRun(userId, run);
      setState({ stage: 'unwell', run, reason: null });
    },
    choose: (reason) => {
      if (state.stage === 'unwell') setState({ ...state, reason });
    },
    back: () => {
      if (state.stage === 'unwell') setState({ stage: 'after', run: state.run });
    },
    end: () => {
      if (state.stage !== 'unwell' || state.reason === null) return;
      const body = buildStoppedTestLog(state.run, state.reason, state.run.stoppedAtMs ?? Date.now());
      logSession(userId, body);
      removeRun(userId);
      setState({ stage: 'ended', clientId: body.clientId });
    },
  };
}
