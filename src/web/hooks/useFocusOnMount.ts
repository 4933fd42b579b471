/** Moves focus to an element when it first appears (for results that replace a form). */
import { useEffect, useRef } from 'react';

/** A ref whose element receives focus once, after mounting. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
