/** A read-only value with a copy button; where the clipboard is not allowed, the text is selected instead. */
import { useState } from 'react';
import { useMessages } from '../../i18n/useMessages.js';
import { careMessages } from './messages.js';

interface CopyFieldProps {
  id: string;
  label: string;
  value: string;
  copyLabel: string;
  large?: boolean;
}

/** The labelled value, its copy button, and a polite status after copying. */
export function CopyField({ id, label, value, copyLabel, large }: CopyFieldProps) {
  const m = useMessages(careMessages).invite;
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      const input = document.getElementById(id);
      if (input instanceof HTMLInputElement) input.select();
      setStatus('failed');
    }
  };
  return (
    <div className="field copy-field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="copy-field__row">
        <input id={id} className={`field__input copy-field__value ${large ? 'copy-field__value--large' : ''}`} readOnly value={value} onFocus={(e) => e.target.select()} />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      <p role="status" className="field__hint">
        {status === 'copied' ? m.copied : status === 'failed' ? m.copyFailed : ''}
      </p>
    </div>
  );
}
