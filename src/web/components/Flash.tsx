/** Shows the message left by the previous page, once. */
import { useEffect, useState } from 'react';
import { clearFlash, peekFlash } from '../lib/flash.js';

/** A status line for the message carried over from the last action, if there is one. */
export function Flash() {
  const [message] = useState(peekFlash);
  useEffect(() => {
    clearFlash();
  }, []);
  return (
    <div role="status" className={message ? 'notice notice--success' : 'visually-hidden'}>
      {message ? <p>{message}</p> : null}
    </div>
  );
}
