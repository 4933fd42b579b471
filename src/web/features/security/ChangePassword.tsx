/** Change the password: the current one, then a new one with the policy's hints as it is typed. */
import { useState, type FormEvent } from 'react';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { PasswordField } from '../auth/PasswordField.js';
import { securityMessages } from './messages.js';

/** The form; `onChanged` after the change (the other devices are signed out by then). */
export function ChangePassword({ email, onChanged }: { email: string; onChanged: () => void }) {
  const m = useMessages(securityMessages).password;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [missing, setMissing] = useState<'current' | 'next' | null>(null);
  const [done, setDone] = useState(false);
  const change = useAction(async () => {
    await callApi('changePassword', { body: { currentPassword: current, newPassword: next } });
    setCurrent('');
    setNext('');
    setDone(true);
    onChanged();
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const empty = current === '' ? 'current' : next === '' ? 'next' : null;
    setMissing(empty);
    if (empty) document.getElementById(`password-${empty}`)?.focus();
    else void change.run();
  };
  const error = change.error;
  const currentError =
    missing === 'current'
      ? m.currentRequired
      : error?.field === 'currentPassword'
        ? error.message
        : null;
  const nextError =
    missing === 'next' ? m.newRequired : error?.field === 'newPassword' ? error.message : null;
  return (
    <form className="form narrow" noValidate onSubmit={onSubmit}>
      <TextField
        id="password-current"
        type="password"
        label={m.current}
        autoComplete="current-password"
        value={current}
        onChange={(event) => setCurrent(event.target.value)}
        error={currentError}
      />
      <PasswordField
        id="password-next"
        label={m.newLabel}
        value={next}
        email={email}
        onChange={setNext}
        error={nextError}
      />
      {error && !currentError && !nextError ? <ErrorMessage error={error} /> : null}
      <button
        type="submit"
        className="button button--primary button--wide"
        aria-disabled={change.pending || undefined}
      >
        {change.pending ? m.submitting : m.submit}
      </button>
      <div role="status" className={done ? 'notice notice--success' : 'visually-hidden'}>
        {done ? <p>{m.done}</p> : null}
      </div>
    </form>
  );
}
