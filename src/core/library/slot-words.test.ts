// Covers the words an exercise shows by the time of day of its session (issue 15: an evening
// session said "a gentle wake-up stretch … before you get up"): morning words only in the
// morning, and no built-in exercise says "wake-up" or "before you get up" outside them.
import { describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from './catalog.js';
import { wordsForSlot } from './slot-words.js';

const MORNING_ONLY = /wake-up|wake up\b|while you wake|before you get up|good morning|first thing in the morning/i;

describe('wordsForSlot', () => {
  const stretch = BUILTIN_EXERCISES.find((e) => e.id === 'lying-whole-body-stretch')!;
  it.each([
    ['morning', /wake-up stretch.*before you get up/],
    ['afternoon', /^A gentle stretch for the whole body, done lying on a bed\.$/],
    ['evening', /^A gentle stretch for the whole body, done lying on a bed\.$/],
  ])('a %s session: %s', (slot, purpose) => {
    expect(wordsForSlot(stretch, slot).purpose).toMatch(purpose);
  });

  it('an exercise without morning words shows its own words at any time', () => {
    const plain = { purpose: 'P', breathing: 'B', feel: 'F' };
    expect(wordsForSlot(plain, 'morning')).toEqual(plain);
  });

  it('a morning word replaces only the field it gives', () => {
    const words = wordsForSlot({ purpose: 'P', breathing: 'B', feel: 'F', morning: { breathing: 'wake' } }, 'morning');
    expect(words).toEqual({ purpose: 'P', breathing: 'wake', feel: 'F' });
  });
});

describe('the library', () => {
  it.each(BUILTIN_EXERCISES.map((e) => [e.id, e] as const))('%s says nothing morning-only outside its morning words', (_, exercise) => {
    for (const slot of ['afternoon', 'evening']) {
      const words = wordsForSlot(exercise, slot);
      expect(`${words.purpose} ${words.breathing} ${words.feel} ${exercise.steps.join(' ')}`).not.toMatch(MORNING_ONLY);
    }
  });
});
