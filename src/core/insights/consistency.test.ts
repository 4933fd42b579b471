// Covers: sessions logged against sessions planned per ISO week, weeks cut by the range, weeks
// without a plan, and sentences that say what was logged, never what was not.
import { describe, expect, it } from 'vitest';
import { buildConsistency } from './consistency.js';
import { buildJournal } from './daily.js';
import { dayOf, journalOf, session } from './insights.fixtures.js';

describe('consistency', () => {
  // 2024-01-03 is a Wednesday: the range touches the weeks of 1, 8 and 15 January.
  const input = {
    ...journalOf(15, { sessions: [1, 2, 3, 9, 16].map((n) => session(dayOf(n), 5, 4)) }),
    from: dayOf(2),
  };

  it('counts the sessions of each ISO week inside the range', () => {
    const weeks = buildConsistency(buildJournal(input), { '2024-01-08': 4 });
    expect(weeks.map((w) => [w.weekStart, w.done, w.planned])).toEqual([
      ['2024-01-01', 2, null],
      ['2024-01-08', 1, 4],
      ['2024-01-15', 0, null],
    ]);
  });

  it.each([
    [3, 4, 'Week of 1 January: 3 sessions logged, 4 planned.'],
    [0, 4, 'Week of 1 January: 0 sessions logged, 4 planned.'],
    [1, null, 'Week of 1 January: 1 session logged.'],
    [5, 4, 'Week of 1 January: 5 sessions logged, 4 planned.'],
  ])('%d done, %s planned: information, not a score', (done, planned, message) => {
    const sessions = Array.from({ length: done }, (_, i) => session(dayOf(i), 5, 4));
    const weeks = buildConsistency(
      buildJournal(journalOf(7, { sessions })),
      planned === null ? undefined : { '2024-01-01': planned },
    );
    expect(weeks[0]?.message).toBe(message);
  });
});
