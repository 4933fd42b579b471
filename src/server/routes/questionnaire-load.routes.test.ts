// The questionnaire load through the real routes and database (issue 12): simulated people — with
// or without goals, a clinician's pain rating and a long imported form on any schedule — answer
// whatever is due on the days they choose for 8 weeks, with check-ins carrying the weekly PEG.
// None ever gets two questionnaire screens on one day, nor more than 15 items in any 7 days.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../core/calendar.js';
import { answerableItems, type Answer, type FormDefinition } from '../../core/questionnaires/index.js';
import { SAFETY_QUESTION_IDS } from '../../core/safety.js';
import { insertImportedQuestionnaire } from '../../db/imported-questionnaire.repository.js';
import { listResponses } from '../../db/questionnaire.repository.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

const ALL_NO = Object.fromEntries(SAFETY_QUESTION_IDS.map((id) => [id, false]));
const PROFILE = {
  painAreas: ['lower_back'], conditions: ['chronic_low_back_pain'], mobility: 'walks_unaided', floorTransfers: true,
  minutesPerDay: 15, daysPerWeek: 5, preferredTimes: ['morning'], equipment: [], likes: ['walking'], painToday: 4, safety: ALL_NO,
};
const DAY = 86_400_000;
const DAYS = 56;
const START = '2026-11-24T10:00:00.000Z';
const LONG_FORM_ID = '00000000-0000-4000-8000-0000000000e9';

/** A placeholder imported form of nine choice items: with the PEG, PSFS and PGIC it would pass 15. */
function longForm(): FormDefinition {
  const options = [1, 2, 3, 4, 5].map((value) => ({ code: `c${value}`, system: null, value, text: { literal: `Option ${value}` } }));
  const items = Array.from({ length: 9 }, (_, n) => ({
    kind: 'choice' as const, linkId: `q${n + 1}`, text: { literal: `Question ${n + 1}` }, codes: [], enableWhen: [], enableBehavior: 'all' as const, required: true, options,
  }));
  return { instrument: `imported:${LONG_FORM_ID}`, version: '1', title: { literal: 'Long form' }, intro: null, items, codes: [], canonical: null };
}

/** An answer to every item of a form: the first option, or the middle of a scale. */
function answersTo(form: FormDefinition): Answer[] {
  return answerableItems(form.items).map(({ item }) => {
    if (item.kind === 'choice') return { linkId: item.linkId, value: null, code: item.options[0]?.code ?? null, label: null };
    return { linkId: item.linkId, value: Math.round((item.min + item.max) / 2), code: null, label: null };
  });
}

const person = fc.record({
  goals: fc.integer({ min: 0, max: 3 }),
  painRatingEvery: fc.option(fc.integer({ min: 7, max: 28 }), { nil: null }),
  longFormEvery: fc.option(fc.integer({ min: 7, max: 28 }), { nil: null }),
  pegWeekday: fc.integer({ min: 0, max: 6 }),
  /** Whether the person answers what is due, day by day. */
  answers: fc.array(fc.boolean(), { minLength: DAYS, maxLength: DAYS }),
});

type Simulated = typeof person extends fc.Arbitrary<infer T> ? T : never;

