import { describe, expect, it } from 'vitest';
import { isExistingAccount } from './existing-account.js';

describe('an account answered to a sign-up', () => {
  const sent = Date.parse('2026-12-06T10:00:00.000Z');
  it('is new when made around the time the sign-up was sent, even with a device clock off by minutes', () => {
    expect(isExistingAccount({ createdAt: '2026-12-06T10:00:01.000Z' }, sent)).toBe(false);
    expect(isExistingAccount({ createdAt: '2026-12-06T09:55:00.000Z' }, sent)).toBe(false);
    expect(isExistingAccount({ createdAt: '2026-12-06T10:07:00.000Z' }, sent)).toBe(false);
  });
  it('existed before when made well before the sign-up was sent', () => {
    expect(isExistingAccount({ createdAt: '2026-12-06T09:49:00.000Z' }, sent)).toBe(true);
    expect(isExistingAccount({ createdAt: '2025-03-01T08:00:00.000Z' }, sent)).toBe(true);
  });
});
