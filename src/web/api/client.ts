/**
 * The typed API client: one function for every route of the contract's `routes` table. Input and
 * output types come from the route's schemas; answers are checked against the response schema.
 * The schemas are a chunk of their own, asked for at once and awaited only once an answer is in,
 * so the request never waits for them and the first page's JavaScript does not carry them.
 */
import type { RouteInput, RouteName, RouteOutput, Routes } from '../../contract/routes.js';
import { ApiError, toApiError } from './api-error.js';
import { buildRequest, type RequestInput } from './build-request.js';
import { ROUTE_PATHS } from './route-paths.js';

type DropUndefined<T> = { [K in keyof T as T[K] extends undefined ? never : K]: T[K] };

/** What a call to route `N` takes: its body and params when it has them; query is optional. */
export type ApiInput<N extends RouteName> = DropUndefined<{
  body: RouteInput<N>['body'];
  params: RouteInput<N>['params'];
  query?: RouteInput<N>['query'];
}>;

type RequiredKeys<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];
type InputArgs<N extends RouteName> =
  RequiredKeys<ApiInput<N>> extends never ? [input?: ApiInput<N>] : [input: ApiInput<N>];

/** The `fetch` the client uses; tests pass their own. */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

let fetcher: Fetcher = (url, init) => fetch(url, init);

let contract: Promise<{ routes: Routes }> | null = null;

/** The contract's schemas, loaded once (the first call starts the download). */
export function loadContract(): Promise<{ routes: Routes }> {
  contract ??= import('../../contract/routes.js');
  return contract;
}

/** Replaces the fetch function (for tests); returns the previous one. */
export function setFetcher(next: Fetcher): Fetcher {
  const previous = fetcher;
  fetcher = next;
  return previous;
}

/** Calls route `name` of the contract and resolves with its checked answer. */
export async function callApi<N extends RouteName>(
  name: N,
  ...args: InputArgs<N>
): Promise<RouteOutput<N>> {
  return (await callApiRaw(name, ...args)).data;
}

/**
 * Like `callApi`, but also gives the answer's text exactly as sent: a download must keep every
 * field, while parsing keeps only the fields the schema knows.
 */
export async function callApiRaw<N extends RouteName>(
  name: N,
  ...args: InputArgs<N>
): Promise<{ data: RouteOutput<N>; text: string }> {
  const schemas = loadContract();
  const { url, init } = buildRequest(ROUTE_PATHS[name], toRequestInput(args[0]));
  const response = await send(url, init);
  const text = response.status === 204 ? '' : await response.text();
  const payload = parseJson(text);
  if (!response.ok) throw toApiError(response.status, payload);
  const { routes } = await schemas;
  const parsed = routes[name].response.safeParse(response.status === 204 ? null : payload);
  if (!parsed.success) {
    throw new ApiError(response.status, 'unexpected_response', `Unexpected answer from ${url}.`);
  }
  // TypeScript cannot follow `routes[name]` back to N; the schema parsed is route N's own.
  return { data: parsed.data as RouteOutput<N>, text };
}

function toRequestInput(input: object | undefined): RequestInput {
  if (input === undefined) return {};
  const loose: { body?: unknown; query?: unknown; params?: unknown } = input;
  return {
    body: loose.body,
    query: isRecord(loose.query) ? loose.query : undefined,
    params: isRecord(loose.params) ? loose.params : undefined,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetcher(url, init);
  } catch {
    throw new ApiError(0, 'network_error', 'The request did not reach the server.');
  }
}

function parseJson(text: string): unknown {
  if (text.length === 0) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
