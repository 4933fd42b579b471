// Covers: a complete form; minutes empty, not a number, too few or too many, with a decimal comma;
// every missing answer listed in the order the form shows them.
import { describe, expect, it } from 'vitest';
import { checkActivityForm, type ActivityForm } from './activity-form.js';

const complete: ActivityForm = {
  exerciseId: 'walk-outdoors-flat',
  minutes: '20',
  effort: 'right',
  painBefore: 4,
  painAfter: 3,
};

describe('checkActivityForm', () => {
  it('turns a complete form into answers', () => {
    expect(checkActivityForm(complete)).toEqual({
      ok: true,
      answers: { ...complete, minutes: 20 },
    });
    expect(checkActivityForm({ ...complete, minutes: '12,6' })).toMatchObject({
      ok: true,
      answers: { minutes: 13 },
    });
  });

  it.each(['', ' ', 'ten', '0', '601', '-5'])('minutes %j need another answer', (minutes) => {
    expect(checkActivityForm({ ...complete, minutes })).toEqual({
      ok: false,
      problems: ['minutes'],
    });
  });

  it('lists every missing answer', () => {
    expect(
      checkActivityForm({ ...complete, effort: null, painBefore: null, painAfter: null }),
    ).toEqual({
      ok: false,
      problems: ['effort', 'painBefore', 'painAfter'],
    });
  });
});
