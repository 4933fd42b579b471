// Reset links by mail (issue 15), on every database kind, with a real SMTP server on loopback.
// Dimensions: without SMTP_URL the options say no mail and asking for one answers 409; with it,
// a known and an unknown email get the same answer, only the known one gets a mail; the mail's
// link is built from PUBLIC_URL (never the Host header) with the token in its fragment; following
// it sets a new password, ends the old sessions and signing in works; a mailed link lasts an hour;
// a fourth mail for one email in 15 minutes is quietly not sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { loadConfig } from '../config.js';
import { startAppWithMailbox, textOf, waitFor, type Mailbox } from '../mail/mailbox.testing.js';
import { sessionCookieOf, signUpPerson, signUpStaff, startTestApp, type TestApp } from '../testing.js';

const NEW_PASSWORD = 'slow steps up the garden hill';

describe.each(testDatabaseKinds())('password reset by mail on $name', (kind) => {
  let test: TestApp;
  let mailbox: Mailbox;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ test, mailbox, close } = await startAppWithMailbox(kind));
  });
  afterAll(async () => close());

  const ask = (email: string, headers: Record<string, string> = {}) =>
    test.request({ method: 'POST', url: '/api/auth/recovery/mail', payload: { email }, headers });
  const mailTo = (email: string, after = 0) => waitFor(() => mailbox.mails.slice(after).find((m) => m.to.includes(email)));

  it('says mail is offered', async () => {
    expect((await test.request({ method: 'GET', url: '/api/auth/recovery' })).json()).toEqual({ mail: true });
  });

  it.each([[{}, 'email'], [{ email: 'maya' }, 'email'], [{ email: 'maya@example.org', code: 'x' }, undefined]])('asking with %j answers 400 naming %s', async (payload, field) => {
    const response = await test.request({ method: 'POST', url: '/api/auth/recovery/mail', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', ...(field ? { field } : {}) });
  });

  it('answers a known and an unknown email alike, and mails a link from PUBLIC_URL that sets a new password', async () => {
    const email = 'maya@example.org';
    const maya = await signUpPerson(test, email);
    const before = mailbox.mails.length;
    const known = await ask('Maya@Example.org', { host: 'evil.example' });
    const unknown = await ask('nobody@example.org');
    expect(known.statusCode).toBe(204);
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    const headersOf = (response: typeof known) => Object.fromEntries(Object.entries(response.headers).filter(([name]) => !['date', 'x-ratelimit-remaining'].includes(name)));
    expect(headersOf(unknown)).toEqual(headersOf(known));
    const mail = await mailTo(email, before);
    const text = textOf(mail.raw);
    expect(text).toContain('Subject: Set a new Pacewise password');
    expect(text).toContain('From: Pacewise <care@example.org>');
    expect(text).toContain('within 60 minutes');
    const link = /http:\/\/localhost\/reset-password#([A-Za-z0-9_-]{43})/.exec(text);
    expect(link).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(mailbox.mails.slice(before).filter((m) => m.to.includes('nobody@example.org'))).toEqual([]);
    const reset = await test.request({ method: 'POST', url: '/api/auth/recovery/link', payload: { token: link?.[1], newPassword: NEW_PASSWORD } });
    expect(reset.statusCode).toBe(204);
    expect((await test.request({ method: 'GET', url: '/api/me', cookie: maya.cookie })).statusCode).toBe(401);
    const signedIn = await test.request({ method: 'POST', url: '/api/auth/login', payload: { email, password: NEW_PASSWORD } });
    expect(signedIn.statusCode).toBe(200);
    expect((await test.request({ method: 'GET', url: '/api/me', cookie: sessionCookieOf(signedIn) })).json().email).toBe(email);
  });

  it('does not let a stranger asking for mail cancel the link the admin gave the person', async () => {
    const email = 'walter.mail@example.org';
    await signUpPerson(test, email);
    const ada = await signUpStaff(test, 'ada.mail@example.org', 'admin', 'Ada');
    const given = await test.request({ method: 'POST', url: '/api/admin/password-reset-links', cookie: ada.cookie, payload: { email } });
    const token = given.json<{ link: string }>().link.split('#')[1];
    const before = mailbox.mails.length;
    expect((await ask(email)).statusCode).toBe(204);
    await mailTo(email, before);
    const used = await test.request({ method: 'POST', url: '/api/auth/recovery/link', payload: { token, newPassword: NEW_PASSWORD } });
    expect(used.statusCode).toBe(204);
  });

  it('keeps a mailed link for an hour only', async () => {
    const email = 'walter@example.org';
    await signUpPerson(test, email);
    const before = mailbox.mails.length;
    expect((await ask(email)).statusCode).toBe(204);
    const token = /reset-password#([A-Za-z0-9_-]{43})/.exec(textOf((await mailTo(email, before)).raw))?.[1];
    test.clock.advance(3_600_000);
    try {
      const late = await test.request({ method: 'POST', url: '/api/auth/recovery/link', payload: { token, newPassword: NEW_PASSWORD } });
      expect(late.statusCode).toBe(404);
    } finally {
      test.clock.advance(-3_600_000);
    }
  });

  it('sends at most three mails for one email in 15 minutes, with the same answer each time', async () => {
    const email = 'flood@example.org';
    await signUpPerson(test, email);
    const before = mailbox.mails.length;
    for (let i = 0; i < 5; i++) expect((await ask(email)).statusCode).toBe(204);
    await waitFor(() => (mailbox.mails.slice(before).filter((m) => m.to.includes(email)).length === 3 ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailbox.mails.slice(before).filter((m) => m.to.includes(email))).toHaveLength(3);
  });
});

describe.each(testDatabaseKinds())('password recovery without mail on $name', (kind) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(kind);
  });
  afterAll(async () => test.close());

  it('says mail is not offered and answers a request for one with 409, whatever the email', async () => {
    expect((await test.request({ method: 'GET', url: '/api/auth/recovery' })).json()).toEqual({ mail: false });
    await signUpPerson(test, 'maya@example.org');
    const known = await test.request({ method: 'POST', url: '/api/auth/recovery/mail', payload: { email: 'maya@example.org' } });
    const unknown = await test.request({ method: 'POST', url: '/api/auth/recovery/mail', payload: { email: 'nobody@example.org' } });
    expect(known.statusCode).toBe(409);
    expect(unknown.body).toBe(known.body);
  });

  it.each([
    [{ SMTP_URL: 'smtp://127.0.0.1:2525' }, /SMTP_URL: Set PUBLIC_URL too/],
    [{ SMTP_URL: 'http://mail.example.org', PUBLIC_URL: 'http://localhost' }, /SMTP_URL: Use smtp:/],
    [{ SMTP_URL: 'smtp://127.0.0.1:2525', PUBLIC_URL: 'http://localhost', MAIL_FROM: 'a@b.c\r\nBcc: x@y.z' }, /MAIL_FROM/],
  ])('refuses %j at start', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
