/**
 * A person with a little of everything, for the data-out route tests: check-ins (one with the
 * weekly PEG, notes with commas, quotes, line breaks, accents and a leading `=`), sessions, a
 * global impression, a week, a bad day, a clinician's schedule, a check-in's detail (issue 14), a
 * lesson read and put off, and a flare plan. Check-ins and answer sets are
 * written straight to the tables (the check-in route is being moved onto questionnaires).
 */
import { expect } from 'vitest';
import { BUILTIN_EXERCISES } from '../../core/library/catalog.js';
import { SAFETY_QUESTION_IDS } from '../../core/safety.js';
import { signUpPerson, type TestApp } from '../testing.js';

export const STRETCH = BUILTIN_EXERCISES.find((e) => e.pillar === 'stretching')?.id ?? 'missing';
export const NOTE_HARD = 'Knee, "bad" day\nthen better — Zoë à Łódź';
export const NOTE_FORMULA = '=HYPERLINK("http://example.org","hi")';
export const SESSION_NOTE = '-2 after, "easy", 🙂';
/** The detail of the weekly check-in: a medication starting like a formula, relief then and later. */
export const DETAIL = {
  regionPain: [{ region: 'lower_back', pain: 6 }], spreadsTo: ['leg'], descriptors: ['burning', 'aching'], triggers: ['sitting', 'other'],
  otherTrigger: 'the long meeting', relief: [{ kind: 'heat', helped: 6, helpedLater: 7 }, { kind: 'medication', helped: 4, helpedLater: null }],
  otherRelief: null, medication: '+Naproxen 250 mg',
} as const;
/** Maya's flare plan. */
export const FLARE_PLAN = {
  helps: ['heat', 'rest'], helpsOwnWords: 'A warm bath', firstDays: 'Short walks every hour', stopDoing: 'Gardening', tellWho: 'Sam',
  tellAsk: '=Walk the dog', callDoctor: 'If it is no better in a week',
};

const PROFILE = {
  painAreas: ['lower_back'], conditions: ['chronic_low_back_pain'], mobility: 'walks_unaided', floorTransfers: true,
  minutesPerDay: 15, daysPerWeek: 5, preferredTimes: ['morning'], equipment: [], likes: ['walking'], painToday: 4,
  safety: Object.fromEntries(SAFETY_QUESTION_IDS.map((id) => [id, false])),
  goals: [{ activity: 'Gardening', score: 4 }],
};

/** Who is signed in: their cookie and id. */
export interface Who {
  cookie: string;
  id: string;
}

interface CheckinSeed {
  at: string;
  pain: number;
  notes: string | null;
  clientId?: string;
  detail?: object;
}

async function insertCheckin(test: TestApp, userId: string, seed: CheckinSeed): Promise<string> {
  const id = crypto.randomUUID();
  await test.database.db.insertInto('checkins').values({
    id, user_id: userId, client_id: seed.clientId ?? null, at: seed.at, local_date: seed.at.slice(0, 10), pain: seed.pain, flare: 0,
    areas: JSON.stringify(['lower_back']), stiffness: 3, sleep: null, mood: 6, energy: null, stress: null, notes: seed.notes,
    something_new: 0, detail: seed.detail ? JSON.stringify(seed.detail) : null, created_at: seed.at, updated_at: seed.at,
  }).execute();
  return id;
}

async function insertResponse(test: TestApp, userId: string, instrument: string, at: string, answers: unknown[], checkinId: string | null): Promise<void> {
  await test.database.db.insertInto('questionnaire_responses').values({
    id: crypto.randomUUID(), user_id: userId, instrument, version: '1', local_date: at.slice(0, 10), at, answers: JSON.stringify(answers),
    checkin_id: checkinId, client_id: checkinId ? null : crypto.randomUUID(), created_at: at, updated_at: at,
  }).execute();
}

const answer = (linkId: string, value: number, code: string | null = null) => ({ linkId, value, code, label: null });

/** Maya (Berlin) with her data, on the test app's clock (24 November 2026). */
export async function seedMaya(test: TestApp, email = 'maya@example.org'): Promise<Who> {
  const maya = await signUpPerson(test, email, { timeZone: 'Europe/Berlin', name: 'Maya' });
  const call = (method: 'PUT' | 'POST' | 'GET', url: string, payload?: object) => test.request({ method, url, cookie: maya.cookie, ...(payload ? { payload } : {}) });
  expect((await call('PUT', '/api/me/profile', PROFILE)).statusCode).toBe(200);
  await insertCheckin(test, maya.id, { at: '2026-11-22T07:30:00.000Z', pain: 5, notes: NOTE_FORMULA, clientId: crypto.randomUUID() });
  const weekly = await insertCheckin(test, maya.id, { at: '2026-11-23T18:15:00.000Z', pain: 6, notes: NOTE_HARD, detail: DETAIL });
  await insertResponse(test, maya.id, 'peg', '2026-11-23T18:15:00.000Z', [answer('pain', 6), answer('enjoyment', 5), answer('activity', 4)], weekly);
  await insertResponse(test, maya.id, 'pgic', '2026-11-24T08:00:00.000Z', [answer('change', 6, '6')], null);
  const session = {
    clientId: crypto.randomUUID(), startedAt: '2026-11-23T17:00:00.000Z', painBefore: 3, painAfter: 4, notes: SESSION_NOTE,
    items: [{ exerciseId: STRETCH, holdSeconds: 30, sets: 1, reps: 2, status: 'done' }, { exerciseId: STRETCH, holdSeconds: 20, sets: 1, reps: 1, status: 'easier', painDuring: 4 }],
  };
  expect((await call('POST', '/api/me/sessions', session)).statusCode).toBe(201);
  expect((await call('GET', '/api/me/plan')).statusCode).toBe(200);
  expect((await call('POST', '/api/me/plan/bad-day')).statusCode).toBe(200);
  expect((await call('POST', '/api/me/lessons/hurt_is_not_harm/read')).statusCode).toBe(200);
  expect((await call('POST', '/api/me/lessons/flare_ups/later')).statusCode).toBe(200);
  expect((await call('PUT', '/api/me/flare-plan', FLARE_PLAN)).statusCode).toBe(200);
  return maya;
}

/** A link between a clinician and a patient, ended when `endedAt` is given. */
export async function linkClinician(test: TestApp, clinician: Who, patient: Who, shareNotes: boolean, endedAt: string | null = null): Promise<string> {
  const id = crypto.randomUUID();
  await test.database.db.insertInto('care_links').values({
    id, clinician_id: clinician.id, patient_id: patient.id, share_notes: shareNotes ? 1 : 0, started_at: test.clock.now(), ended_at: endedAt, ended_by: null,
  }).execute();
  return id;
}

/** A clinician's schedule of the global impression for the patient. */
export async function scheduleFor(test: TestApp, clinician: Who, patient: Who): Promise<void> {
  await test.database.db.insertInto('questionnaire_schedules').values({
    user_id: patient.id, instrument: 'pgic', every_days: 28, set_by_id: clinician.id, set_by_name: 'Lena', set_at: test.clock.now(),
  }).execute();
}
