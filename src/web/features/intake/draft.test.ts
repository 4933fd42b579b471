// Covers: valid answers kept, half-typed numbers and out-of-range values dropped, undefined
// values dropped, partial safety answers kept.
import { describe, expect, it } from 'vitest';
import { cleanDraftAnswers, readWholeNumber, resumePoint } from './draft.js';

describe('cleanDraftAnswers', () => {
  it('keeps what the contract accepts', () => {
    const answers = {
      painAreas: ['knee' as const],
      mobility: 'wheelchair' as const,
      safety: { fever_unwell: false },
    };
    expect(cleanDraftAnswers(answers)).toEqual(answers);
  });

  it('drops values the contract would refuse', () => {
    expect(
      cleanDraftAnswers({
        minutesPerDay: Number.NaN,
        daysPerWeek: 9,
        age: 40,
        painToday: undefined,
      }),
    ).toEqual({
      age: 40,
    });
  });
});

describe('resumePoint', () => {
  const profile = {
    painAreas: [],
    conditions: [],
    mobility: 'walks_unaided' as const,
    floorTransfers: true,
    minutesPerDay: 10,
    daysPerWeek: 3,
    preferredTimes: [],
    equipment: [],
    likes: [],
    painToday: 2,
    safety: {},
  };

  it('starts at the beginning with nothing saved', () => {
    expect(resumePoint(null, null)).toEqual({ step: 0, answers: {} });
  });

  it('starts from the saved profile when there is no draft', () => {
    expect(resumePoint(profile, null)).toEqual({ step: 0, answers: profile });
  });

  it('resumes the draft over the profile, keeping the step in range', () => {
    const draft = { step: 20, answers: { painToday: 7 } };
    expect(resumePoint(profile, draft)).toEqual({ step: 7, answers: { ...profile, painToday: 7 } });
  });
});

describe('readWholeNumber', () => {
  it.each([
    ['15', 15],
    [' 7 ', 7],
    ['', Number.NaN],
    ['1.5', Number.NaN],
    ['-3', Number.NaN],
    ['ten', Number.NaN],
  ])('%j → %s', (text, value) => {
    expect(readWholeNumber(text)).toBe(value);
  });
});
