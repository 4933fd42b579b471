// Control characters in free text (issue 16, finding 3), on every database kind: a NUL in a name
// or a note gave a 500 on PostgreSQL. Now every text a person writes refuses control characters
// other than tabs and line breaks with a 400 naming the field, and nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_EXERCISES } from '../../core/library/catalog.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

const stretch = BUILTIN_EXERCISES.find((e) => e.pillar === 'stretching')?.id ?? 'missing';

describe.each(testDatabaseKinds())('control characters on $name', (kind) => {
  let test: TestApp;
  let maya: { cookie: string; id: string };
  beforeAll(async () => {
    test = await startTestApp(kind);
    maya = await signUpPerson(test, 'maya@example.org');
  });
  afterAll(async () => test.close());

  it.each([
    ['a NUL in a check-in note', 'POST', '/api/me/checkins', { pain: 3, notes: 'tired\u0000' }, 'notes'],
    ['an escape in a check-in note', 'POST', '/api/me/checkins', { pain: 3, notes: '\u001b[31mred' }, 'notes'],
    ['a NUL in a name', 'PATCH', '/api/me', { name: 'Ma\u0000ya' }, 'name'],
    ['a NUL in a name at sign-up', 'POST', '/api/auth/signup', { email: 'nul@example.org', password: 'a calm walk by the river', name: '\u0000' }, 'name'],
    ['a NUL in a session note', 'POST', '/api/me/sessions', {
      clientId: crypto.randomUUID(), startedAt: '2026-11-24T08:00:00.000Z', painBefore: 3, painAfter: 3, notes: 'x\u0000',
      items: [{ exerciseId: stretch, holdSeconds: 30, sets: 1, reps: 2, status: 'done' }],
    }, 'notes'],
  ] as const)('%s answers 400 and stores nothing', async (_what, method, url, payload, field) => {
    const response = await test.request({ method, url, cookie: maya.cookie, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
    const checkins = await test.request({ method: 'GET', url: '/api/me/checkins', cookie: maya.cookie });
    expect(checkins.json().items).toEqual([]);
  });

  it.each([
    ['a NUL in an invitation’s private label', 'clinician', 'POST', '/api/practice/invitations', { label: 'Maya\u0000' }, 'label'],
    ['a NUL in a clinician’s name on an invitation', 'admin', 'POST', '/api/admin/clinician-invitations', { email: 'omar@example.org', name: 'Omar\u0000' }, 'name'],
  ] as const)('%s answers 400', async (_what, role, method, url, payload, field) => {
    const staff = await signUpStaff(test, `${role}-${crypto.randomUUID()}@example.org`, role);
    const response = await test.request({ method, url, cookie: staff.cookie, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it('keeps line breaks and tabs in a note', async () => {
    const response = await test.request({ method: 'POST', url: '/api/me/checkins', cookie: maya.cookie, payload: { pain: 3, notes: 'slept badly\n\tthen a walk' } });
    expect(response.statusCode).toBe(201);
    expect(response.json().notes).toBe('slept badly\n\tthen a walk');
  });
});
