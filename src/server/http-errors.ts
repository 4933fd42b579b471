/** The one status table: each error code of core maps to one HTTP status, here and only here. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Duplex } from 'node:stream';
import type { ZodError } from 'zod';
import { AppError, ChangedSinceError, isAppError, type ErrorCode } from '../core/errors.js';
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
  changed_since: 409,
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
    // The static file server refuses paths like `/../../etc/passwd` or `/index.html%00.js` with
    // 403: to the visitor there is simply nothing there.
    case 403:
    case 404:
      return new AppError('not_found', 'There is nothing at this address.');
    default:
      return error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500
        ? new AppError('malformed_request', 'The request could not be read.')
        : null;
  }
}

/** Fastify's own refusals before routing (an address that cannot be decoded), in our shape. */
export function handleFrameworkError(_error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  request.log.info({ url: request.raw.url }, 'unreadable address');
  return reply.status(400).send(errorBody(new AppError('malformed_request', 'The address could not be read.')));
}

const CLIENT_ERRORS: Record<string, { status: number; reason: string; error: AppError }> = {
  HPE_HEADER_OVERFLOW: { status: 431, reason: 'Request Header Fields Too Large', error: new AppError('malformed_request', 'The request headers or address are longer than this server accepts.') },
  HPE_URI_TOO_LONG: { status: 414, reason: 'URI Too Long', error: new AppError('malformed_request', 'The address is longer than this server accepts.') },
};

/**
 * Requests Node's HTTP parser cannot read (headers or an address too long, broken syntax) never
 * reach Fastify: answer them on the socket in the error shape, then close it.
 */
export function handleClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) return;
  const known = CLIENT_ERRORS[error.code ?? ''] ?? { status: 400, reason: 'Bad Request', error: new AppError('malformed_request', 'The request could not be read.') };
  const body = JSON.stringify(errorBody(known.error));
  socket.end(
    `HTTP/1.1 ${known.status} ${known.reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** Builds the error body of PRODUCT.md. */
export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.field ? { field: error.field } : {}),
      ...(error instanceof ChangedSinceError ? { current: error.current } : {}),
    },
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
    if (!isAppError(error)) request.log.info({ err: error }, 'request refused by the framework');
    if (known.code === 'rate_limited' && !reply.hasHeader('retry-after')) reply.header('retry-after', '60');
    return reply.status(STATUS_OF[known.code]).send(errorBody(known));
  }
  request.log.error({ err: error }, 'unexpected error');
  const internal = new AppError('internal', 'Something went wrong on our side. Please try again in a moment.');
  return reply.status(500).send(errorBody(internal));
}
