/** A button that opens a confirmation step; cancelling closes it and puts focus back on the button. */
import { useEffect, useRef, useState } from 'react';

/** Whether the step is open, its button's ref, and open/cancel. */
export function useConfirmToggle() {
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    if (!asking && cancelled.current) button.current?.focus();
  }, [asking]);
  return {
    asking,
    button,
    open: () => setAsking(true),
    cancel: () => {
      cancelled.current = true;
      setAsking(false);
    },
  };
}
