// The personal export (issue 16, finding 14; issue 10), on every database kind: it left out
// weekly plans, bad days and the ids devices gave their entries. Now it holds everything stored
// about the person, their care too: links (ended ones included), notes both ways, reviews, and
// every look at their data by a clinician.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAFETY_QUESTION_IDS } from '../../core/safety.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

const ALL_NO = Object.fromEntries(SAFETY_QUESTION_IDS.map((id) => [id, false]));
const PROFILE = {
  painAreas: ['lower_back'], conditions: ['chronic_low_back_pain'], mobility: 'walks_unaided', floorTransfers: true,
  minutesPerDay: 15, daysPerWeek: 5, preferredTimes: ['morning'], equipment: [], likes: ['walking'], painToday: 4, safety: ALL_NO,
};

describe.each(testDatabaseKinds())('the export on $name', (kind) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(kind);
  });
  afterAll(async () => test.close());

  it('holds weeks, bad days, client ids and the whole of the person’s care', async () => {
    const maya = await signUpPerson(test, 'maya@example.org', { name: 'Maya' });
    const lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    const as = (who: { cookie: string }, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
      test.request({ method, url, cookie: who.cookie, ...(payload ? { payload } : {}) });
    await as(maya, 'PUT', '/api/me/profile', PROFILE);
    const clientId = crypto.randomUUID();
    await as(maya, 'POST', '/api/me/checkins', { pain: 4, clientId });
    await as(maya, 'GET', '/api/me/plan');
    await as(maya, 'POST', '/api/me/plan/bad-day');
    const invitation = (await as(lena, 'POST', '/api/practice/invitations', {})).json();
    expect((await as(maya, 'POST', '/api/care-invitations/accept', { code: invitation.code, shareNotes: false })).statusCode).toBe(201);
    await as(lena, 'GET', `/api/patients/${maya.id}/checkins`);
    await as(lena, 'POST', `/api/patients/${maya.id}/notes`, { body: 'How did the walk go?' });
    await as(maya, 'POST', '/api/me/notes', { clinicianId: lena.id, body: 'Better than last week.' });

    const document = (await as(maya, 'GET', '/api/me/export')).json();
    expect(document.checkins[0]).toMatchObject({ pain: 4, clientId, updatedAt: expect.any(String) });
    expect(document.weeks).toHaveLength(1);
    expect(document.weeks[0].plan.status).toBe('ok');
    expect(document.badDays).toEqual([{ localDate: '2026-11-24', markedAt: '2026-11-24T10:00:00.000Z' }]);
    expect(document.care.links).toEqual([expect.objectContaining({ clinician: { id: lena.id, name: 'Lena', email: 'lena@example.org' }, sharesNotes: false, endedAt: null })]);
    expect(document.care.notes.map((n: { body: string; fromMe: boolean }) => [n.body, n.fromMe])).toEqual([['How did the walk go?', false], ['Better than last week.', true]]);
    expect(document.care.looks.map((l: { action: string }) => l.action)).toEqual(expect.arrayContaining(['read:journal', 'write:care_notes']));
    expect(document.care.looks.every((l: { actorName: string }) => l.actorName === 'Lena')).toBe(true);
  });
});
