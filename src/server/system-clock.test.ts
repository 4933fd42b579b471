import { describe, expect, it } from 'vitest';
import { systemClock } from './context.js';

describe('the system clock', () => {
  it('gives the wall time as an ISO instant, and a new one once a millisecond has passed', async () => {
    const before = Date.now();
    const first = systemClock.now();
    expect(first).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(first)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(first)).toBeLessThanOrEqual(Date.now());
    await new Promise((resolve) => setTimeout(resolve, 3));
    const later = systemClock.now();
    expect(Date.parse(later)).toBeGreaterThan(Date.parse(first));
  });
});
