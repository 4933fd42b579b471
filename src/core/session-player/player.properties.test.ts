// Properties of the player over any sequence of actions (fast-check, fixed seed): the log it
// builds is always a valid POST body — one entry per planned item in plan order, each the planned
// exercise or one of its easier variants, statuses and feedback from the closed sets, amounts
// within the contract's limits, nothing but the id and status on a skipped item, and `partial`
// exactly when the session did not reach its end; the state survives a JSON round trip; a
// finished session ignores every further action.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reduceSession } from './player.js';
import { buildSessionLog, type LoggedItem } from './record.js';
import { chainOf, finishRun, plannedItems, playRun, steps } from './session-player.arbitraries.js';
import { CLIENT_ID } from './session-player.fixtures.js';
import { FEEDBACK, ITEM_STATUSES, type PlannedItem } from './types.js';

const RUNS = { seed: 7, numRuns: 400 };
const isWhole = (n: number | undefined, max: number) =>
  n === undefined || (Number.isInteger(n) && n >= 0 && n <= max);

function expectValidItem(logged: LoggedItem, planned: PlannedItem): void {
  expect(ITEM_STATUSES).toContain(logged.status);
  if (logged.status === 'skipped') {
    expect(logged).toMatchObject({ exerciseId: planned.exerciseId, status: 'skipped' });
    // What "make it easier" became stays with an item skipped afterwards.
    const keys = Object.keys(logged).filter((key) => key !== 'eased').sort();
    expect(keys).toEqual(['exerciseId', 'planned', 'status']);
    return;
  }
  expect(chainOf(planned.exerciseId)).toContain(logged.exerciseId);
  // Another exercise only by "make it easier"; "easier" on the same exercise only with what it became.
  if (logged.exerciseId !== planned.exerciseId) expect(logged.status).toBe('easier');
  if (logged.status === 'easier' && logged.exerciseId === planned.exerciseId) expect(logged.eased).toBeDefined();
  if (logged.feedback !== undefined) expect(FEEDBACK).toContain(logged.feedback);
  expect(isWhole(logged.painDuring, 10)).toBe(true);
  expect(
    isWhole(logged.sets, 20) && isWhole(logged.reps, 200) && isWhole(logged.holdSeconds, 600),
  ).toBe(true);
  if (logged.minutes !== undefined) expect(logged.minutes >= 0 && logged.minutes <= 600).toBe(true);
}

describe('session player properties', () => {
  it('any sequence of actions yields a valid log of the planned session', () => {
    fc.assert(
      fc.property(
        plannedItems,
        steps,
        fc.option(fc.integer({ min: 0, max: 10 })),
        (items, run, painAfter) => {
          const played = playRun(items, run);
          const reachedEnd = played.state.ending === 'complete';
          const state = finishRun(played.state, played.nowMs, painAfter);
          const body = buildSessionLog(state);
          expect(body).not.toBeNull();
          if (!body) return;
          expect(body.clientId).toBe(CLIENT_ID);
          expect(Number.isNaN(Date.parse(body.startedAt))).toBe(false);
          expect(isWhole(body.painBefore, 10)).toBe(true);
          // Pain after is unknown (null) only for a session left partway without an answer.
          if (body.painAfter === null) expect(body.partial).toBe(true);
          else expect(isWhole(body.painAfter, 10)).toBe(true);
          expect(body.items).toHaveLength(items.length);
          body.items.forEach((logged, index) => expectValidItem(logged, items[index]!));
          expect(body.partial).toBe(!reachedEnd);
          if (body.notes !== undefined) expect(body.notes.length).toBeGreaterThan(0);
        },
      ),
      RUNS,
    );
  });

  it('a stored state plays on exactly as the live one', () => {
    fc.assert(
      fc.property(plannedItems, steps, steps, (items, first, then) => {
        const played = playRun(items, first);
        const stored = JSON.parse(JSON.stringify(played.state));
        let live = played.state;
        let restored = stored;
        let nowMs = played.nowMs;
        for (const { action, afterMs } of then) {
          nowMs += afterMs;
          live = reduceSession(live, action(nowMs, live));
          restored = reduceSession(restored, action(nowMs, restored));
        }
        expect(JSON.parse(JSON.stringify(restored))).toEqual(JSON.parse(JSON.stringify(live)));
      }),
      { ...RUNS, numRuns: 150 },
    );
  });

  it('a finished session ignores everything after', () => {
    fc.assert(
      fc.property(plannedItems, steps, steps, (items, first, then) => {
        const played = playRun(items, first);
        const finished = finishRun(played.state, played.nowMs, 3);
        let nowMs = played.nowMs;
        for (const { action, afterMs } of then) {
          nowMs += afterMs;
          expect(reduceSession(finished, action(nowMs, finished))).toBe(finished);
        }
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
