/** The error every failed call throws, carrying the server's code, message and field. */
import { ErrorBody } from '../../contract/common.js';
import type { ErrorCode } from '../../core/errors.js';

/** Codes the client adds for failures that never reached a server answer. */
export type ClientErrorCode = 'network_error' | 'unexpected_response';

/** A failed API call: `status` 0 means the request did not get an answer at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly field: string | undefined;
  /** With `changed_since` (409): the row as the server has it now, unchecked. */
  readonly current: Record<string, unknown> | undefined;

  constructor(status: number, code: ErrorCode | ClientErrorCode, message: string, field?: string, current?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.current = current;
  }
}

/** True for errors thrown by the API client. */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Reads the error body of a non-2xx answer; an unreadable body becomes `unexpected_response`. */
export function toApiError(status: number, payload: unknown): ApiError {
  const parsed = ErrorBody.safeParse(payload);
  if (!parsed.success) {
    return new ApiError(status, 'unexpected_response', `The server answered ${status}.`);
  }
  const { code, message, field, current } = parsed.data.error;
  return new ApiError(status, code, message, field, current);
}
