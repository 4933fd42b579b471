/** "A new version is ready — Reload": shown while a new worker waits; nothing reloads on its own. */
import { useState, useSyncExternalStore } from 'react';
import { useMessages } from '../../i18n/useMessages.js';
import { applyUpdate, isUpdateReady, onUpdateReady } from '../../lib/service-worker.js';
import { pwaMessages } from './messages.js';

/** A small notice at the foot of the screen while a new version of the app waits. */
export function UpdateNotice() {
  const m = useMessages(pwaMessages).update;
  const ready = useSyncExternalStore(onUpdateReady, isUpdateReady, () => false);
  const [dismissed, setDismissed] = useState(false);
  const shown = ready && !dismissed;
  // The live region is always there, so screen readers announce the words when they appear.
  return (
    <div role="status" aria-label={m.label} className={shown ? 'update-notice' : 'visually-hidden'}>
      {shown ? (
        <div className="update-notice__inner">
          <p className="update-notice__text">{m.ready}</p>
          <div className="update-notice__actions">
            <button type="button" className="button button--primary button--small" onClick={applyUpdate}>
              {m.reload}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={() => setDismissed(true)}>
              {m.later}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
