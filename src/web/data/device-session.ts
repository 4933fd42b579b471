/**
 * The device's side of a session: whose data the app keeps, restoring it at start, opening signed
 * in from it when the server cannot be reached, and clearing it when the session ends or someone
 * else signs in on this device.
 */
import type { Account } from '../../contract/account.js';
import { isApiError } from '../api/api-error.js';
import { browserDevice, clearDeviceData, type DeviceStores } from '../lib/device-data.js';
import { noteOfflineStart } from './connection.js';
import { isKeptOnDevice, rememberAccount, rememberedAccount } from './device-account.js';
import { ANONYMOUS_SCOPE, scopeOf } from './query-key.js';
import { queryClient } from './query-client.js';
import { startPersisting } from './query-persistence.js';

/** How the app starts: signed in (maybe from the device's copy), signed out, or unable to tell. */
export type StartResult =
  | { status: 'signedIn'; account: Account }
  | { status: 'signedOut' }
  | { status: 'error' };

/**
 * Asks the server who is signed in. With no answer at all, a remembered account opens signed in on
 * what this device kept; a 401 clears what the device kept of the last person.
 */
export async function startSession(
  fetchMe: () => Promise<Account>,
  device: DeviceStores = browserDevice(),
): Promise<StartResult> {
  const remembered = await rememberedAccount(device.local);
  // Restoring early lets the first page show the kept data at once.
  const restoring = remembered ? startPersisting(remembered.id, device.local) : Promise.resolve();
  try {
    const account = await fetchMe();
    await openDeviceSession(account, device);
    return { status: 'signedIn', account };
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      if (remembered) await clearDeviceData(remembered.id, device);
      return { status: 'signedOut' };
    }
    if (remembered && isApiError(error) && error.code === 'network_error') {
      await restoring;
      noteOfflineStart();
      return { status: 'signedIn', account: remembered };
    }
    return { status: 'error' };
  }
}

/**
 * Makes `account` the device's person: clears the last person's data when it is someone else,
 * then remembers the account and keeps its cache (people only).
 */
export async function openDeviceSession(
  account: Account,
  device: DeviceStores = browserDevice(),
): Promise<void> {
  const last = await rememberedAccount(device.local);
  if (last && last.id !== account.id) await clearDeviceData(last.id, device);
  queryClient.removeQueries({ predicate: (query) => !isOwnOrOpen(query.queryKey, account.id) });
  if (!isKeptOnDevice(account)) return;
  rememberAccount(account, device.local);
  const persisting = startPersisting(account.id, device.local);
  // Only the device's own person has a copy to restore (any other's was cleared above): for them
  // the first page waits for it; for someone new to this device it would wait for the
  // persister's code and an empty restore (a third of a second at 4× slowdown), so it does not.
  if (last?.id === account.id) await persisting;
}

/** Ends the device's side of `userId`'s session: everything kept for them goes. */
export function closeDeviceSession(userId: string, device: DeviceStores = browserDevice()): Promise<void> {
  return clearDeviceData(userId, device);
}

/** True for data fetched for `userId`, or for anyone (signed out). */
function isOwnOrOpen(queryKey: readonly unknown[], userId: string): boolean {
  const scope = scopeOf(queryKey);
  return scope === userId || scope === ANONYMOUS_SCOPE;
}
