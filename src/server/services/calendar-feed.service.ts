/**
 * The private calendar feed (issue 13): a secret address the person can renew (the old one stops
 * at once) or switch off. Only the secret's SHA-256 is stored; the address is shown once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { read, write } from '../../core/access/policy.js';
import { AppError } from '../../core/errors.js';
import { weekStartOf } from '../../core/calendar.js';
import { buildCalendarFeed, daysOfWeek, type FeedDay, type FeedWords } from '../../core/reminders/ics.js';
import type { CalendarFeedResponse } from '../../contract/reminder.js';
import { deleteCalendarFeed as deleteFeedRow, findCalendarFeedOwner, replaceCalendarFeed } from '../../db/calendar-feed.repository.js';
import { findUserById } from '../../db/user.repository.js';
import { requireAccess } from '../access.js';
import { hashToken, toPerson } from '../auth/sessions.js';
import type { Person, Services } from '../context.js';
import { reminderMessages } from '../push/messages.js';
import type { Library } from './library.service.js';
import { getMyPlan } from './plan.service.js';
import { isOnSafetyHold } from './reminder-facts.js';
import { settingsOf } from './reminder.service.js';

const FEED_PATH = '/api/calendar/';

/** A new secret address for my feed; the old one stops at once. */
export async function renewCalendarFeed(services: Services, actor: Person, subjectId: string, origin: string): Promise<CalendarFeedResponse> {
  const subject = await requireAccess(services, actor, write('reminders'), subjectId);
  const token = randomBytes(32).toString('base64url');
  const createdAt = services.clock.now();
  await replaceCalendarFeed(services.db, subject.id, hashToken(token), createdAt);
  const base = services.config.publicUrl?.origin ?? origin;
  return { url: `${base}${FEED_PATH}${token}.ics`, createdAt };
}

/** Switches my feed off: its address answers 404 from now on. */
export async function deleteCalendarFeed(services: Services, actor: Person, subjectId: string): Promise<void> {
  const subject = await requireAccess(services, actor, write('reminders'), subjectId);
  await deleteFeedRow(services.db, subject.id);
}

/**
 * The feed at a secret address, as iCalendar bytes. The secret stands for its owner: the feed is
 * read as the owner reading their own plan; an unknown secret is 404, like any missing page.
 */
export async function getCalendarFeed(services: Services, library: Library, token: string): Promise<Buffer> {
  const ownerId = await findCalendarFeedOwner(services.db, hashToken(token.replace(/\.ics$/, '')));
  const row = ownerId ? await findUserById(services.db, ownerId) : undefined;
  if (!row || row.disabled_at !== null) throw new AppError('not_found', 'We could not find that.');
  const owner: Person = { ...toPerson(row), signInComplete: true, secondFactor: 'done' };
  const subject = await requireAccess(services, owner, read('reminders'), owner.id);
  const settings = await settingsOf(services, subject.id);
  const { today, plan } = await getMyPlan(services, library, owner, subject.id);
  // During a hold for safety review the feed holds no session events (the check-in stays).
  const held = await isOnSafetyHold(services, owner);
  const days: FeedDay[] = plan.status === 'ok' && !held ? plan.days.map((d) => ({ date: d.date, sessions: d.sessions })) : daysOfWeek(weekStartOf(today)).map((date) => ({ date, sessions: [] }));
  const text = buildCalendarFeed({ uidKey: uidKeyOf(subject.id), now: services.clock.now(), timeZone: subject.timeZone, days, settings, words: feedWords() });
  return Buffer.from(text, 'utf8');
}

/** An opaque key for event UIDs, stable for the person and saying nothing about them. */
function uidKeyOf(userId: string): string {
  return createHash('sha256').update(`pacewise-feed:${userId}`).digest('hex').slice(0, 16);
}

function feedWords(): FeedWords {
  const words = reminderMessages.en.feed;
  return { calendarName: words.calendarName, sessionSummary: (slot, minutes) => words.sessionSummary(words.slots[slot], minutes), checkinSummary: words.checkinSummary, alarmText: words.alarmText };
}
