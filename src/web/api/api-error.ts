/** The error every failed call throws, carrying the server's code, message and field. */
import { ERROR_CODES, type ErrorCode } from '../../core/errors.js';

/** Codes the client adds for failures that never reached a server answer. */
export type ClientErrorCode = 'network_error' | 'unexpected_response';

/** A failed API call: `status` 0 means the request did not get an answer at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly field: string | undefined;

  constructor(status: number, code: ErrorCode | ClientErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

/** True for errors thrown by the API client. */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Reads the error body of a non-2xx answer; an unreadable body becomes `unexpected_response`. */
export function toApiError(status: number, payload: unknown): ApiError {
  const error = readErrorBody(payload);
  if (!error) return new ApiError(status, 'unexpected_response', `The server answered ${status}.`);
  return new ApiError(status, error.code, error.message, error.field);
}

/**
 * The contract's `ErrorBody` checked by hand: the first page reads errors (a wrong password)
 * without loading zod and the contract's schemas.
 */
function readErrorBody(payload: unknown): { code: ErrorCode; message: string; field?: string } | null {
  const error = isObject(payload) ? payload.error : undefined;
  if (!isObject(error)) return null;
  const { code, message, field } = error;
  if (!isErrorCode(code) || typeof message !== 'string') return null;
  if (field !== undefined && typeof field !== 'string') return null;
  return field === undefined ? { code, message } : { code, message, field };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isErrorCode(value: unknown): value is ErrorCode {
  return ERROR_CODES.some((code) => code === value);
}
