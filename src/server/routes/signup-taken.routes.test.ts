// Sign-up with an email that already has an account (issue 16, finding 9), on every database
// kind. It used to answer 409 `email_taken` at once, as often as asked, for any password: a list
// of addresses could be checked against the practice at the rate limit's speed. Now the owner's
// own password signs in; another password answers 409, counted per address, and after three such
// answers every sign-up from that address is refused for a while, whatever the email; the owner
// is mailed (once an hour) when the practice sends mail; guessing passwords through sign-up is
// held by the sign-in limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { startAppWithMailbox, textOf, waitFor, type Mailbox } from '../mail/mailbox.testing.js';
import { signUpPerson, type TestApp } from '../testing.js';
import { TAKEN_ANSWERS_PER_ADDRESS } from '../auth/signup-taken.js';

const PASSWORD = 'a calm walk by the river';

describe.each(testDatabaseKinds())('sign-up with a taken email on $name', (kind) => {
  let test: TestApp;
  let mailbox: Mailbox;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ test, mailbox, close } = await startAppWithMailbox(kind));
  });
  afterAll(async () => close());

  const signUp = (email: string, password: string, from: string) =>
    test.request({ method: 'POST', url: '/api/auth/signup', payload: { email, password }, remoteAddress: from });
  const usersWith = async (email: string) => (await test.database.db.selectFrom('users').select('id').where('email', '=', email).execute()).length;

  it('signs the owner in when the password is the account’s own: 201, a session, the same account, nothing new made', async () => {
    const maya = await signUpPerson(test, 'maya@example.org');
    const again = await signUp('maya@example.org', PASSWORD, '10.0.0.1');
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ id: maya.id, email: 'maya@example.org' });
    expect(again.cookies.some((cookie) => cookie.name === 'pacewise_session')).toBe(true);
    expect(await usersWith('maya@example.org')).toBe(1);
  });

  it('answers another password with 409, and after three such answers refuses every sign-up from that address, even for a new email', async () => {
    await signUpPerson(test, 'walter@example.org');
    for (let i = 0; i < TAKEN_ANSWERS_PER_ADDRESS; i += 1) {
      const taken = await signUp('walter@example.org', `another long password ${i}`, '10.0.0.2');
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error).toMatchObject({ code: 'email_taken', field: 'email' });
    }
    const fresh = await signUp('someone-new@example.org', PASSWORD, '10.0.0.2');
    expect(fresh.statusCode).toBe(429);
    expect(fresh.json().error.message).toBe('Too many attempts from this address. Please wait 15 minutes and try again.');
    expect(await usersWith('someone-new@example.org')).toBe(0);
    // The owner's own password from there waits too: sign-up is no way round the count.
    expect((await signUp('walter@example.org', PASSWORD, '10.0.0.2')).statusCode).toBe(429);
    // Another address is not held up, and the window passes.
    expect((await signUp('priya@example.org', PASSWORD, '10.0.0.3')).statusCode).toBe(201);
    test.clock.advance(16 * 60_000);
    expect((await signUp('someone-new@example.org', PASSWORD, '10.0.0.2')).statusCode).toBe(201);
  });

  it('counts the IPv6 addresses of one /64 as one address', async () => {
    await signUpPerson(test, 'ada@example.org');
    for (let i = 1; i <= TAKEN_ANSWERS_PER_ADDRESS; i += 1) {
      expect((await signUp('ada@example.org', `another long password ${i}`, `2001:db8:1:2::${i}`)).statusCode).toBe(409);
    }
    expect((await signUp('fresh-ada@example.org', PASSWORD, '2001:db8:1:2:ffff::99')).statusCode).toBe(429);
    expect((await signUp('fresh-ada@example.org', PASSWORD, '2001:db8:1:3::1')).statusCode).toBe(201);
  });

  it('holds the count when the sign-ups are sent all at once', async () => {
    await signUpPerson(test, 'priya@example.net');
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => signUp('priya@example.net', `a parallel guess number ${i}`, '10.5.0.1')));
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 409).length).toBeLessThanOrEqual(TAKEN_ANSWERS_PER_ADDRESS);
    expect(statuses.filter((status) => status !== 409).every((status) => status === 429)).toBe(true);
  });

  it('lets many new people sign up from one address at once (a clinic onboarding its patients)', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => signUp(`new-${i}@example.com`, PASSWORD, '10.6.0.1')));
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(12).fill(201));
  });

  it('counts wrong passwords given at sign-up with the sign-in attempts for the account', async () => {
    await signUpPerson(test, 'dan@example.org');
    // From many addresses, each under its own count: the account's count from everywhere still holds.
    let refused = 0;
    for (let i = 0; i < 120 && refused === 0; i += 1) {
      const answer = await signUp('dan@example.org', `guess number ${i} of many`, `10.1.${Math.floor(i / 2)}.${i % 2}`);
      if (answer.statusCode === 429) refused = i;
      else expect(answer.statusCode).toBe(409);
    }
    expect(refused).toBeGreaterThan(0);
    const login = await test.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'dan@example.org', password: PASSWORD }, remoteAddress: '10.2.0.1' });
    expect(login.statusCode).toBe(429);
  });

  it('mails the owner that someone tried, with the sign-in link, at most once an hour', async () => {
    await signUpPerson(test, 'lena@example.org');
    const before = mailbox.mails.length;
    expect((await signUp('lena@example.org', 'a different phrase entirely', '10.3.0.1')).statusCode).toBe(409);
    const mail = await waitFor(() => mailbox.mails.slice(before).find((m) => m.to.includes('lena@example.org')));
    const text = textOf(mail.raw);
    expect(text).toContain('Someone just tried to make a new Pacewise account with this email address.');
    expect(text).toContain('http://localhost/signin');
    expect((await signUp('lena@example.org', 'yet another phrase here', '10.3.0.2')).statusCode).toBe(409);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailbox.mails.slice(before).filter((m) => m.to.includes('lena@example.org'))).toHaveLength(1);
  });

  it('answers a weak password the same way whether the email is taken or not', async () => {
    await signUpPerson(test, 'noor@example.org');
    const taken = await signUp('noor@example.org', 'short', '10.4.0.1');
    const free = await signUp('nobody@example.org', 'short', '10.4.0.2');
    expect(taken.statusCode).toBe(free.statusCode);
    expect(taken.json()).toEqual(free.json());
  });
});
