/**
 * What a page sees of a query, worked out from TanStack's state: pure, so it is tested as a table.
 * An answer already on screen stays there while the network or the server fails (offline, the
 * device's copy is what there is); any other failure is shown.
 */
import { ApiError, isApiError } from '../api/api-error.js';

/** The state of one request as pages see it. */
export type QueryState<T> =
  { status: 'loading' } | { status: 'success'; data: T } | { status: 'error'; error: ApiError };

/** Wraps anything thrown into an ApiError so screens have one kind of error to show. */
export function toApiErrorLike(error: unknown): ApiError {
  if (isApiError(error)) return error;
  return new ApiError(
    0,
    'unexpected_response',
    error instanceof Error ? error.message : 'Unknown error',
  );
}

/** True for failures that may pass by themselves: no answer at all, or a server error. */
export function isTransientError(error: ApiError): boolean {
  return (error.status === 0 && error.code === 'network_error') || error.status >= 500;
}

/** The parts of TanStack's query result this mapping reads. */
export interface QueryResultLike<T> {
  status: 'pending' | 'success' | 'error';
  data: T | undefined;
  error: unknown;
}

/** The page's view of a query result. */
export function toQueryState<T>(result: QueryResultLike<T>): QueryState<T> {
  if (result.status === 'success' && result.data !== undefined) {
    return { status: 'success', data: result.data };
  }
  if (result.status === 'error') {
    const error = toApiErrorLike(result.error);
    if (result.data !== undefined && isTransientError(error)) {
      return { status: 'success', data: result.data };
    }
    return { status: 'error', error };
  }
  return { status: 'loading' };
}
