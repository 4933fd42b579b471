// The remembered account: read back as written, and anything unreadable or of the wrong shape is none.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../features/session/session.fixtures.js';
import { isKeptOnDevice, rememberAccount, rememberedAccount } from './device-account.js';

const account = {
  id: '6f1c1b0e-8f1e-4a44-9a57-0d3d2c6f8a01',
  email: 'ines@example.org',
  name: 'Ines',
  timeZone: 'Europe/Berlin',
  createdAt: '2026-11-01T08:00:00.000Z',
  role: 'person' as const,
  secondFactor: 'off' as const,
  emergencyNumber: '112',
};

describe('remembered account', () => {
  it('reads back what was remembered', async () => {
    const store = new MemoryStore();
    rememberAccount(account, store);
    expect(await rememberedAccount(store)).toEqual(account);
  });

  it.each(['not json', '{"id":"x"}', 'null'])('is none for %s', async (raw) => {
    const store = new MemoryStore();
    store.setItem('pacewise.account.v1', raw);
    expect(await rememberedAccount(store)).toBeNull();
  });

  it('is none without a storage', async () => {
    expect(await rememberedAccount(null)).toBeNull();
  });

  it.each([['person', true], ['clinician', false], ['admin', false]] as const)('keeps a %s: %s', (role, kept) => {
    expect(isKeptOnDevice({ ...account, role })).toBe(kept);
  });
});
