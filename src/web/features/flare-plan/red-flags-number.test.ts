// The flare plan's "when I call a doctor" step (and its printed page) names the person's own
// emergency number where the emergency signs are listed: "the emergency number" alone left a
// person in an emergency, holding a printed plan, without the number to call.
import { describe, expect, it } from 'vitest';
import { flarePlanMessages } from './messages.js';

describe('the flare plan’s emergency signs', () => {
  it.each(['112', '911', '999', '000'])('say to call the person’s own number, %s', (emergencyNumber) => {
    expect(flarePlanMessages.en.steps.callDoctor.emergencyIntro(emergencyNumber)).toBe(`Call ${emergencyNumber} now if you have:`);
  });
});
