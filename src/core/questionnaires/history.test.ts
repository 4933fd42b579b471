// Covers: markChange for differences (both ways, at the thresholds), ratings (mirrored toward
// worse) and none; buildHistory — sorting, change against the first scored point, marks and
// direction per instrument, PGIC marked from each rating, PSFS activities by label, the §4 vector.
import { describe, expect, it } from 'vitest';
import { builtInInstrument } from './catalog.js';
import { directionOfChange, markChange } from './change.js';
import { buildHistory } from './history.js';
import { PEG_MEANINGFUL } from './instruments/peg.js';
import { PGIC_MEANINGFUL } from './instruments/pgic.js';
import { PSFS_MEANINGFUL } from './instruments/psfs.js';
import type { Answer, InstrumentKey, StoredResponse } from './types.js';

describe('markChange', () => {
  it.each([
    [PEG_MEANINGFUL, -1.75, 'meaningful'],
    [PEG_MEANINGFUL, 1.75, 'meaningful'],
    [PEG_MEANINGFUL, -1.74, 'possibly_meaningful'],
    [PEG_MEANINGFUL, 1.0, 'possibly_meaningful'],
    [PEG_MEANINGFUL, 0.99, 'not_meaningful'],
    [PSFS_MEANINGFUL, 2.0, 'meaningful'],
    [PSFS_MEANINGFUL, 1.3, 'possibly_meaningful'],
    [PSFS_MEANINGFUL, 1.29, 'not_meaningful'],
    [PGIC_MEANINGFUL, 1, 'meaningful'],
    [PGIC_MEANINGFUL, 2, 'meaningful'],
    [PGIC_MEANINGFUL, 3, 'possibly_meaningful'],
    [PGIC_MEANINGFUL, 4, 'not_meaningful'],
    [PGIC_MEANINGFUL, 5, 'possibly_meaningful'],
    [PGIC_MEANINGFUL, 6, 'meaningful'],
    [PGIC_MEANINGFUL, 7, 'meaningful'],
  ] as const)('%j: %d is %s', (meaningful, change, mark) => {
    expect(markChange(meaningful, change)).toBe(mark);
  });

  it('an instrument without a meaningful change marks nothing', () => {
    expect(markChange({ kind: 'none' }, 10)).toBeNull();
  });

  it.each([
    ['lower_is_better', -1, 'better'],
    ['lower_is_better', 1, 'worse'],
    ['higher_is_better', 1, 'better'],
    ['higher_is_better', 0, 'same'],
  ] as const)('%s: %d is %s', (direction, change, expected) => {
    expect(directionOfChange(direction, change)).toBe(expected);
  });
});

let n = 0;
function response(instrument: InstrumentKey, localDate: string, answers: Answer[]): StoredResponse {
  n += 1;
  return { id: `r${n}`, instrument, version: '1', localDate, at: `${localDate}T10:00:00Z`, answers, checkinId: null, clientId: null };
}
const psfsAnswers = (values: number[], labels = ['Walk', 'Garden', 'Stairs']) =>
  values.map((value, i) => ({ linkId: `activity-${i + 1}`, value, code: null, label: labels[i] ?? null }));
const pegAnswers = (p: number, e: number, g: number) => [
  { linkId: 'pain', value: p, code: null, label: null },
  { linkId: 'enjoyment', value: e, code: null, label: null },
  { linkId: 'activity', value: g, code: null, label: null },
];

describe('buildHistory', () => {
  it('PSFS 3,5,7 then 6,7,8 is 5.0 then 7.0: +2.0, meaningful and better (clinical-sources.md §4)', () => {
    const history = buildHistory(builtInInstrument('psfs'), [
      response('psfs', '2026-02-15', psfsAnswers([6, 7, 8])),
      response('psfs', '2026-02-01', psfsAnswers([3, 5, 7])),
      response('pgic', '2026-02-10', [{ linkId: 'change', value: 2, code: '2', label: null }]),
    ]);
    expect(history.meaningfulChange).toBe(2);
    expect(history.direction).toBe('higher_is_better');
    expect(history.points.map((p) => [p.localDate, p.score.value, p.change, p.mark, p.direction])).toEqual([
      ['2026-02-01', 5, null, null, null],
      ['2026-02-15', 7, 2, 'meaningful', 'better'],
    ]);
    expect(history.activities).toEqual([
      { label: 'Walk', points: [{ localDate: '2026-02-01', value: 3 }, { localDate: '2026-02-15', value: 6 }] },
      { label: 'Garden', points: [{ localDate: '2026-02-01', value: 5 }, { localDate: '2026-02-15', value: 7 }] },
      { label: 'Stairs', points: [{ localDate: '2026-02-01', value: 7 }, { localDate: '2026-02-15', value: 8 }] },
    ]);
  });

  it('the PEG falling is better; each change is against the first', () => {
    const history = buildHistory(builtInInstrument('peg'), [
      response('peg', '2026-01-01', pegAnswers(6, 4, 5)),
      response('peg', '2026-01-08', pegAnswers(5, 4, 5)),
      response('peg', '2026-01-15', pegAnswers(4, 3, 2)),
      response('peg', '2026-01-22', pegAnswers(8, 6, 6)),
    ]);
    expect(history.points.map((p) => [p.score.value, p.change, p.mark, p.direction])).toEqual([
      [5, null, null, null],
      [4.67, -0.33, 'not_meaningful', 'better'],
      [3, -2, 'meaningful', 'better'],
      [6.67, 1.67, 'possibly_meaningful', 'worse'],
    ]);
    expect(history.activities).toEqual([]);
  });

  it('the global impression marks each point from its own rating', () => {
    const pgic = (d: string, v: number) => response('pgic', d, [{ linkId: 'change', value: v, code: String(v), label: null }]);
    const history = buildHistory(builtInInstrument('pgic'), [pgic('2026-01-29', 3), pgic('2026-02-26', 2), pgic('2026-03-26', 4), pgic('2026-04-23', 6)]);
    expect(history.meaningfulChange).toBeNull();
    expect(history.points.map((p) => [p.score.value, p.change, p.mark, p.direction])).toEqual([
      [3, null, 'possibly_meaningful', 'better'],
      [2, null, 'meaningful', 'better'],
      [4, null, 'not_meaningful', 'same'],
      [6, null, 'meaningful', 'worse'],
    ]);
  });

  it('an unscored answer set is a point without a change, and the first scored one is the baseline', () => {
    const history = buildHistory(builtInInstrument('psfs'), [
      response('psfs', '2026-01-01', psfsAnswers([])),
      response('psfs', '2026-01-15', psfsAnswers([4])),
      response('psfs', '2026-01-29', psfsAnswers([6])),
    ]);
    expect(history.points.map((p) => [p.score.value, p.change])).toEqual([[null, null], [4, null], [6, 2]]);
  });

  it('no answers is an empty history', () => {
    expect(buildHistory(builtInInstrument('pgic'), []).points).toEqual([]);
  });
});
