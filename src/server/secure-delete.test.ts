// Deleted data stayed in the database file (issue 16, finding 7): after `DELETE /api/me` a
// person's notes, email and name could still be read in the SQLite file and its write-ahead log.
// This test deletes an account and greps the raw bytes of every file of the database.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signUpPerson, startTestApp } from './testing.js';
import { openDatabase } from '../db/connect.js';
import { SAFETY_QUESTION_IDS } from '../core/safety.js';

const root = mkdtempSync(join(tmpdir(), 'pacewise-delete-'));
const file = join(root, 'pacewise.sqlite');
const MARKERS = ['zebra-quartz-note', 'zebraquartz@example.org', 'Zebra Quartzname', 'Zebra quartz gardening', 'Quartzoprofen 400 mg', 'Call Zebra Quartz first'];
const SAFETY_NO = Object.fromEntries(SAFETY_QUESTION_IDS.map((id) => [id, false]));

function bytesOnDisk(): Buffer {
  return Buffer.concat(['', '-wal', '-shm', '-journal'].filter((s) => existsSync(file + s)).map((s) => readFileSync(file + s)));
}

describe('a deleted account leaves nothing readable in the SQLite files', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds none of the notes, the email, the name, the medication or the flare plan in the bytes after DELETE /api/me', async () => {
    const test = await startTestApp({ name: 'sqlite', open: () => openDatabase({ kind: 'sqlite', file }) });
    try {
      const person = await signUpPerson(test, MARKERS[1] as string, { name: MARKERS[2] });
      // The intake's goal is also the first PSFS answer set (issue 12), whose label holds it.
      const profile = {
        painAreas: ['lower_back'], conditions: ['chronic_low_back_pain'], mobility: 'walks_unaided', floorTransfers: true, minutesPerDay: 15, daysPerWeek: 5,
        preferredTimes: ['morning'], equipment: [], likes: ['walking'], painToday: 4, safety: SAFETY_NO, goals: [{ activity: MARKERS[3], score: 3 }],
      };
      expect((await test.request({ method: 'PUT', url: '/api/me/profile', cookie: person.cookie, payload: profile })).statusCode).toBe(200);
      for (let day = 1; day <= 20; day += 1) {
        const at = `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`;
        const payload = {
          at, pain: 4, notes: `${MARKERS[0]} ${day} `.repeat(20), ...(day % 7 === 1 ? { peg: { pain: 5, enjoyment: 4, activity: 3 } } : {}),
          // The check-in's detail (issue 14): the medication is the person's own words.
          areas: ['lower_back'], detail: { regionPain: [{ region: 'lower_back', pain: 4 }], relief: [{ kind: 'medication', helped: 5 }], medication: MARKERS[4] },
        };
        const created = await test.request({ method: 'POST', url: '/api/me/checkins', cookie: person.cookie, payload });
        expect(created.statusCode).toBe(201);
      }
      // The flare plan and a lesson read (issue 14) go with the account too.
      const plan = await test.request({ method: 'PUT', url: '/api/me/flare-plan', cookie: person.cookie, payload: { helps: ['rest'], tellWho: MARKERS[5] } });
      expect(plan.statusCode).toBe(200);
      expect((await test.request({ method: 'POST', url: '/api/me/lessons/sleep/read', cookie: person.cookie })).statusCode).toBe(200);
      // While the account exists, the bytes are there (the test can see what it looks for).
      expect(bytesOnDisk().includes(MARKERS[0] as string)).toBe(true);
      expect(bytesOnDisk().includes(MARKERS[5] as string)).toBe(true);
      const deleted = await test.request({ method: 'DELETE', url: '/api/me', cookie: person.cookie, payload: { password: 'a calm walk by the river' } });
      expect(deleted.statusCode).toBe(204);
      const bytes = bytesOnDisk();
      for (const marker of MARKERS) expect(bytes.includes(marker), marker).toBe(false);
      const { db } = test.database;
      const left = await Promise.all([
        db.selectFrom('lesson_events').select('user_id').where('user_id', '=', person.id).execute(),
        db.selectFrom('flare_plans').select('user_id').where('user_id', '=', person.id).execute(),
      ]);
      expect(left).toEqual([[], []]);
    } finally {
      await test.close();
    }
  });
});
