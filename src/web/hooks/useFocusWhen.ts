/** Moves focus to an element whenever `key` changes (and when it first appears). */
import { useEffect, useRef } from 'react';

/** A ref that receives focus each time `key` changes: a new step of a guided session. */
export function useFocusWhen<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
