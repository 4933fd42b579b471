// Covers: the hand check of error bodies (kept off the first page's zod) reads exactly what the
// contract's ErrorBody accepts: well-formed bodies with and without a field, and every way a body
// can be wrong (not an object, no error, unknown code, wrong types, null field), by table and by
// property over generated bodies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorBody } from '../../contract/common.js';
import { ERROR_CODES } from '../../core/errors.js';
import { toApiError } from './api-error.js';

describe('toApiError', () => {
  it.each([
    [{ error: { code: 'validation_failed', message: 'Check the date.', field: 'localDate' } }, 'validation_failed', 'localDate'],
    [{ error: { code: 'not_found', message: 'Nothing here.' } }, 'not_found', undefined],
    [{ error: { code: 'not_found', message: 'Nothing here.', extra: 1 } }, 'not_found', undefined],
  ])('reads %j', (payload, code, field) => {
    const error = toApiError(400, payload);
    expect([error.status, error.code, error.field]).toEqual([400, code, field]);
  });

  it.each([
    null,
    undefined,
    'Bad gateway',
    [],
    {},
    { error: null },
    { error: { code: 'no_such_code', message: 'x' } },
    { error: { code: 'not_found' } },
    { error: { code: 'not_found', message: 3 } },
    { error: { code: 'not_found', message: 'x', field: null } },
    { error: { code: 'not_found', message: 'x', field: 7 } },
  ])('calls %j an unexpected response', (payload) => {
    expect(toApiError(502, payload).code).toBe('unexpected_response');
  });

  it('accepts a body exactly when the contract’s ErrorBody does', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined));
    const body = fc.oneof(
      fc.anything(),
      fc.record(
        {
          error: fc.oneof(
            fc.record(
              { code: fc.oneof(fc.constantFrom(...ERROR_CODES), value), message: value, field: value },
              { requiredKeys: [] },
            ),
            value,
          ),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(body, (payload) => {
        const read = toApiError(400, payload).code !== 'unexpected_response';
        expect(read).toBe(ErrorBody.safeParse(payload).success);
      }),
    );
  });
});
