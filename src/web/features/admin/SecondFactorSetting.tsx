/**
 * The practice's sign-in rule for staff. Asking for the authenticator code is the default;
 * turning it off asks for the admin's password and leaves a standing warning here.
 */
import { useState } from 'react';
import type { PracticeSettings } from '../../../contract/admin.js';
import { callApi } from '../../api/client.js';
import { ConfirmStep } from '../../components/ConfirmStep.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Loading } from '../../components/Loading.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useQuery } from '../../hooks/useQuery.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { useSession } from '../auth/session-context.js';
import { formatInstant } from '../../lib/format.js';
import { adminMessages } from './messages.js';

/** The sign-in section, loading its own setting. */
export function SecondFactorSetting({ timeZone }: { timeZone: string }) {
  const m = useMessages(adminMessages).secondFactor;
  const settings = useQuery('admin:settings', () => callApi('getPracticeSettings'));
  return (
    <section className="card" aria-labelledby="second-factor-heading">
      <h2 id="second-factor-heading">{m.heading}</h2>
      {settings.status === 'loading' ? <Loading /> : null}
      {settings.status === 'error' ? <ErrorMessage error={settings.error} onRetry={settings.reload} /> : null}
      {settings.status === 'success' ? <SettingBody settings={settings.data} timeZone={timeZone} onSaved={settings.reload} /> : null}
    </section>
  );
}

function SettingBody({ settings, timeZone, onSaved }: { settings: PracticeSettings; timeZone: string; onSaved: () => void }) {
  const m = useMessages(adminMessages).secondFactor;
  const locale = useFormatLocale();
  const [asking, setAsking] = useState(false);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const [status, setStatus] = useState('');
  const { refresh } = useSession();
  const save = useAction(async (required: boolean) => {
    await callApi('putPracticeSettings', { body: required ? { secondFactorRequired: true } : { secondFactorRequired: false, password } });
    setAsking(false);
    setPassword('');
    setStatus(required ? m.turnedOn : m.turnedOff);
    onSaved();
    // Asking for the code again applies to this admin too: the app then leads to the set-up.
    if (required) refresh();
  });
  const confirm = () => {
    setMissing(password === '');
    if (password === '') document.getElementById('relax-password')?.focus();
    else void save.run(false);
  };
  const changed = settings.updatedAt && settings.updatedBy ? m.changedBy(settings.updatedBy, formatInstant(settings.updatedAt, timeZone, locale)) : null;
  const passwordError = missing ? m.passwordRequired : save.error?.field === 'password' ? save.error.message : null;
  return (
    <>
      <p role="status" className={status ? undefined : 'visually-hidden'}>
        {status}
      </p>
      {settings.secondFactorRequired ? (
        <p>{m.required}</p>
      ) : (
        <div className="notice notice--caution admin-warning">
          <p className="notice__title">
            <span aria-hidden="true">⚠ </span>
            {m.relaxedTitle}
          </p>
          <p>{m.relaxed}</p>
          {changed ? <p>{changed}</p> : null}
        </div>
      )}
      {!settings.secondFactorRequired ? (
        <>
          <p>{m.turnOnHint}</p>
          <button type="button" className="button button--primary" onClick={() => void save.run(true)}>
            {m.turnOn}
          </button>
        </>
      ) : asking ? (
        <ConfirmStep
          question={m.question}
          details={<p>{m.details}</p>}
          confirmLabel={m.confirm}
          cancelLabel={m.cancel}
          busy={save.pending}
          onConfirm={confirm}
          onCancel={() => setAsking(false)}
        >
          <TextField
            id="relax-password"
            type="password"
            label={m.passwordLabel}
            autoComplete="current-password"
            value={password}
            onChange={(e) => {
              setPassword(e.target.value);
              setMissing(false);
            }}
            error={passwordError}
          />
        </ConfirmStep>
      ) : (
        <button type="button" className="button button--danger-quiet" onClick={() => setAsking(true)}>
          {m.turnOff}
        </button>
      )}
      {save.error && !passwordError ? <ErrorMessage error={save.error} /> : null}
    </>
  );
}
