/**
 * Reading a push message and the link of a notification. The server (reminders) sends
 * `{ title, body, url, tag }` with generic words only; anything else gets a generic notification.
 */

/** What a notification shows and where a tap on it leads. */
export interface PushNotice {
  title: string;
  body: string;
  /** A path of this app, e.g. `/checkin`. */
  url: string;
  tag: string;
}

const MAX_TITLE = 120;
const MAX_BODY = 400;
const MAX_TAG = 64;
const DEFAULT_TAG = 'pacewise-reminder';

function textOf(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text.length > 0 && text.length <= max ? text : null;
}

/**
 * The same-origin path a notification may open, or null: absolute URLs of other sites,
 * protocol-relative `//host` and `javascript:` are refused.
 */
export function sameOriginPath(value: unknown, origin: string): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  try {
    const url = new URL(value, origin);
    return url.origin === origin ? url.pathname + url.search + url.hash : null;
  } catch {
    return null;
  }
}

/** The notification for a push message's text; a malformed message gets `fallback`'s words. */
export function readPushNotice(text: string | null, origin: string, fallback: { title: string; body: string }): PushNotice {
  const generic: PushNotice = { ...fallback, url: '/', tag: DEFAULT_TAG };
  let data: unknown;
  try {
    data = text === null ? null : JSON.parse(text);
  } catch {
    return generic;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return generic;
  const record = data as Record<string, unknown>;
  const title = textOf(record.title, MAX_TITLE);
  const body = textOf(record.body, MAX_BODY);
  if (title === null || body === null) return generic;
  return {
    title,
    body,
    url: sameOriginPath(record.url, origin) ?? '/',
    tag: textOf(record.tag, MAX_TAG) ?? DEFAULT_TAG,
  };
}

/** Where a notification tap goes, read back from the notification's data. */
export function notificationTarget(data: unknown, origin: string): string {
  const url = typeof data === 'object' && data !== null ? (data as { url?: unknown }).url : undefined;
  return sameOriginPath(url, origin) ?? '/';
}

/** Which open window a notification tap brings forward: one already at `path`, else the first of ours. */
export function chooseWindow(windowUrls: readonly string[], path: string, origin: string): { index: number; navigate: boolean } | null {
  const ours = windowUrls.map((url, index) => ({ url: new URL(url), index })).filter(({ url }) => url.origin === origin);
  const exact = ours.find(({ url }) => url.pathname + url.search + url.hash === path);
  if (exact) return { index: exact.index, navigate: false };
  const first = ours[0];
  return first ? { index: first.index, navigate: true } : null;
}
