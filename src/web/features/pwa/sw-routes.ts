/** Which requests the service worker answers, and how: decided here, without the worker's globals. */

/** Paths the worker never answers from a cache: personal data is the app's own cache's job. */
const NEVER_CACHED = /^\/api(\/|$)/;
const ILLUSTRATION = /^\/illustrations\//;
// A path with a file extension is a file (sw.js, the manifest, an export), never a page.
const FILE = /\.[a-z0-9]+$/i;

/** True for a page navigation the precached index.html should answer, online or offline. */
export function isShellNavigation(url: URL, origin: string): boolean {
  if (url.origin !== origin) return false;
  return !NEVER_CACHED.test(url.pathname) && !ILLUSTRATION.test(url.pathname) && !FILE.test(url.pathname);
}

/** True for an exercise illustration of our own origin. */
export function isIllustration(url: URL, origin: string): boolean {
  return url.origin === origin && ILLUSTRATION.test(url.pathname);
}

/** True for a request no cache of the worker may hold. */
export function isApiRequest(url: URL, origin: string): boolean {
  return url.origin === origin && NEVER_CACHED.test(url.pathname);
}
