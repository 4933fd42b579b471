/** The recovery codes, shown once: a list, a copy button, and (at setup) "I have kept these". */
import { useId, useState, type FormEvent } from 'react';
import { useFocusOnMount } from '../../hooks/useFocusOnMount.js';
import { useMessages } from '../../i18n/useMessages.js';
import { securityMessages } from './messages.js';

interface RecoveryCodesListProps {
  codes: readonly string[];
  /** Level and id of the heading where the list appears in the page. */
  headingLevel: 2 | 3;
  headingId: string;
  /** Ask the person to confirm they kept the codes before going on. */
  askKept: boolean;
  busy?: boolean;
  onDone: () => void;
}

/** The codes with a way to copy them; `onDone` once the person is ready to go on. */
export function RecoveryCodesList({
  codes,
  headingLevel,
  headingId,
  askKept,
  busy,
  onDone,
}: RecoveryCodesListProps) {
  const m = useMessages(securityMessages).recovery;
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [kept, setKept] = useState(false);
  const [missing, setMissing] = useState(false);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const copyCodes = () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) return setCopy('failed');
    clipboard.writeText(codes.join('\n')).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (askKept && !kept) {
      setMissing(true);
      document.getElementById(`${id}-kept`)?.focus();
    } else if (!busy) onDone();
  };
  return (
    <div className="recovery">
      <Heading ref={heading} tabIndex={-1} id={headingId}>
        {m.heading}
      </Heading>
      <p>{m.body}</p>
      <ol className="recovery__codes" aria-label={m.listLabel}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary" onClick={copyCodes}>
        {m.copy}
      </button>
      <p role="status" className={copy === 'idle' ? 'visually-hidden' : 'field__hint'}>
        {copy === 'copied' ? m.copied : copy === 'failed' ? m.copyFailed : ''}
      </p>
      <form noValidate onSubmit={onSubmit} className="form">
        {askKept ? (
          <div className="field">
            <label className="choice">
              <input
                id={`${id}-kept`}
                type="checkbox"
                className="choice__input"
                checked={kept}
                aria-invalid={missing && !kept ? true : undefined}
                aria-describedby={missing && !kept ? `${id}-kept-error` : undefined}
                onChange={(event) => setKept(event.target.checked)}
              />
              <span className="choice__text">{m.kept}</span>
            </label>
            {missing && !kept ? (
              <p id={`${id}-kept-error`} className="field__error" role="alert">
                {m.keptRequired}
              </p>
            ) : null}
          </div>
        ) : null}
        <button
          type="submit"
          className="button button--primary button--wide"
          aria-disabled={busy || undefined}
        >
          {askKept ? m.continue : m.done}
        </button>
      </form>
    </div>
  );
}
