/** The devices signed in to the account, this one marked, each with its own "sign out". */
import { useState } from 'react';
import type { Device } from '../../../contract/security.js';
import { callApi } from '../../api/client.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { useAction } from '../../hooks/useAction.js';
import { useFormatLocale, useMessages } from '../../i18n/useMessages.js';
import { setFlash } from '../../lib/flash.js';
import { navigate } from '../../router/history.js';
import { PATHS } from '../../router/match-route.js';
import { useSession } from '../auth/session-context.js';
import { formatInstant as formatWhen } from '../../lib/format.js';
import { nameDevice } from './device-view.js';
import { securityMessages } from './messages.js';

interface DeviceListProps {
  devices: readonly Device[];
  timeZone: string;
  onChanged: () => void;
}

/** One row per device; signing this device out goes to the sign-in page. */
export function DeviceList({ devices, timeZone, onChanged }: DeviceListProps) {
  const m = useMessages(securityMessages).devices;
  const { markSignedOut } = useSession();
  const [status, setStatus] = useState<string | null>(null);
  const describe = (device: Device) => {
    const { browser, system } = nameDevice(device.userAgent);
    if (browser && system) return m.named(browser, system);
    return browser ?? system ?? m.unknown;
  };
  const end = useAction(async (device: Device) => {
    await callApi('endDevice', { params: { id: device.id } });
    if (device.current) {
      setFlash(m.signedOut(describe(device)));
      markSignedOut();
      navigate(PATHS.signin, { replace: true });
      return;
    }
    setStatus(m.signedOut(describe(device)));
    onChanged();
  });
  return (
    <>
      <ul className="devices">
        {devices.map((device) => (
          <DeviceItem
            key={device.id}
            device={device}
            name={describe(device)}
            timeZone={timeZone}
            onSignOut={() => void end.run(device)}
          />
        ))}
      </ul>
      {end.error ? <ErrorMessage error={end.error} /> : null}
      <p role="status" className={status ? 'field__hint' : 'visually-hidden'}>
        {status ?? ''}
      </p>
    </>
  );
}

interface DeviceItemProps {
  device: Device;
  name: string;
  timeZone: string;
  onSignOut: () => void;
}

function DeviceItem({ device, name, timeZone, onSignOut }: DeviceItemProps) {
  const m = useMessages(securityMessages).devices;
  const locale = useFormatLocale();
  return (
    <li className="device">
      <p className="device__name">
        {name}
        {device.current ? <span className="badge badge--current">{m.thisDevice}</span> : null}
      </p>
      <p className="device__when">
        {m.signedIn(formatWhen(device.createdAt, timeZone, locale))}
        <br />
        {m.lastUsed(formatWhen(device.lastSeenAt, timeZone, locale))}
      </p>
      <button type="button" className="button button--secondary button--small" onClick={onSignOut}>
        {m.signOut} <span className="visually-hidden">{m.signOutOf(name)}</span>
      </button>
    </li>
  );
}
