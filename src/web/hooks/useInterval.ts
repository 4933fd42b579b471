/** Calls a function every `delayMs` while `delayMs` is a number; `null` stops it. */
import { useEffect, useRef } from 'react';

/** A steady interval that always calls the latest `callback` (a session's clock). */
export function useInterval(callback: () => void, delayMs: number | null): void {
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => {
    if (delayMs === null) return;
    const id = window.setInterval(() => latest.current(), delayMs);
    return () => window.clearInterval(id);
  }, [delayMs]);
}
