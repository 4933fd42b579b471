/** Delete the account and every row, after the password is entered again. */
import { useEffect, useRef, useState } from 'react';
import { callApi } from '../../api/client.js';
import { ConfirmStep } from '../../components/ConfirmStep.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { setFlash } from '../../lib/flash.js';
import { navigate } from '../../router/history.js';
import { PATHS } from '../../router/match-route.js';
import { useSession } from '../auth/session-context.js';
import { accountMessages } from './messages.js';

/** The delete section: a button, then a confirmation step asking for the password. */
export function DeleteAccount() {
  const m = useMessages(accountMessages).remove;
  const { markSignedOut } = useSession();
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    if (!asking && cancelled.current) button.current?.focus();
  }, [asking]);
  const remove = useAction(async () => {
    await callApi('deleteMe', { body: { password } });
    setFlash(m.done);
    markSignedOut();
    navigate(PATHS.signin, { replace: true });
  });
  const confirm = () => {
    setMissing(password === '');
    if (password === '') document.getElementById('delete-password')?.focus();
    else void remove.run();
  };
  const cancel = () => {
    cancelled.current = true;
    setPassword('');
    setAsking(false);
  };
  const passwordError = missing
    ? m.passwordRequired
    : remove.error?.status === 401 || remove.error?.field === 'password'
      ? remove.error.message
      : null;
  return (
    <>
      <p>{m.body}</p>
      {asking ? (
        <ConfirmStep
          question={m.question}
          details={<p>{m.details}</p>}
          confirmLabel={m.confirm}
          cancelLabel={m.cancel}
          busy={remove.pending}
          onConfirm={confirm}
          onCancel={cancel}
        >
          <TextField
            id="delete-password"
            type="password"
            label={m.passwordLabel}
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={passwordError}
          />
          {remove.error && !passwordError ? <ErrorMessage error={remove.error} /> : null}
        </ConfirmStep>
      ) : (
        <button
          ref={button}
          type="button"
          className="button button--danger-quiet"
          onClick={() => setAsking(true)}
        >
          {m.button}
        </button>
      )}
    </>
  );
}
