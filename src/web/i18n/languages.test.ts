// Covers: exact and regional tags, case, order of preference, and the fallback.
import { describe, expect, it } from 'vitest';
import { pickLanguage } from './languages.js';

describe('pickLanguage', () => {
  it.each([
    [['en-GB', 'de'], 'en'],
    [['EN'], 'en'],
    [['fr-CA', 'en-US'], 'en'],
    [['ja'], 'en'],
    [[], 'en'],
  ])('%j → %s', (preferred, expected) => {
    expect(pickLanguage(preferred)).toBe(expected);
  });
});
