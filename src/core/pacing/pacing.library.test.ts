// Pacing over the real built-in library, when it holds what these cases need: a walking exercise,
// and a strength chain. The library is still being written, so a missing piece skips its case
// rather than failing, and a library that does not load skips them all.
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../library/exercise.js';
import { activityKeyOf } from './activity.js';
import { createLookup } from './lookup.js';
import { checkin, day, session } from './pacing.fixtures.js';
import { initialPacing, updatePacing } from './pacing.js';
import type { PacingEvent, PacingState } from './types.js';

const library: readonly Exercise[] | null = await import('../library/catalog.js').then(
  (catalog) => catalog.BUILTIN_EXERCISES,
  () => null,
);
const index = new Map((library ?? []).map((e) => [e.id, e]));
const walking = library?.find((e) => e.pillar === 'aerobic' && e.activity === 'walking');
const chainRoot = library?.find(
  (e) =>
    e.pillar === 'strengthening' && e.easier === null && e.harder !== null && index.has(e.harder),
);

/** Lives `days` days, one call a day, doing `plan` each day. */
function live(days: number, plan: (n: number, state: PacingState) => PacingEvent[]): PacingState {
  let state = initialPacing();
  for (let n = 0; n <= days; n++) {
    state = updatePacing(state, [], { exercises: index, today: day(n) });
    state = updatePacing(state, plan(n, state), { exercises: index, today: day(n) });
  }
  return state;
}

describe.skipIf(library === null)('with the built-in library', () => {
  it.skipIf(!walking)('paces a walking exercise as walking, in plain words', () => {
    const id = walking?.id ?? '';
    const state = live(21, (n, s) => {
      const minutes = s.current.quotas.find((q) => q.activity === 'aerobic:walking')?.value ?? 5;
      return [
        checkin(n, 3),
        session(n, [{ exerciseId: id, minutes: n < 3 ? 10 : minutes, status: 'done' }]),
      ];
    });
    const changes = [...state.changes, ...state.current.changes].filter(
      (c) => c.activity === 'aerobic:walking',
    );
    expect(changes.map((c) => c.code)).toEqual([
      'start_small',
      'baseline_set',
      'progress_calm_week',
      'progress_calm_week',
    ]);
    expect(changes.at(-1)?.message).toBe('Walking 9 → 10 min: seven calm walks this week.');
  });

  it('names every aerobic quota with words a person knows', () => {
    const lookup = createLookup(index);
    for (const exercise of library ?? []) {
      const activity = activityKeyOf(exercise, index);
      if (!activity?.startsWith('aerobic:')) continue;
      const { name } = lookup.subjectOf({ activity, unit: 'minutes', exerciseId: null });
      expect(['walking', 'cycling', 'swimming', 'water exercise', 'seated aerobics']).toContain(
        name,
      );
    }
  });

  it.skipIf(!chainRoot)('moves a strength chain to its harder variant by name', () => {
    const root = chainRoot as Exercise;
    const state = live(35, (n, s) => {
      const quota = s.current.quotas.find((q) => q.activity === `strength:${root.id}`);
      const reps = quota && quota.baseline !== null ? quota.value : 19;
      const item = {
        exerciseId: quota?.exerciseId ?? root.id,
        reps,
        sets: 1,
        status: 'done' as const,
      };
      return n % 2 === 0 ? [checkin(n, 3), session(n, [item])] : [checkin(n, 3)];
    });
    const harder = [...state.changes, ...state.current.changes].find(
      (c) => c.code === 'variant_harder',
    );
    expect(
      harder?.message.startsWith(`${root.name} → ${index.get(root.harder ?? '')?.name}, 8 reps:`),
    ).toBe(true);
  });
});
