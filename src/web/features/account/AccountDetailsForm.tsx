/** Change the name and the time zone (PATCH /api/me). */
import { useState, type FormEvent } from 'react';
import type { Account } from '../../../contract/account.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { TextField } from '../../components/TextField.js';
import { TimeZonePicker } from '../../components/TimeZonePicker.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { useSession } from '../auth/session-context.js';
import { accountMessages } from './messages.js';

/** The details form: name (empty clears it) and time zone. */
export function AccountDetailsForm({ account }: { account: Account }) {
  const m = useMessages(accountMessages).details;
  const { setAccount } = useSession();
  const [name, setName] = useState(account.name ?? '');
  const [timeZone, setTimeZone] = useState(account.timeZone);
  const [saved, setSaved] = useState(false);
  const save = useAction(async () => {
    const trimmed = name.trim();
    setAccount(
      await callApi('updateMe', { body: { name: trimmed === '' ? null : trimmed, timeZone } }),
    );
    setSaved(true);
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void save.run();
  };
  const zoneError = save.error?.field === 'timeZone' ? save.error.message : null;
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <p>
        <span className="field__label">{m.email}</span>{' '}
        <span className="break-anywhere">{account.email}</span>
      </p>
      <TextField
        id="account-name"
        label={m.nameLabel}
        hint={m.nameHint}
        autoComplete="given-name"
        maxLength={80}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={save.error?.field === 'name' ? save.error.message : null}
      />
      <TimeZonePicker value={timeZone} onChange={setTimeZone} error={zoneError} />
      {save.error && !save.error.field ? <ErrorMessage error={save.error} /> : null}
      <button
        type="submit"
        className="button button--primary"
        aria-disabled={save.pending || undefined}
      >
        {save.pending ? m.saving : m.save}
      </button>
      <p role="status" className={saved ? undefined : 'visually-hidden'}>
        {saved ? m.saved : ''}
      </p>
    </form>
  );
}
