/**
 * Reminders, push subscriptions and the calendar feed (contract: src/contract/reminder.routes.ts).
 * The feed is iCalendar bytes at a secret address, rate-limited so secrets cannot be guessed.
 */
import type { FastifyInstance } from 'fastify';
import { routes } from '../../contract/routes.js';
import type { Services } from '../context.js';
import { registerRoute } from '../route.js';
import * as feeds from '../services/calendar-feed.service.js';
import type { Library } from '../services/library.service.js';
import * as pushes from '../services/push.service.js';
import * as reminders from '../services/reminder.service.js';

/** How many feed requests one address may make a minute: calendars poll every few hours. */
const FEED_LIMIT_PER_MINUTE = 20;

/** Registers the reminder routes. */
export function registerReminderRoutes(app: FastifyInstance, services: Services, library: Library): void {
  registerRoute(app, routes, 'getReminders', ({ person }) => reminders.getReminders(services, person, person.id));
  registerRoute(app, routes, 'putReminders', ({ person, body }) => reminders.putReminders(services, person, person.id, body));
  registerRoute(app, routes, 'snoozeReminders', ({ person, body }) => reminders.snoozeReminders(services, person, person.id, body.hours));
  registerRoute(app, routes, 'getDueReminders', ({ person }) => reminders.getDueReminders(services, library, person, person.id));
  registerRoute(app, routes, 'dismissReminder', async ({ person, body }) => {
    await reminders.dismissReminder(services, person, person.id, body.kind);
    return null;
  });
  registerRoute(app, routes, 'subscribePush', ({ person, body }) => pushes.subscribePush(services, person, person.id, body));
  registerRoute(app, routes, 'unsubscribePush', async ({ person, body }) => {
    await pushes.unsubscribePush(services, person, person.id, body.endpoint);
    return null;
  });
  registerRoute(app, routes, 'renewCalendarFeed', ({ person, request }) => feeds.renewCalendarFeed(services, person, person.id, `${request.protocol}://${request.host}`));
  registerRoute(app, routes, 'deleteCalendarFeed', async ({ person }) => {
    await feeds.deleteCalendarFeed(services, person, person.id);
    return null;
  });
  registerRoute(
    app,
    routes,
    'getCalendarFeed',
    async ({ params, reply }) => {
      const ics = await feeds.getCalendarFeed(services, library, params.token);
      reply.header('content-type', 'text/calendar; charset=utf-8');
      reply.header('content-disposition', 'inline; filename="pacewise.ics"');
      return ics;
    },
    { rateLimit: { max: FEED_LIMIT_PER_MINUTE, timeWindow: 60_000 } },
  );
}
