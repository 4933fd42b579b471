/** The one status table: each error code of core maps to one HTTP status, here and only here. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodError } from 'zod';
import { AppError, isAppError, type ErrorCode } from '../core/errors.js';
import type { ErrorBody } from '../contract/common.js';

export const STATUS_OF: Record<ErrorCode, number> = {
  malformed_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  origin_mismatch: 403,
  not_found: 404,
  email_taken: 409,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  weak_password: 422,
  unacceptable: 422,
  rate_limited: 429,
  internal: 500,
};

/** Turns the first zod issue into a plain message naming the field. */
export function fromZodError(error: ZodError, where: 'body' | 'query' | 'params'): AppError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  const what = field ? `${field}: ${issue?.message ?? 'not valid'}` : (issue?.message ?? 'not valid');
  return new AppError('validation_failed', `The request ${where} is not valid. ${what}`, field);
}

/** Framework errors (bad JSON, too large, wrong content type) in our own words. */
function fromFrameworkError(error: FastifyError): AppError | null {
  switch (error.statusCode) {
    case 400:
      return new AppError('malformed_request', 'The request could not be read. Send valid JSON.');
    case 413:
      return new AppError('payload_too_large', 'The request is larger than this server accepts.');
    case 415:
      return new AppError('unsupported_media_type', 'Send the request body as application/json.');
    case 429:
      return new AppError('rate_limited', 'Too many requests. Please wait a little and try again.');
    default:
      return null;
  }
}

/** Builds the error body of PRODUCT.md. */
export function errorBody(error: AppError): ErrorBody {
  return {
    error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) },
  };
}

/** The error handler: known errors answer in plain words; anything else is a logged 500. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  const known = isAppError(error)
    ? error
    : 'statusCode' in error && typeof error.statusCode === 'number' && error.statusCode < 500
      ? fromFrameworkError(error)
      : null;
  if (known) {
    if (known.code === 'rate_limited' && !reply.hasHeader('retry-after')) reply.header('retry-after', '60');
    return reply.status(STATUS_OF[known.code]).send(errorBody(known));
  }
  request.log.error({ err: error }, 'unexpected error');
  const internal = new AppError('internal', 'Something went wrong on our side. Please try again in a moment.');
  return reply.status(500).send(errorBody(internal));
}
