/** Recovery codes shown once: the list, print and copy, and "I have saved them". */
import { useState } from 'react';
import { useFocusOnMount } from '../../hooks/useFocusOnMount.js';
import { useMessages } from '../../i18n/useMessages.js';
import { recoveryMessages } from './messages.js';

/** The codes with ways to keep them; `onDone` when the person goes on. */
export function CodesList({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const m = useMessages(recoveryMessages).codes;
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copyCodes = () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) return setCopy('failed');
    clipboard.writeText(codes.join('\n')).then(() => setCopy('copied'), () => setCopy('failed'));
  };
  return (
    <section className="card recovery-codes" aria-labelledby="codes-heading">
      <h2 id="codes-heading" ref={heading} tabIndex={-1}>
        {m.listHeading}
      </h2>
      <p>{m.listBody}</p>
      <ol className="recovery-codes__list" aria-label={m.listLabel}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="recovery-codes__actions">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {m.print}
        </button>
        <button type="button" className="button button--secondary" onClick={copyCodes}>
          {m.copy}
        </button>
      </div>
      <p role="status" className={copy === 'idle' ? 'visually-hidden' : 'field__hint'}>
        {copy === 'copied' ? m.copied : copy === 'failed' ? m.copyFailed : ''}
      </p>
      <button type="button" className="button button--primary button--wide" onClick={onDone}>
        {m.done}
      </button>
    </section>
  );
}
