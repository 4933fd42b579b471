/**
 * Keeps the screen on while `active` (a guided session under way) with the Screen Wake Lock API,
 * where the browser has it. The lock is taken again when the page becomes visible (browsers drop
 * it when a tab is hidden). Missing support or a refusal changes nothing else.
 */
import { useEffect } from 'react';

interface WakeLockLike {
  released: boolean;
  release(): Promise<void>;
}

function requestScreenLock(): Promise<WakeLockLike> | null {
  const wakeLock = typeof navigator === 'undefined' ? undefined : navigator.wakeLock;
  if (!wakeLock || typeof wakeLock.request !== 'function') return null;
  try {
    return wakeLock.request('screen');
  } catch {
    return null;
  }
}

/** Holds a screen wake lock while `active`. */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let lock: WakeLockLike | null = null;
    let done = false;
    const take = () => {
      if (lock && !lock.released) return;
      requestScreenLock()?.then(
        (taken) => {
          if (done) void taken.release().catch(() => undefined);
          else lock = taken;
        },
        () => undefined,
      );
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') take();
    };
    take();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      done = true;
      document.removeEventListener('visibilitychange', onVisible);
      void lock?.release().catch(() => undefined);
    };
  }, [active]);
}
