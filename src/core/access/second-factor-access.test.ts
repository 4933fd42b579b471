// The access policy's rule for the second factor. Dimensions: role (person, clinician, admin),
// sign-in complete or waiting for the second factor, whose factor (own or a linked patient's),
// and every other area while the second factor is pending.
import { describe, expect, it } from 'vitest';
import { decideAccess, read, RECORD_AREAS, write, type Actor, type Relation } from './policy.js';

const self: Relation = { kind: 'self' };
const linked: Relation = { kind: 'clinician', linkId: 'l1', shareNotes: false };
const actor = (role: Actor['role'], signInComplete: boolean): Actor => ({ id: 'a1', role, signInComplete });

describe('decideAccess for the second factor', () => {
  it.each([
    ['person', true, self, 'not_found'],
    ['person', false, self, 'not_found'],
    ['clinician', false, self, 'allow'],
    ['clinician', true, self, 'allow'],
    ['admin', false, self, 'allow'],
    ['admin', true, self, 'allow'],
    ['clinician', true, linked, 'not_found'],
    ['clinician', false, { kind: 'none' } as Relation, 'not_found'],
  ] as const)('a %s (sign-in complete: %s) on %j: %s', (role, complete, relation, decision) => {
    expect(decideAccess(actor(role, complete), write('second_factor'), relation)).toBe(decision);
    expect(decideAccess(actor(role, complete), read('second_factor'), relation)).toBe(decision);
  });

  it.each(RECORD_AREAS.filter((area) => area !== 'second_factor'))('keeps %s closed while the second factor is pending', (area) => {
    expect(decideAccess(actor('clinician', false), read(area), self)).toBe('not_found');
    expect(decideAccess(actor('admin', false), write(area), self)).toBe('not_found');
  });
});
