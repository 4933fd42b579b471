// ASVS level 2 gap (issue 16, finding 18): a session lived its full 30 days however long it sat
// unused. A clinician's or admin's session now ends after 30 minutes unused (their screens show
// many people's health data), a person's after 14 days; using it keeps it alive.
import { describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp } from '../testing.js';

const REAL_LIMITS = { SESSION_IDLE_DAYS: '14', STAFF_IDLE_MINUTES: '30' };

describe.each(testDatabaseKinds())('idle sessions ($name)', (kind) => {
  it('ends a clinician’s session after 30 minutes unused, not while it is used', async () => {
    const test = await startTestApp(kind, REAL_LIMITS);
    try {
      const lena = await signUpStaff(test, 'lena-idle@example.org', 'clinician', 'Lena');
      const caseload = () => test.request({ method: 'GET', url: '/api/practice/caseload', cookie: lena.cookie });
      for (let i = 0; i < 6; i += 1) {
        test.clock.advance(10 * 60_000);
        expect((await caseload()).statusCode).toBe(200);
      }
      test.clock.advance(36 * 60_000);
      expect((await caseload()).statusCode).toBe(401);
      // The session is gone for good, not only refused once.
      const rows = await test.database.db.selectFrom('auth_sessions').select('id').where('user_id', '=', lena.id).execute();
      expect(rows).toEqual([]);
    } finally {
      await test.close();
    }
  });

  it('ends a person’s session after 14 days unused, and keeps one used every week', async () => {
    const test = await startTestApp(kind, REAL_LIMITS);
    try {
      const active = await signUpPerson(test, 'weekly@example.org');
      const away = await signUpPerson(test, 'away@example.org');
      const me = (cookie: string) => test.request({ method: 'GET', url: '/api/me', cookie });
      for (let week = 0; week < 3; week += 1) {
        test.clock.advance(7 * 24 * 60 * 60_000);
        expect((await me(active.cookie)).statusCode).toBe(200);
      }
      expect((await me(away.cookie)).statusCode).toBe(401);
    } finally {
      await test.close();
    }
  });
});
