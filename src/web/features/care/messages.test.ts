// The "Who looked" line says what a clinician did: looked at parts of the record, and wrote a
// note or recorded a review — a note written is not "looked at your notes page".
import { describe, expect, it } from 'vitest';
import { careMessages } from './messages.js';

const c = careMessages.en;
const line = (looked: string[], changed: string[]) => c.care.whoLine('Lena', looked, changed, '5 December');

describe('the who-looked line', () => {
  it.each([
    [['check-ins'], [], 'Lena looked at your check-ins on 5 December'],
    [['check-ins', 'plan', 'pacing'], [], 'Lena looked at your check-ins, plan and pacing on 5 December'],
    [[], [c.changes('care_notes')], 'Lena wrote you a note on 5 December'],
    [['check-ins'], [c.changes('care_notes'), c.changes('reviews')], 'Lena looked at your check-ins, wrote you a note and marked your record reviewed on 5 December'],
    [[], [c.changes('care_link')], 'Lena ended your link on 5 December'],
  ])('%j and %j read: %s', (looked, changed, words) => {
    expect(line(looked, changed)).toBe(words);
  });
});
