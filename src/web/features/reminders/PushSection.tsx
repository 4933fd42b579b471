/**
 * Reminders on this phone (Web Push), shown only when the practice set push up. The browser's
 * permission is asked only when the person taps; a refusal or a browser without push is explained.
 */
import { useEffect, useState } from 'react';
import type { RemindersResponse } from '../../../contract/reminder.js';
import { isApiError } from '../../api/api-error.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { refreshData } from '../../data/cache.js';
import { useAction } from '../../hooks/useAction.js';
import { useMessages } from '../../i18n/useMessages.js';
import { reminderMessages } from './messages.js';
import { checkPushSupport } from './push-device.js';
import {
  isPushOnThisDevice,
  startPushOnThisDevice,
  stopPushOnThisDevice,
  thisBrowser,
} from './push-reminders.js';
import { REMINDERS_KEY } from './useReminders.js';

/** Nothing unless the server offers push; then this phone's switch. */
export function PushSection({ push }: { push: RemindersResponse['push'] }) {
  const m = useMessages(reminderMessages).push;
  if (!push.configured || !push.publicKey) return null;
  return (
    <section className="reminders-way" aria-labelledby="reminders-push-heading">
      <h3 id="reminders-push-heading">{m.heading}</h3>
      <p>{m.body}</p>
      <PushSwitch publicKey={push.publicKey} subscriptionCount={push.subscriptionCount} />
    </section>
  );
}

type Note = 'turnedOn' | 'turnedOff' | 'dismissed' | 'failed' | null;

function PushSwitch({
  publicKey,
  subscriptionCount,
}: {
  publicKey: string;
  subscriptionCount: number;
}) {
  const m = useMessages(reminderMessages).push;
  const [browser] = useState(thisBrowser);
  const [support, setSupport] = useState(() => checkPushSupport(browser));
  const [onHere, setOnHere] = useState<boolean | null>(null);
  const [note, setNote] = useState<Note>(null);
  useEffect(() => {
    isPushOnThisDevice(browser).then(setOnHere, () => setOnHere(false));
  }, [browser]);
  const change = useAction(async (turnOn: boolean) => {
    setNote(null);
    try {
      const outcome = turnOn
        ? await startPushOnThisDevice(publicKey, browser)
        : (await stopPushOnThisDevice(browser), 'stopped');
      if (outcome === 'blocked' || outcome === 'unsupported') setSupport(outcome);
      if (outcome === 'dismissed') setNote('dismissed');
      if (outcome === 'subscribed' || outcome === 'stopped') {
        setOnHere(turnOn);
        setNote(turnOn ? 'turnedOn' : 'turnedOff');
        refreshData(REMINDERS_KEY);
      }
    } catch (error) {
      // A refusal of the browser's push service is not the server's fault: say so plainly.
      if (isApiError(error)) throw error;
      setNote('failed');
    }
  });
  const others = Math.max(0, subscriptionCount - (onHere ? 1 : 0));
  if (support === 'unsupported') return <p className="notice notice--caution">{m.unsupported}</p>;
  if (support === 'blocked' && !onHere) return <p className="notice notice--caution">{m.denied}</p>;
  return (
    <>
      {onHere ? <p>{m.isOn}</p> : null}
      {others > 0 ? <p className="field__hint">{m.otherDevices(others)}</p> : null}
      {onHere === null ? null : (
        <button
          type="button"
          className={`button ${onHere ? 'button--secondary' : 'button--primary'}`}
          aria-disabled={change.pending || undefined}
          onClick={() => void change.run(!onHere)}
        >
          {change.pending && !onHere ? m.turningOn : onHere ? m.turnOff : m.turnOn}
        </button>
      )}
      <p role="status" className={note ? 'field__hint' : 'visually-hidden'}>
        {note ? m[note] : ''}
      </p>
      {change.error ? <ErrorMessage error={change.error} /> : null}
    </>
  );
}
