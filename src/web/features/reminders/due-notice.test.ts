// Covers: each kind of due reminder — its words (a session with and without minutes, a slot the
// words do not know), its button and where the button leads (the session of that day and slot).
import { describe, expect, it } from 'vitest';
import type { DueReminder } from '../../../contract/reminder.js';
import { describeDue } from './due-notice.js';
import { reminderMessages } from './messages.js';

const m = reminderMessages.en.notice;

describe('describeDue', () => {
  it.each<[string, DueReminder, { text: string; action: string; to: string }]>([
    [
      'the check-in',
      { kind: 'checkin', date: '2026-12-05' },
      { text: 'Time for your check-in.', action: 'Check in now', to: '/checkin' },
    ],
    [
      'a midday session',
      { kind: 'session', date: '2026-12-05', slot: 'midday', minutes: 12 },
      {
        text: 'Your midday session is ready, about 12 minutes.',
        action: 'Start the midday session',
        to: '/session/2026-12-05/midday',
      },
    ],
    [
      'a session without minutes',
      { kind: 'session', date: '2026-12-05', slot: 'evening', minutes: 0 },
      {
        text: 'Your evening session is ready.',
        action: 'Start the evening session',
        to: '/session/2026-12-05/evening',
      },
    ],
    [
      'a questionnaire',
      { kind: 'questionnaire', date: '2026-12-05', instrument: 'pegs' },
      {
        text: 'You have a short questionnaire to answer.',
        action: 'Answer the questions',
        to: '/questionnaire',
      },
    ],
  ])('%s', (_name, item, expected) => {
    expect(describeDue(item, m)).toEqual(expected);
  });
});
