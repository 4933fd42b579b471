/**
 * The account this device remembers, kept next to the person's cache so the app can open signed in
 * when the server cannot be reached. Only people are remembered: a clinician's or admin's work is
 * about other people and is not kept on a device.
 */
import type { Account } from '../../contract/account.js';
import type { KeyValueStore } from '../features/session/session-storage.js';

const ACCOUNT_KEY = 'pacewise.account.v1';

/** True when the app keeps this account's data on the device. */
export function isKeptOnDevice(account: Account): boolean {
  return account.role === 'person';
}

/** Remembers `account` for an offline start; a full or blocked storage only loses that. */
export function rememberAccount(account: Account, store: KeyValueStore | null): void {
  try {
    store?.setItem(ACCOUNT_KEY, JSON.stringify(account));
  } catch {
    // The app still works online; it just cannot open offline.
  }
}

/**
 * False when the device now belongs to someone other than `userId` (another tab signed them out
 * and someone else in): that tab's writes must not be sent under the new person's session.
 */
export function mayWriteFor(userId: string, store: KeyValueStore | null): boolean {
  try {
    const raw = store?.getItem(ACCOUNT_KEY);
    if (!raw) return true;
    const id: unknown = (JSON.parse(raw) as { id?: unknown }).id;
    return typeof id !== 'string' || id === userId;
  } catch {
    return true;
  }
}

/**
 * The remembered account, or `null` for none (or anything unreadable). The account's schema loads
 * only when there is one to check, so the first page of a signed-out visit stays without zod.
 */
export async function rememberedAccount(store: KeyValueStore | null): Promise<Account | null> {
  try {
    const raw = store?.getItem(ACCOUNT_KEY);
    if (!raw) return null;
    const { Account } = await import('../../contract/account.js');
    const parsed = Account.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
