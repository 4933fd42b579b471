// The private calendar feed on every database kind, parsed with ical.js. Dimensions: one event
// per planned session of the week with its alarm, start in the person's zone and duration; the
// daily check-in event when that reminder is on; CRLF and 75-octet lines; a renewed address
// makes the old one 404; switching off → 404; a wrong secret → 404, and guessing is rate-limited.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, startTestApp, type TestApp, sampleProfile } from '../testing.js';

const PROFILE = sampleProfile();
const SETTINGS = {
  reminders: { checkin: { on: true, time: '19:30' }, session: { on: true, time: '08:30' }, questionnaire: { on: false, time: '10:00' } },
  days: [1, 3, 5],
  quietHours: null,
  maxPerDay: 2,
  paused: false,
};

type PlanDay = { date: string; sessions: { slot: string; minutes: number }[] };

describe.each(testDatabaseKinds())('calendar feed on $name', (kind) => {
  let test: TestApp;
  let maya: { cookie: string; id: string };
  let url: string;
  beforeAll(async () => {
    test = await startTestApp(kind);
    maya = await signUpPerson(test, 'maya@example.org', { timeZone: 'Europe/Berlin' });
    expect((await test.request({ method: 'PUT', url: '/api/me/profile', cookie: maya.cookie, payload: PROFILE })).statusCode).toBe(200);
    expect((await test.request({ method: 'PUT', url: '/api/me/reminders', cookie: maya.cookie, payload: SETTINGS })).statusCode).toBe(200);
  });
  afterAll(async () => test.close());

  const fetchFeed = (address: string) => test.request({ method: 'GET', url: new URL(address).pathname });

  it('makes a secret address shown once, and says the feed is on', async () => {
    const response = await test.request({ method: 'POST', url: '/api/me/calendar-feed', cookie: maya.cookie });
    expect(response.statusCode).toBe(201);
    url = response.json().url;
    expect(url).toMatch(/^http:\/\/localhost\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const settings = await test.request({ method: 'GET', url: '/api/me/reminders', cookie: maya.cookie });
    expect(settings.json().calendar).toEqual({ active: true, createdAt: '2026-11-24T10:00:00.000Z' });
    const stored = await test.database.db.selectFrom('calendar_feeds').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(url.split('/').pop()?.replace('.ics', ''));
  });

  it('has one event per planned session of the week, with its alarm, and the check-in on chosen days', async () => {
    const response = await fetchFeed(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const text = response.body;
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const plan = (await test.request({ method: 'GET', url: '/api/me/plan', cookie: maya.cookie })).json().plan as { days: PlanDay[] };
    const expected = plan.days.flatMap((d) => d.sessions.map((s) => `${d.date} ${s.slot} ${Math.max(1, Math.round(s.minutes))}`));
    const sessions = events.filter((e) => e.uid.startsWith('session-'));
    expect(expected.length).toBeGreaterThan(0);
    expect(sessions.map((e) => `${e.uid.slice(8, 18)} ${e.uid.split('-')[4]} ${e.duration.toSeconds() / 60}`)).toEqual(expected);
    for (const event of sessions) {
      expect(event.summary).toMatch(/^Pacewise: (morning|midday|evening) session, \d+ min$/);
      expect(event.component.getAllSubcomponents('valarm').map((a) => [a.getFirstPropertyValue('action'), String(a.getFirstPropertyValue('trigger'))])).toEqual([['DISPLAY', '-PT15M']]);
    }
    const first = sessions[0];
    // Morning sessions start at 09:00 in Berlin (UTC+1 in November).
    expect(first?.startDate.toJSDate().toISOString().slice(11, 16)).toBe('08:00');
    const checkins = events.filter((e) => e.uid.startsWith('checkin-'));
    const weekdays = checkins.map((e) => e.startDate.toJSDate().getUTCDay());
    expect(weekdays).toEqual([1, 3, 5]);
    expect(checkins.map((e) => e.summary)).toEqual(['Pacewise: check-in', 'Pacewise: check-in', 'Pacewise: check-in']);
    expect(checkins[0]?.startDate.toJSDate().toISOString().slice(11, 16)).toBe('18:30');
  });

  it('stops the old address at once when renewed, and 404s once switched off', async () => {
    const renewed = await test.request({ method: 'POST', url: '/api/me/calendar-feed', cookie: maya.cookie });
    const next = renewed.json().url as string;
    expect(next).not.toBe(url);
    expect((await fetchFeed(url)).statusCode).toBe(404);
    expect((await fetchFeed(next)).statusCode).toBe(200);
    expect((await test.request({ method: 'DELETE', url: '/api/me/calendar-feed', cookie: maya.cookie })).statusCode).toBe(204);
    expect((await fetchFeed(next)).statusCode).toBe(404);
    const settings = await test.request({ method: 'GET', url: '/api/me/reminders', cookie: maya.cookie });
    expect(settings.json().calendar).toEqual({ active: false, createdAt: null });
  });

  it('answers 400 for what is not a feed address and 404 for a wrong secret, then limits guessing', async () => {
    expect((await test.request({ method: 'GET', url: '/api/calendar/short' })).statusCode).toBe(400);
    const guess = () => test.request({ method: 'GET', url: `/api/calendar/${'x'.repeat(43)}.ics`, remoteAddress: '203.0.113.9' });
    expect((await guess()).statusCode).toBe(404);
    let last = 0;
    for (let i = 0; i < 25; i += 1) last = (await guess()).statusCode;
    expect(last).toBe(429);
  });
});
