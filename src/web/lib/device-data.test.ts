// Clearing the device, over fake stores: every `pacewise` key in local and session storage goes
// and nothing else; `pacewise-` caches and `pacewise` databases go, the precache and others stay;
// the push subscription ends; steps added with onBeforeSignOut run once, before the caches and
// push go, and a failing or hanging step does not stop the clearing; the person's queries leave
// the cache and a persist write still waiting in the throttle never lands.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../features/session/session.fixtures.js';
import { queryClient } from '../data/query-client.js';
import { toQueryKey } from '../data/query-key.js';
import { startPersisting } from '../data/query-persistence.js';
import { clearDeviceData, HOOK_TIMEOUT_MS, onBeforeSignOut, runBeforeSignOut, type DeviceStores } from './device-data.js';

function fakeDevice(events: string[] = []) {
  const local = new MemoryStore();
  const session = new MemoryStore();
  for (const key of ['pacewise.cache.v1:u1', 'pacewise.account.v1', 'pacewise.session.v1:u1:2026-12-06:morning',
    'pacewise.outbox.v1:u1', 'pacewise.reliefFollowUpsDone', 'pacewise.tolerance.v1:u1', 'another-app']) {
    local.setItem(key, 'Ines');
  }
  session.setItem('pacewise.player', 'Ines');
  session.setItem('another-app', 'x');
  const cacheNames = new Set(['pacewise-api', 'pacewise-images', 'workbox-precache-v2-https://x/']);
  const databaseNames = new Set(['pacewise-sync', 'keyval-store']);
  const device: DeviceStores = {
    local,
    session,
    caches: {
      keys: async () => [...cacheNames],
      delete: async (name) => { events.push(`cache:${name}`); return cacheNames.delete(name); },
    },
    databases: {
      names: async () => [...databaseNames],
      remove: async (name) => { databaseNames.delete(name); },
    },
    push: { unsubscribe: async () => { events.push('push'); } },
  };
  return { device, local, session, cacheNames, databaseNames };
}

const stops: (() => void)[] = [];
function hook(run: (userId: string) => Promise<void> | void): void {
  stops.push(onBeforeSignOut(run));
}

afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  queryClient.clear();
  vi.useRealTimers();
});

describe('clearDeviceData', () => {
  it('removes everything the app keeps and nothing else', async () => {
    const { device, local, session, cacheNames, databaseNames } = fakeDevice();
    await clearDeviceData('u1', device);
    expect([...local.map.keys()]).toEqual(['another-app']);
    expect([...session.map.keys()]).toEqual(['another-app']);
    expect([...cacheNames]).toEqual(['workbox-precache-v2-https://x/']);
    expect([...databaseNames]).toEqual(['keyval-store']);
  });

  it('runs the added steps once, before the caches and the push subscription go', async () => {
    const events: string[] = [];
    const { device } = fakeDevice(events);
    hook((userId) => { events.push(`hook:${userId}`); });
    await runBeforeSignOut('u1');
    await clearDeviceData('u1', device);
    expect(events[0]).toBe('hook:u1');
    expect(events.filter((event) => event.startsWith('hook'))).toHaveLength(1);
    expect(events).toContain('push');
  });

  it('goes on when a step fails or hangs', async () => {
    vi.useFakeTimers();
    const { device, local } = fakeDevice();
    hook(() => Promise.reject(new Error('server said no')));
    hook(() => new Promise<void>(() => undefined));
    const clearing = clearDeviceData('u1', device);
    await vi.advanceTimersByTimeAsync(HOOK_TIMEOUT_MS);
    await clearing;
    expect([...local.map.keys()]).toEqual(['another-app']);
  });

  it('takes the person\'s queries out of the cache and keeps the others', async () => {
    queryClient.setQueryData(toQueryKey('my-plan', 'u1'), 1);
    queryClient.setQueryData(toQueryKey('my-plan', 'u2'), 2);
    queryClient.setQueryData(toQueryKey('exercises:all', 'anonymous'), 3);
    await clearDeviceData('u1', fakeDevice().device);
    expect(queryClient.getQueryData(toQueryKey('my-plan', 'u1'))).toBeUndefined();
    expect(queryClient.getQueryData(toQueryKey('my-plan', 'u2'))).toBe(2);
    expect(queryClient.getQueryData(toQueryKey('exercises:all', 'anonymous'))).toBe(3);
  });

  it('never lets a persist write waiting in the throttle land after the clearing', async () => {
    vi.useFakeTimers();
    const { device, local } = fakeDevice();
    local.removeItem('pacewise.cache.v1:u1');
    await startPersisting('u1', local);
    queryClient.setQueryData(toQueryKey('my-plan', 'u1'), { name: 'Ines' });
    await clearDeviceData('u1', device);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(local.getItem('pacewise.cache.v1:u1')).toBeNull();
  });

  it('keeps a person\'s cache while persisting runs (the control for the test above)', async () => {
    vi.useFakeTimers();
    const local = new MemoryStore();
    await startPersisting('u1', local);
    queryClient.setQueryData(toQueryKey('my-plan', 'u1'), { name: 'Ines' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(local.getItem('pacewise.cache.v1:u1')).toContain('Ines');
    await clearDeviceData('u1', { ...fakeDevice().device, local });
  });
});
