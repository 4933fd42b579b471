// The personal export (issue 16, finding 14; issue 10), on every database kind: it left out
// weekly plans, bad days and the ids devices gave their entries. Now it holds everything stored
// about the person, their care too: links (ended ones included), notes both ways, reviews, and
// every look at their data by a clinician.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAFETY_QUESTION_IDS } from '../../core/safety.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, STAFF_PASSWORD, startTestApp, type TestApp } from '../testing.js';

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
    const week = (await as(maya, 'GET', '/api/me/plan')).json();
    const from = week.plan.days.flatMap((d: { sessions: { items: { exerciseId: string }[] }[] }) => d.sessions.flatMap((s) => s.items.map((i) => i.exerciseId)))[0];
    const [alternative] = (await as(maya, 'GET', `/api/me/plan/swaps/${from}/alternatives`)).json().alternatives;
    expect((await as(maya, 'POST', '/api/me/plan/swaps', { from, to: alternative.exerciseId })).statusCode).toBe(200);
    await as(maya, 'POST', '/api/me/plan/bad-day');
    const invitation = (await as(lena, 'POST', '/api/practice/invitations', {})).json();
    expect((await as(maya, 'POST', '/api/care-invitations/accept', { code: invitation.code, shareNotes: false })).statusCode).toBe(201);
    await as(lena, 'GET', `/api/patients/${maya.id}/checkins`);
    await as(lena, 'POST', `/api/patients/${maya.id}/notes`, { body: 'How did the walk go?' });
    await as(maya, 'POST', '/api/me/notes', { clinicianId: lena.id, body: 'Better than last week.' });
    const kept = (await as(lena, 'POST', `/api/patients/${maya.id}/prescription`, { kind: 'rise', weeklyRise: 0.05, reason: 'Slowly does it.' })).json();
    const ended = (await as(lena, 'POST', `/api/patients/${maya.id}/prescription`, { kind: 'exclude', exerciseId: 'bridge' })).json();
    await as(lena, 'DELETE', `/api/patients/${maya.id}/prescription/${ended.id}`);

    const document = (await as(maya, 'GET', '/api/me/export')).json();
    expect(document.checkins[0]).toMatchObject({ pain: 4, clientId, updatedAt: expect.any(String) });
    expect(document.weeks).toHaveLength(1);
    expect(document.weeks[0].plan.status).toBe('ok');
    expect(document.badDays).toEqual([{ localDate: '2026-11-24', markedAt: '2026-11-24T10:00:00.000Z' }]);
    expect(document.weekChanges).toEqual([{ weekStart: '2026-11-23', changes: { swaps: [{ from, to: alternative.exerciseId }], moves: [] }, updatedAt: '2026-11-24T10:00:00.000Z' }]);
    expect(document.care.links).toEqual([expect.objectContaining({ clinician: { id: lena.id, name: 'Lena', email: 'lena@example.org' }, sharesNotes: false, endedAt: null })]);
    expect(document.care.notes.map((n: { body: string; fromMe: boolean }) => [n.body, n.fromMe])).toEqual([['How did the walk go?', false], ['Better than last week.', true]]);
    expect(document.care.looks.map((l: { action: string }) => l.action)).toEqual(expect.arrayContaining(['read:journal', 'write:care_notes']));
    expect(document.care.looks.every((l: { actorName: string }) => l.actorName === 'Lena')).toBe(true);
    expect(document.care.prescription).toEqual(expect.arrayContaining([{ adjustment: kept, endedAt: null }, { adjustment: ended, endedAt: '2026-11-24T10:00:00.000Z' }]));
    expect(document.care.prescription).toHaveLength(2);
  });

  it('keeps a patient’s notes and reviews when their clinician deletes her account', async () => {
    // A second look found the notes vanished from the patient's view, and the reviews were deleted.
    const dan = await signUpPerson(test, 'dan@example.org', { name: 'Dan' });
    const omar = await signUpStaff(test, 'omar@example.org', 'clinician', 'Omar');
    const as = (who: { cookie: string }, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
      test.request({ method, url, cookie: who.cookie, ...(payload ? { payload } : {}) });
    const invitation = (await as(omar, 'POST', '/api/practice/invitations', {})).json();
    expect((await as(dan, 'POST', '/api/care-invitations/accept', { code: invitation.code, shareNotes: false })).statusCode).toBe(201);
    await as(omar, 'POST', `/api/patients/${dan.id}/notes`, { body: 'See you on Tuesday.' });
    expect((await as(omar, 'POST', `/api/patients/${dan.id}/reviews`, { minutes: 5 })).statusCode).toBe(201);
    expect((await as(omar, 'DELETE', '/api/me', { password: STAFF_PASSWORD })).statusCode).toBe(204);

    const notes = (await as(dan, 'GET', '/api/me/notes')).json().items;
    expect(notes.map((n: { body: string }) => n.body)).toEqual(['See you on Tuesday.']);
    expect(notes[0].clinician.name).toBe('');
    const document = (await as(dan, 'GET', '/api/me/export')).json();
    expect(document.care.reviews).toEqual([expect.objectContaining({ clinicianId: omar.id, minutes: 5 })]);
    expect(document.care.links[0]).toMatchObject({ clinician: { id: omar.id, name: null }, endedAt: expect.any(String) });
    expect((await as(dan, 'GET', '/api/me/clinicians')).json().items).toEqual([]);
  });

  it('refuses to delete the practice’s last admin account', async () => {
    const ada = await signUpStaff(test, 'ada@example.org', 'admin', 'Ada');
    const response = await test.request({ method: 'DELETE', url: '/api/me', cookie: ada.cookie, payload: { password: STAFF_PASSWORD } });
    expect(response.statusCode).toBe(409);
    expect((await test.request({ method: 'GET', url: '/api/me', cookie: ada.cookie })).statusCode).toBe(200);
  });
});