describe.each(testDatabaseKinds())('the questionnaire load on $name', (kind) => {
  let test: TestApp;
  let lena: { cookie: string; id: string };
  let n = 0;
  beforeAll(async () => {
    test = await startTestApp(kind);
    lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    const admin = await signUpStaff(test, 'ada@example.org', 'admin', 'Ada');
    await insertImportedQuestionnaire(test.database.db, {
      id: LONG_FORM_ID, url: null, version: '1', title: 'Long form', resource: { resourceType: 'Questionnaire' }, form: longForm(), scoring: null, itemCount: 9, importedBy: admin.id, at: START,
    });
  });
  afterAll(async () => test.close());

  async function setUp(p: Simulated) {
    test.clock.set(START);
    const who = await signUpPerson(test, `person${n++}@example.org`, { timeZone: 'UTC' });
    // Eight weeks pass in the test: the session is made to outlast them.
    await test.database.db.updateTable('auth_sessions').set({ expires_at: '2030-01-01T00:00:00.000Z' }).where('user_id', '=', who.id).execute();
    const goals = Array.from({ length: p.goals }, (_, i) => ({ activity: `Activity ${i + 1}`, score: 4 }));
    expect((await test.request({ method: 'PUT', url: '/api/me/profile', cookie: who.cookie, payload: { ...PROFILE, goals } })).statusCode).toBe(200);
    await test.database.db.insertInto('care_links').values({ id: crypto.randomUUID(), clinician_id: lena.id, patient_id: who.id, share_notes: 0, started_at: START, ended_at: null, ended_by: null }).execute();
    const assign = async (instrument: string, everyDays: number | null) => {
      if (everyDays === null) return;
      const put = await test.request({ method: 'PUT', url: `/api/patients/${who.id}/questionnaires/${instrument}`, cookie: lena.cookie, payload: { everyDays } });
      expect(put.statusCode).toBe(200);
    };
    await assign('pain_rating', p.painRatingEvery);
    await assign(`imported:${LONG_FORM_ID}`, p.longFormEvery);
    return who;
  }

  async function liveDay(who: { cookie: string }, day: number, p: Simulated) {
    test.clock.set(new Date(Date.parse(START) + day * DAY).toISOString());
    if (day % 7 === p.pegWeekday) {
      const checkin = await test.request({ method: 'POST', url: '/api/me/checkins', cookie: who.cookie, payload: { pain: 4, peg: { pain: 5, enjoyment: 4, activity: 3 } } });
      expect(checkin.statusCode).toBe(201);
    }
    const due = (await test.request({ method: 'GET', url: '/api/me/questionnaires/due', cookie: who.cookie })).json<{ due: { form: FormDefinition } | null }>().due;
    if (!due || !p.answers[day]) return;
    const payload = { clientId: `day-${day}`, instrument: due.form.instrument, answers: answersTo(due.form) };
    const answered = await test.request({ method: 'POST', url: '/api/me/questionnaires/responses', cookie: who.cookie, payload });
    expect(answered.statusCode).toBe(201);
    expect((await test.request({ method: 'GET', url: '/api/me/questionnaires/due', cookie: who.cookie })).json()).toEqual({ due: null });
  }

  it('never asks two questionnaire screens on a day nor more than 15 items in any 7 days', async () => {
    await fc.assert(
      fc.asyncProperty(person, async (p) => {
        const who = await setUp(p);
        for (let day = 0; day < DAYS; day++) await liveDay(who, day, p);
        const responses = await listResponses(test.database.db, who.id);
        const screens = responses.filter((r) => r.instrument !== 'peg');
        // The intake's PSFS counts as that day's screen too.
        const screenDays = screens.map((r) => r.localDate);
        expect(new Set(screenDays).size).toBe(screenDays.length);
        // Someone who answers every day is asked: a global impression at least once in 8 weeks, however full the week.
        if (p.answers.every(Boolean)) expect(screens.filter((r) => r.instrument === 'pgic').length).toBeGreaterThanOrEqual(1);
        for (let day = 0; day < DAYS; day++) {
          const to = addDays('2026-11-24', day);
          const from = addDays(to, -6);
          const items = responses.filter((r) => r.localDate >= from && r.localDate <= to).reduce((sum, r) => sum + r.answers.length, 0);
          expect(items).toBeLessThanOrEqual(15);
        }
      }),
      { numRuns: 10, examples: [[{ goals: 3, painRatingEvery: 7, longFormEvery: 7, pegWeekday: 0, answers: Array.from({ length: DAYS }, () => true) }]] },
    );
  }, 240_000);
});
