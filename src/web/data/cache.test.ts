// refreshData on the app's QueryClient: only queries under the prefix become stale, and the old
// listeners still hear about it.
import { afterEach, describe, expect, it } from 'vitest';
import { refreshData } from './cache.js';
import { queryClient } from './query-client.js';
import { toQueryKey } from './query-key.js';

function seed(key: string): void {
  queryClient.setQueryData(toQueryKey(key, 'u1'), { key });
}

function isStale(key: string): boolean {
  return queryClient.getQueryState(toQueryKey(key, 'u1'))?.isInvalidated === true;
}

afterEach(() => queryClient.clear());

describe('refreshData', () => {
  it('marks only the keys under the prefix to be fetched again', () => {
    ['checkins:2026-12-01:2026-12-07', 'checkin:c1', 'my-plan'].forEach(seed);
    refreshData('checkins');
    expect(isStale('checkins:2026-12-01:2026-12-07')).toBe(true);
    expect(isStale('checkin:c1')).toBe(false);
    expect(isStale('my-plan')).toBe(false);
  });

  it('marks every key with no prefix', () => {
    ['profile', 'my-plan'].forEach(seed);
    refreshData();
    expect(isStale('profile')).toBe(true);
    expect(isStale('my-plan')).toBe(true);
  });

});
