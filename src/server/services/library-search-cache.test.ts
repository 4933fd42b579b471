// The kept search indexes: the same list (a new array of the same exercises) reuses its index; an
// edited custom exercise is indexed again, so a search finds its new name.
import { describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../../core/library/catalog.js';
import type { Exercise } from '../../core/library/exercise.js';
import { searchOver } from './library-search-cache.js';

const base = BUILTIN_EXERCISES[0] as Exercise;
const custom = (name: string): Exercise => ({ ...base, id: 'c-00000000-0000-4000-8000-000000000001', name, source: { kind: 'custom', ownerId: 'u-1' } });

describe('searchOver', () => {
  it('reuses the index of the same exercises in a new list', () => {
    const first = searchOver([...BUILTIN_EXERCISES, custom('Kitchen counter lean')]);
    expect(searchOver([...BUILTIN_EXERCISES, custom('Kitchen counter lean')])).toBe(first);
  });

  it('indexes an edited exercise again, so its new name is found', () => {
    searchOver([...BUILTIN_EXERCISES, custom('Kitchen counter lean')]);
    const edited = searchOver([...BUILTIN_EXERCISES, custom('Garden gate stretch')]);
    expect(edited.find({ q: 'garden gate' })[0]?.name).toBe('Garden gate stretch');
    expect(edited.find({ q: 'kitchen counter lean' }).map((e) => e.name)).not.toContain('Kitchen counter lean');
  });
});
