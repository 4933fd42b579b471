// The admin's imported-questionnaire routes on every database kind (issue 12): each walks 401 →
// 400 / 413 / 422 (an unsupported file names what it uses) → 404 (a person or a clinician on an
// admin route; an unknown id) → 200 / 201 / 204, and a retired questionnaire is no longer listed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholderOwnForm, placeholderPf4a, placeholderPi6a, unsupportedQuestionnaire } from '../../core/fhir/fixtures/questionnaires.js';
import { testDatabaseKinds } from '../../db/testing.js';
import { signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

type Who = { cookie: string; id: string };
const URL = '/api/admin/questionnaires';

describe.each(testDatabaseKinds())('imported-questionnaire routes on $name', (kind) => {
  let test: TestApp;
  let admin: Who;
  let maya: Who;
  let lena: Who;
  const send = (who: Who | null, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
    test.request({ method, url, ...(who ? { cookie: who.cookie } : {}), ...(payload !== undefined ? { payload: payload as object } : {}) });

  beforeAll(async () => {
    test = await startTestApp(kind);
    admin = await signUpStaff(test, 'ada@example.org', 'admin', 'Ada');
    lena = await signUpStaff(test, 'lena@example.org', 'clinician', 'Lena');
    maya = await signUpPerson(test, 'maya@example.org');
  });
  afterAll(async () => test.close());

  it.each([['GET', URL], ['POST', URL], ['DELETE', `${URL}/${crypto.randomUUID()}`]] as const)('%s %s answers 401 without a session', async (method, url) => {
    expect((await send(null, method, url, method === 'POST' ? placeholderPi6a() : undefined)).statusCode).toBe(401);
  });

  it.each([['a person', () => maya], ['a clinician', () => lena]] as const)('answers 404 to %s on every admin route', async (_who, who) => {
    expect((await send(who(), 'GET', URL)).statusCode).toBe(404);
    expect((await send(who(), 'POST', URL, placeholderPi6a())).statusCode).toBe(404);
    expect((await send(who(), 'DELETE', `${URL}/${crypto.randomUUID()}`)).statusCode).toBe(404);
  });

  it('answers 400 to a body without a resourceType and to a bad id', async () => {
    const noType = await send(admin, 'POST', URL, { status: 'active' });
    expect(noType.statusCode).toBe(400);
    expect(noType.json()).toMatchObject({ error: { code: 'validation_failed', field: 'resourceType' } });
    const badId = await send(admin, 'DELETE', `${URL}/not-an-id`);
    expect(badId.statusCode).toBe(400);
    expect(badId.json()).toMatchObject({ error: { field: 'id' } });
  });

  it('answers 422 naming each unsupported thing, one a line, and stores nothing', async () => {
    const response = await send(admin, 'POST', URL, unsupportedQuestionnaire());
    expect(response.statusCode).toBe(422);
    const { error } = response.json<{ error: { code: string; message: string; field: string } }>();
    expect(error).toMatchObject({ code: 'unacceptable', field: 'item[0].answerValueSet' });
    const lines = error.message.split('\n');
    expect(lines.length).toBeGreaterThan(4);
    expect(lines.some((l) => l.startsWith('- item[1].type: "string"'))).toBe(true);
    expect(lines.some((l) => l.startsWith('- item[2].enableWhen[0].operator = "exists"'))).toBe(true);
    expect((await send(admin, 'POST', URL, { resourceType: 'Patient' })).statusCode).toBe(422);
    expect((await send(admin, 'POST', URL, { ...placeholderPi6a(), status: 'retired' })).statusCode).toBe(422);
    expect((await send(admin, 'GET', URL)).json()).toEqual({ items: [] });
  });

  it('takes a file larger than the app-wide limit up to 1 MB and answers 413 above it', async () => {
    const big = { ...placeholderPi6a(), description: undefined, text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${'x'.repeat(200_000)}</div>` } };
    const taken = await send(admin, 'POST', URL, big);
    expect(taken.statusCode).toBe(201);
    await send(admin, 'DELETE', `${URL}/${taken.json<{ id: string }>().id}`);
    const tooBig = await send(admin, 'POST', URL, { ...big, text: { status: 'generated', div: 'x'.repeat(1_100_000) } });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('imports PROMIS PI 6a and PF 4a as scored forms and an own form as not scored, then lists them', async () => {
    const pi = await send(admin, 'POST', URL, placeholderPi6a());
    expect(pi.statusCode).toBe(201);
    const body = pi.json<{ id: string }>();
    expect(body).toEqual({
      id: body.id, instrument: `imported:${body.id}`, url: 'http://example.org/fhir/Questionnaire/placeholder-pi-6a', version: '1.0',
      title: 'Placeholder pain form 6a', scoring: 'pi_6a', itemCount: 6, importedAt: test.clock.now(), importedBy: 'Ada',
    });
    test.clock.advance(60_000);
    expect((await send(admin, 'POST', URL, placeholderPf4a())).json()).toMatchObject({ scoring: 'pf_4a', itemCount: 4 });
    test.clock.advance(60_000);
    expect((await send(admin, 'POST', URL, placeholderOwnForm())).json()).toMatchObject({ scoring: null, url: null, title: 'PlaceholderOwnForm' });
    const list = (await send(admin, 'GET', URL)).json<{ items: { title: string }[] }>();
    expect(list.items.map((i) => i.title)).toEqual(['Placeholder pain form 6a', 'Placeholder function form 4a', 'PlaceholderOwnForm']);
  });

  it('answers 409 to the same url and version twice while the first is offered', async () => {
    const again = await send(admin, 'POST', URL, placeholderPi6a());
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'conflict', field: 'url' } });
  });

  it('retires a questionnaire (204): no longer listed, its form kept; 404 for an unknown or already retired one', async () => {
    const list = (await send(admin, 'GET', URL)).json<{ items: { id: string; title: string }[] }>();
    const pf = list.items.find((i) => i.title === 'Placeholder function form 4a');
    if (!pf) throw new Error('no PF 4a');
    expect((await send(admin, 'DELETE', `${URL}/${pf.id}`)).statusCode).toBe(204);
    const after = (await send(admin, 'GET', URL)).json<{ items: { id: string }[] }>();
    expect(after.items.map((i) => i.id)).not.toContain(pf.id);
    expect((await send(admin, 'DELETE', `${URL}/${pf.id}`)).statusCode).toBe(404);
    expect((await send(admin, 'DELETE', `${URL}/${crypto.randomUUID()}`)).statusCode).toBe(404);
    const row = await test.database.db.selectFrom('imported_questionnaires').select(['form', 'retired_at']).where('id', '=', pf.id).executeTakeFirstOrThrow();
    expect(row.retired_at).toBe(test.clock.now());
    expect(JSON.parse(row.form)).toMatchObject({ instrument: `imported:${pf.id}` });
  });
});
