/** Change the name and the time zone (PATCH /api/me). */
import { useMemo, useState, type FormEvent } from 'react';
import type { Account } from '../../../contract/account.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { describedBy, FieldNotes, TextField } from '../../components/TextField.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { deviceTimeZone } from '../../lib/device-time-zone.js';
import { useSession } from '../auth/session-context.js';
import { accountMessages } from './messages.js';

/** Every IANA zone the browser knows, with the current one kept even if it is not listed. */
function listTimeZones(current: string): string[] {
  const zones =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

/** The details form: name (empty clears it) and time zone. */
export function AccountDetailsForm({ account }: { account: Account }) {
  const m = useMessages(accountMessages).details;
  const { setAccount } = useSession();
  const [name, setName] = useState(account.name ?? '');
  const [timeZone, setTimeZone] = useState(account.timeZone);
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => listTimeZones(account.timeZone), [account.timeZone]);
  const device = deviceTimeZone();
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
      <div className="field">
        <label htmlFor="account-zone" className="field__label">
          {m.zoneLabel}
        </label>
        <FieldNotes id="account-zone" hint={m.zoneHint} error={zoneError} />
        <select
          id="account-zone"
          className="field__input"
          value={timeZone}
          aria-describedby={describedBy('account-zone', m.zoneHint, zoneError)}
          onChange={(e) => setTimeZone(e.target.value)}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        {device && device !== timeZone ? (
          <button type="button" className="button button--link" onClick={() => setTimeZone(device)}>
            {m.useDevice(device)}
          </button>
        ) : null}
      </div>
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
