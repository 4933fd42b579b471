/** The picker's order: a name starting with the words, then containing them, then each word, then the rest. */
import { describe, expect, it } from 'vitest';
import { rankByName } from './rank-exercises.js';

const named = (...names: string[]) => names.map((name) => ({ name }));

describe('the exercise picker’s order', () => {
  it.each([
    ['sit to', named('Seated march', 'Chair sit to stand', 'Sit to stand', 'Stand to sit'), ['Sit to stand', 'Chair sit to stand', 'Stand to sit', 'Seated march']],
    ['wall', named('Cat-cow', 'Wall push-up', 'Wall slide'), ['Wall push-up', 'Wall slide', 'Cat-cow']],
  ])('"%s"', (q, items, order) => {
    expect(rankByName(items, q, 10).map((i) => i.name)).toEqual(order);
  });

  it('keeps at most the limit', () => {
    expect(rankByName(named('a1', 'a2', 'a3'), 'a', 2)).toHaveLength(2);
  });
});
