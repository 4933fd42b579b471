/**
 * Words of reminders sent outside the app (issue 13): push messages and the calendar feed. Plain,
 * kind and generic — a lock screen or a shared calendar may be seen by others, so nothing about a
 * person's health is said.
 */
import type { ReminderKind } from '../../core/reminders/settings.js';
import type { Slot } from '../../core/planner/plan.js';

export const reminderMessages = {
  en: {
    push: {
      checkin: { title: 'Pacewise', body: 'A moment for today’s check-in, when it suits you.' },
      session: { title: 'Pacewise', body: 'Your session for today is ready when you are.' },
      questionnaire: { title: 'Pacewise', body: 'A short questionnaire is waiting, when you have a minute.' },
    } satisfies Record<ReminderKind, { title: string; body: string }>,
    feed: {
      calendarName: 'Pacewise',
      slots: { morning: 'morning', midday: 'midday', evening: 'evening' } satisfies Record<Slot, string>,
      sessionSummary: (slot: string, minutes: number) => `Pacewise: ${slot} session, ${minutes} min`,
      checkinSummary: 'Pacewise: check-in',
      alarmText: 'Pacewise reminder',
    },
  },
} as const;

/** Where a push message opens the app, per reminder. */
export const REMINDER_URLS: Record<ReminderKind, string> = { checkin: '/checkin', session: '/', questionnaire: '/questionnaire' };
