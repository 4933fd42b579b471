// What a page sees: pending, answered, failed with and without an earlier answer, and which
// failures are worth another try (network and 5xx only).
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.js';
import { isTransientError, toApiErrorLike, toQueryState } from './query-state.js';
import { shouldRetry } from './query-client.js';

const offline = new ApiError(0, 'network_error', 'The request did not reach the server.');
const serverDown = new ApiError(503, 'internal', 'Unavailable');
const notFound = new ApiError(404, 'not_found', 'Gone');
const signedOut = new ApiError(401, 'unauthenticated', 'Sign in');

describe('toQueryState', () => {
  it.each([
    ['pending', { status: 'pending', data: undefined, error: null }, { status: 'loading' }],
    ['answered', { status: 'success', data: 3, error: null }, { status: 'success', data: 3 }],
    ['offline with an answer', { status: 'error', data: 3, error: offline }, { status: 'success', data: 3 }],
    ['5xx with an answer', { status: 'error', data: 3, error: serverDown }, { status: 'success', data: 3 }],
    ['offline, nothing saved', { status: 'error', data: undefined, error: offline }, { status: 'error', error: offline }],
    ['404 after an answer', { status: 'error', data: 3, error: notFound }, { status: 'error', error: notFound }],
    ['401 after an answer', { status: 'error', data: 3, error: signedOut }, { status: 'error', error: signedOut }],
  ] as const)('%s', (_name, result, expected) => {
    expect(toQueryState<number>(result)).toEqual(expected);
  });

  it('turns anything thrown into an ApiError', () => {
    const state = toQueryState({ status: 'error', data: undefined, error: new TypeError('boom') });
    expect(state).toEqual({ status: 'error', error: toApiErrorLike(new TypeError('boom')) });
    expect(state.status === 'error' && state.error.code).toBe('unexpected_response');
  });
});

describe('retries', () => {
  it.each([
    [offline, true],
    [serverDown, true],
    [notFound, false],
    [signedOut, false],
    [new ApiError(422, 'validation_failed', 'Bad'), false],
    [new TypeError('a bug'), false],
  ])('%o is retried: %s', (error, expected) => {
    expect(shouldRetry(0, error)).toBe(expected);
    expect(isTransientError(toApiErrorLike(error))).toBe(expected);
  });

  it('stops after two more attempts', () => {
    expect([0, 1, 2, 3].map((count) => shouldRetry(count, offline))).toEqual([true, true, false, false]);
  });
});
