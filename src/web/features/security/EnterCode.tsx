/** A later sign-in of a clinician or admin: the code from the app, or a recovery code. */
import { useState, type FormEvent } from 'react';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { codeErrorOf } from './code-error.js';
import { securityMessages } from './messages.js';
import { useFinishSignIn } from './useFinishSignIn.js';

/** The code form; "use a recovery code instead" changes what the field asks for. */
export function EnterCode() {
  const m = useMessages(securityMessages).code;
  const [mode, setMode] = useState<'app' | 'recovery'>('app');
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const finish = useFinishSignIn();
  const pass = useAction(async () => {
    await finish(await callApi('passSecondFactor', { body: { code } }));
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(code.trim() === '');
    if (code.trim() === '') document.getElementById('signin-code')?.focus();
    else void pass.run();
  };
  const switchMode = () => {
    setMode(mode === 'app' ? 'recovery' : 'app');
    setCode('');
    setMissing(false);
    pass.clearError();
    document.getElementById('signin-code')?.focus();
  };
  const fieldError = missing ? m.required : codeErrorOf(pass.error);
  const isApp = mode === 'app';
  return (
    <form className="form narrow" noValidate onSubmit={onSubmit}>
      <TextField
        id="signin-code"
        className={isApp ? 'field--short' : undefined}
        label={isApp ? m.label : m.recoveryLabel}
        hint={isApp ? m.hint : m.recoveryHint}
        inputMode={isApp ? 'numeric' : 'text'}
        autoComplete={isApp ? 'one-time-code' : 'off'}
        autoCapitalize="none"
        spellCheck={false}
        maxLength={isApp ? 12 : 20}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        error={fieldError}
      />
      {pass.error && !fieldError ? <ErrorMessage error={pass.error} /> : null}
      <button
        type="submit"
        className="button button--primary button--wide"
        aria-disabled={pass.pending || undefined}
      >
        {pass.pending ? m.submitting : m.submit}
      </button>
      <button type="button" className="button button--link" onClick={switchMode}>
        {isApp ? m.useRecovery : m.useApp}
      </button>
    </form>
  );
}
