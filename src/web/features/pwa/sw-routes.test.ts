// What the service worker answers. Dimensions: page paths (deep links, the root), the API
// (never cached), illustrations, files with an extension, and other origins.
import { describe, expect, it } from 'vitest';
import { isRuntimeCache, ILLUSTRATION_CACHE, RUNTIME_CACHE_PREFIX } from './cache-names.js';
import { isApiRequest, isIllustration, isShellNavigation } from './sw-routes.js';

const ORIGIN = 'https://pacewise.example.org';
const at = (path: string, origin = ORIGIN) => new URL(path, origin);

describe('isShellNavigation', () => {
  it.each([
    ['/', true],
    ['/library', true],
    ['/library/wall-push-up', true],
    ['/checkins/123/edit', true],
    ['/signin?next=%2Fplan', true],
    ['/api', false],
    ['/api/account', false],
    ['/api/calendar/feed.ics', false],
    ['/illustrations/wall-push-up.svg', false],
    ['/sw.js', false],
    ['/manifest.webmanifest', false],
    ['/assets/index-abc123.js', false],
    ['/apiary', true],
  ])('%s → %s', (path, answered) => {
    expect(isShellNavigation(at(path), ORIGIN)).toBe(answered);
  });

  it('leaves other sites alone', () => {
    expect(isShellNavigation(at('/', 'https://evil.example'), ORIGIN)).toBe(false);
  });
});

describe('isIllustration and isApiRequest', () => {
  it.each([
    ['/illustrations/wall-push-up.svg', true, false],
    ['/illustrations/c-123.svg?v=2', true, false],
    ['/api/library', false, true],
    ['/api', false, true],
    ['/library', false, false],
  ])('%s → illustration %s, api %s', (path, illustration, api) => {
    expect(isIllustration(at(path), ORIGIN)).toBe(illustration);
    expect(isApiRequest(at(path), ORIGIN)).toBe(api);
  });

  it('caches no other site’s pictures', () => {
    expect(isIllustration(at('/illustrations/x.svg', 'https://evil.example'), ORIGIN)).toBe(false);
  });
});

describe('runtime cache names', () => {
  it('all start with the prefix sign-out clears, and the precache does not', () => {
    expect(ILLUSTRATION_CACHE.startsWith(RUNTIME_CACHE_PREFIX)).toBe(true);
    expect(isRuntimeCache(ILLUSTRATION_CACHE)).toBe(true);
    expect(isRuntimeCache('workbox-precache-v2-https://pacewise.example.org/')).toBe(false);
  });
});
