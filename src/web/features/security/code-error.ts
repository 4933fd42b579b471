/** Which failed code attempts are told at the code field rather than in a box below it. */
import type { ApiError } from '../../api/api-error.js';

/** The server's words for a wrong code, a code in the wrong shape, or too many tries; else null. */
export function codeErrorOf(error: ApiError | null): string | null {
  if (!error) return null;
  return error.field === 'code' || error.code === 'rate_limited' ? error.message : null;
}
