/** Turns a route of the contract and a call's input into a URL and fetch options. */
import type { HttpMethod } from '../../contract/routes.js';

/** The loose shape of a call's input once its types have been checked. */
export interface RequestInput {
  body?: unknown;
  query?: Readonly<Record<string, unknown>>;
  params?: Readonly<Record<string, unknown>>;
}

/** Fills `:name` segments of a path from params, encoding each value. */
export function fillPath(path: string, params: RequestInput['params'] = {}): string {
  return path.replace(/:([A-Za-z_]\w*)/g, (_segment, name: string) => {
    const value = params[name];
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new Error(`Missing path parameter "${name}" for ${path}`);
    }
    return encodeURIComponent(String(value));
  });
}

/** A query string (with its `?`) from the defined values, or an empty string. */
export function buildQuery(query: RequestInput['query'] = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      search.append(key, String(value));
    }
  }
  const text = search.toString();
  return text.length > 0 ? `?${text}` : '';
}

/** The URL and fetch options of one call; same-origin cookies carry the session. */
export function buildRequest(
  route: { method: HttpMethod; path: string },
  input: RequestInput = {},
): { url: string; init: RequestInit } {
  const url = fillPath(route.path, input.params) + buildQuery(input.query);
  const headers: Record<string, string> = { accept: 'application/json' };
  const init: RequestInit = { method: route.method, credentials: 'same-origin', headers };
  if (input.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(input.body);
  }
  return { url, init };
}
