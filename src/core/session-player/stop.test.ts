// The stop flow's rules: emergency advice first for chest pain and one-sided weakness; no way
// back into the session after any stop-exercise sign.
import { describe, expect, it } from 'vitest';
import { isEmergencyStop, mayCarryOnAfterStop } from './stop.js';
import { STOP_REASONS } from './types.js';

describe('stopping', () => {
  it.each(STOP_REASONS.map((r) => [r]))(
    '%s: emergency first and carry-on follow the rules',
    (reason) => {
      expect(isEmergencyStop(reason)).toBe(
        reason === 'chest_pain' || reason === 'one_sided_weakness',
      );
      expect(mayCarryOnAfterStop(reason)).toBe(reason === 'something_else');
    },
  );
});
