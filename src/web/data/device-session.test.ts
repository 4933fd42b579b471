// How the app starts and whose data the device keeps: offline (no answer at all) with a
// remembered person opens signed in on the kept copy; without one, or on a 5xx, it cannot tell;
// a 401 clears the last person; someone else signing in clears the last person first; a clinician
// is never remembered.
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../contract/account.js';
import { ApiError } from '../api/api-error.js';
import { MemoryStore } from '../features/session/session.fixtures.js';
import type { DeviceStores } from '../lib/device-data.js';
import { isOffline, noteAnswer } from './connection.js';
import { rememberAccount, rememberedAccount } from './device-account.js';
import { openDeviceSession, startSession } from './device-session.js';
import { queryClient } from './query-client.js';
import { stopPersisting } from './query-persistence.js';

const ines: Account = {
  id: '6f1c1b0e-8f1e-4a44-9a57-0d3d2c6f8a01',
  email: 'ines@example.org',
  name: 'Ines',
  timeZone: 'Europe/Berlin',
  createdAt: '2026-11-01T08:00:00.000Z',
  role: 'person',
  secondFactor: 'off',
  emergencyNumber: '112',
};
const noor: Account = { ...ines, id: '0b7a4d52-5c3e-4f1b-8f0e-2a9d6c1e7b02', email: 'noor@example.org', name: 'Noor' };
const lena: Account = { ...ines, id: '3c9e2f41-7a6b-4d8c-9e1f-5b4a3d2c1e03', name: 'Lena', role: 'clinician' };

function deviceOf(local: MemoryStore): DeviceStores {
  return { local, session: new MemoryStore(), caches: null, databases: null, push: null };
}

function deviceRemembering(account: Account | null) {
  const local = new MemoryStore();
  if (account) {
    rememberAccount(account, local);
    local.setItem(`pacewise.session.v1:${account.id}:2026-12-06:morning`, '{}');
  }
  return { local, device: deviceOf(local) };
}

const fails = (error: ApiError) => () => Promise.reject(error);
const offline = new ApiError(0, 'network_error', 'The request did not reach the server.');

afterEach(() => {
  stopPersisting();
  queryClient.clear();
  noteAnswer();
});

describe('startSession', () => {
  it('opens signed in as the remembered person when the server cannot be reached', async () => {
    const { device } = deviceRemembering(ines);
    expect(await startSession(fails(offline), device)).toEqual({ status: 'signedIn', account: ines });
    expect(isOffline()).toBe(true);
  });

  it.each([
    ['nobody remembered, offline', null, offline],
    ['a server error', ines, new ApiError(503, 'internal', 'Down')],
  ])('cannot tell with %s', async (_name, account, error) => {
    const { device } = deviceRemembering(account);
    expect(await startSession(fails(error), device)).toEqual({ status: 'error' });
  });

  it('clears the remembered person on a 401', async () => {
    const { device, local } = deviceRemembering(ines);
    const result = await startSession(fails(new ApiError(401, 'unauthenticated', 'Sign in')), device);
    expect(result).toEqual({ status: 'signedOut' });
    expect(local.length).toBe(0);
  });

  it('clears the last person when someone else is signed in', async () => {
    const { device, local } = deviceRemembering(ines);
    expect(await startSession(() => Promise.resolve(noor), device)).toEqual({ status: 'signedIn', account: noor });
    expect(await rememberedAccount(local)).toEqual(noor);
    expect([...local.map.keys()].some((key) => key.includes(ines.id))).toBe(false);
  });
});

describe('openDeviceSession', () => {
  it('remembers a person and keeps an edit of their account', async () => {
    const { device, local } = deviceRemembering(null);
    await openDeviceSession(ines, device);
    await openDeviceSession({ ...ines, name: 'Ines M.' }, device);
    expect((await rememberedAccount(local))?.name).toBe('Ines M.');
  });

  it('never remembers a clinician, and clears the person before them', async () => {
    const { device, local } = deviceRemembering(ines);
    await openDeviceSession(lena, device);
    expect(await rememberedAccount(local)).toBeNull();
    expect(local.length).toBe(0);
  });
});
