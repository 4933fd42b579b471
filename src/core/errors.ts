/**
 * The one error model: a closed set of codes. The server maps each code to an HTTP status in
 * one table (src/server/http-errors.ts); the message is plain words a person can act on.
 */
export const ERROR_CODES = [
  'malformed_request',
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'origin_mismatch',
  'not_found',
  'email_taken',
  'conflict',
  /** The row changed since the version an edit or delete was made on (issue 13). */
  'changed_since',
  'payload_too_large',
  'unsupported_media_type',
  'weak_password',
  'unacceptable',
  'rate_limited',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error the application expects and explains; anything else is a bug and a logged 500. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }
}

/** A 409 `changed_since`: the row changed since the version sent; `current` is it as it stands now. */
export class ChangedSinceError extends AppError {
  readonly current: Record<string, unknown>;

  constructor(message: string, current: Record<string, unknown>) {
    super('changed_since', message);
    this.current = current;
  }
}

/** True for errors the application raised on purpose. */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
