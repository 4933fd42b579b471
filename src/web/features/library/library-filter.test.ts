// Covers: reading each filter from a query string (valid, unknown and malformed values), the
// three equipment states (any, none, a list — also an empty one), writing back in a fixed order
// with readable commas, round trips, words kept as typed but trimmed for the API, and the API
// query for each equipment state.
import { describe, expect, it } from 'vitest';
import {
  asLevel,
  hasLibraryFilters,
  readLibraryFilter,
  toExerciseQuery,
  writeLibraryFilter,
  type LibraryFilter,
} from './library-filter.js';

describe('readLibraryFilter', () => {
  it.each<[string, LibraryFilter]>([
    ['', {}],
    ['?pillar=stretching', { pillar: 'stretching' }],
    ['?pillar=dancing&level=7&position=upside-down&region=tail', {}],
    ['?position=seated&region=knee&level=2', { position: 'seated', region: 'knee', level: 2 }],
    ['?equipment=none', { equipment: 'none' }],
    ['?equipment=wall,chair,rocket', { equipment: ['chair', 'wall'] }],
    ['?equipment=wall%2Cmat', { equipment: ['wall', 'mat'] }],
    ['?equipment=', { equipment: [] }],
    ['?q=knee%20bend%20', { q: 'knee bend ' }],
    ['?q=', {}],
    ['?utm_source=x&pillar=aerobic', { pillar: 'aerobic' }],
  ])('%s', (search, expected) => {
    expect(readLibraryFilter(search)).toEqual(expected);
  });

  it('keeps at most 100 characters of words', () => {
    expect(readLibraryFilter(`?q=${'a'.repeat(150)}`).q).toHaveLength(100);
  });
});

describe('writeLibraryFilter', () => {
  it.each<[LibraryFilter, string]>([
    [{}, ''],
    [{ q: 'knee', pillar: 'strengthening' }, '?pillar=strengthening&q=knee'],
    [
      { position: 'seated', equipment: 'none', region: 'knee', level: 1 },
      '?position=seated&region=knee&equipment=none&level=1',
    ],
    [{ equipment: ['wall', 'chair'] }, '?equipment=chair,wall'],
    [{ equipment: [] }, '?equipment='],
    [{ q: 'wall push' }, '?q=wall+push'],
  ])('%j → %s', (filter, expected) => {
    expect(writeLibraryFilter(filter)).toBe(expected);
  });

  it.each<LibraryFilter>([
    {},
    { pillar: 'mind_body', position: 'floor', region: 'lower_back', level: 3, q: 'cat cow ' },
    { equipment: 'none' },
    { equipment: ['chair', 'resistance_band', 'pool'] },
    { equipment: [] },
  ])('round-trips %j', (filter) => {
    expect(readLibraryFilter(writeLibraryFilter(filter))).toEqual(filter);
  });
});

describe('toExerciseQuery', () => {
  it.each<[LibraryFilter, object]>([
    [{}, {}],
    [{ equipment: 'none' }, { equipment: 'none' }],
    [{ equipment: [] }, { equipment: 'none' }],
    [{ equipment: ['wall', 'chair'] }, { equipment: 'chair,wall' }],
    [{ q: '  knee  ' }, { q: 'knee' }],
    [{ q: '   ' }, {}],
    [
      { pillar: 'aerobic', position: 'aquatic', region: 'hip', level: 1 },
      { pillar: 'aerobic', position: 'aquatic', region: 'hip', level: 1 },
    ],
  ])('%j → %j', (filter, expected) => {
    expect(toExerciseQuery(filter)).toEqual(expected);
  });
});

describe('hasLibraryFilters and asLevel', () => {
  it('knows when any filter is set', () => {
    expect(hasLibraryFilters({})).toBe(false);
    expect(hasLibraryFilters({ equipment: [] })).toBe(true);
  });

  it.each([
    [0, 1],
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 3],
  ])('level %i → %i', (raw, level) => {
    expect(asLevel(raw)).toBe(level);
  });
});
