/** Reminders the person controls, Web Push and the private calendar feed (issue 13). */
import { NoContent } from './common.js';
import {
  CalendarFeedIcs,
  CalendarFeedParams,
  CalendarFeedResponse,
  DismissReminderRequest,
  DueRemindersResponse,
  PushSubscriptionRequest,
  PushSubscriptionResponse,
  PutRemindersRequest,
  RemindersResponse,
  SnoozeRemindersRequest,
  UnsubscribePushRequest,
} from './reminder.js';
import type { RouteSpec } from './route-spec.js';

export const reminderRoutes = {
  getReminders: { method: 'GET', path: '/api/me/reminders', access: 'person', status: 200, summary: 'My reminder settings, and whether push and the calendar feed are on', response: RemindersResponse },
  putReminders: { method: 'PUT', path: '/api/me/reminders', access: 'person', status: 200, summary: 'Choose my reminders, days, quiet hours and daily maximum (nothing is on until I say so)', body: PutRemindersRequest, response: RemindersResponse },
  snoozeReminders: { method: 'POST', path: '/api/me/reminders/snooze', access: 'person', status: 200, summary: 'Snooze every reminder for some hours (0 ends the snooze)', body: SnoozeRemindersRequest, response: RemindersResponse },
  getDueReminders: { method: 'GET', path: '/api/me/reminders/due', access: 'person', status: 200, summary: 'The reminders to show as a notice when I open the app', response: DueRemindersResponse },
  dismissReminder: { method: 'POST', path: '/api/me/reminders/due/dismiss', access: 'person', status: 204, summary: 'I saw the notice: it counts as today’s reminder of that kind', body: DismissReminderRequest, response: NoContent },
  subscribePush: { method: 'POST', path: '/api/me/push-subscriptions', access: 'person', status: 201, summary: 'Receive reminders as push messages on this browser (until this device signs out)', body: PushSubscriptionRequest, response: PushSubscriptionResponse },
  unsubscribePush: { method: 'DELETE', path: '/api/me/push-subscriptions', access: 'person', status: 204, summary: 'Stop push messages to one browser', body: UnsubscribePushRequest, response: NoContent },
  renewCalendarFeed: { method: 'POST', path: '/api/me/calendar-feed', access: 'person', status: 201, summary: 'A new secret address for my calendar feed (the old one stops at once)', response: CalendarFeedResponse },
  deleteCalendarFeed: { method: 'DELETE', path: '/api/me/calendar-feed', access: 'person', status: 204, summary: 'Switch my calendar feed off', response: NoContent },
  getCalendarFeed: { method: 'GET', path: '/api/calendar/:token', access: 'public', status: 200, summary: 'A private calendar feed (iCalendar) at its secret address', params: CalendarFeedParams, response: CalendarFeedIcs },
} as const satisfies Record<string, RouteSpec>;
