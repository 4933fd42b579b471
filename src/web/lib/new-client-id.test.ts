// Covers: the secure-context path and the fallback that builds a v4 UUID from random bytes.
import { describe, expect, it } from 'vitest';
import { Id } from '../../contract/common.js';
import { newClientId } from './new-client-id.js';

describe('newClientId', () => {
  it('uses randomUUID when the context has it', () => {
    expect(
      Id.safeParse(
        newClientId({
          getRandomValues: (a: Uint8Array) => globalThis.crypto.getRandomValues(a),
          randomUUID: () => globalThis.crypto.randomUUID(),
        }),
      ).success,
    ).toBe(true);
  });

  it('builds a valid v4 UUID without randomUUID', () => {
    const insecure = { getRandomValues: (a: Uint8Array) => globalThis.crypto.getRandomValues(a) };
    const ids = Array.from({ length: 50 }, () => newClientId(insecure));
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(Id.safeParse(id).success).toBe(true);
    }
    expect(new Set(ids).size).toBe(50);
  });
});
