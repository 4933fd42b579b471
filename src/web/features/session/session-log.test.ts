// The contract accepts what the player builds: any sequence of actions (the player's own
// fast-check arbitraries) ends in a body `CreateSessionLogRequest` parses, and so does every
// activity log. Runs here because src/core may not import the contract.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CreateSessionLogRequest } from '../../../contract/session-log.js';
import { EFFORTS, buildActivityLog, buildSessionLog } from '../../../core/session-player/index.js';
import {
  finishRun,
  plannedItems,
  playRun,
  steps,
} from '../../../core/session-player/session-player.arbitraries.js';

describe('session logs and the contract', () => {
  it('every log the player builds is a valid request', () => {
    fc.assert(
      fc.property(
        plannedItems,
        steps,
        fc.option(fc.integer({ min: 0, max: 10 })),
        (items, run, painAfter) => {
          const played = playRun(items, run);
          const body = buildSessionLog(finishRun(played.state, played.nowMs, painAfter));
          const parsed = CreateSessionLogRequest.safeParse(body);
          expect(parsed.error?.issues ?? []).toEqual([]);
        },
      ),
      { seed: 11, numRuns: 300 },
    );
  });

  it('every activity log is a valid request', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 900, noNaN: true }),
        fc.constantFrom(...EFFORTS),
        (minutes, effort) => {
          const body = buildActivityLog({
            clientId: '0b5a3c1e-8f7d-4c2a-9e1b-2d3f4a5b6c7d',
            exerciseId: 'swim-easy-lengths',
            minutes,
            effort,
            painBefore: 2,
            painAfter: 3,
            nowMs: Date.UTC(2026, 10, 24),
          });
          expect(CreateSessionLogRequest.safeParse(body).success).toBe(true);
        },
      ),
      { seed: 12, numRuns: 100 },
    );
  });
});
