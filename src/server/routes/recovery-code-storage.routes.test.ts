// How recovery codes are kept, on every database kind. They were kept as plain SHA-256 hashes: a
// code has about 49 bits of chance, so a copy of the database could be searched for every
// account's codes at once. Now each is an argon2id hash with its own salt; codes kept the old way
// still work, once, and are wrapped in argon2id when the server starts.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import type { Services } from '../context.js';
import { wrapOldRecoveryCodes } from '../services/recovery-codes.js';
import { signUpPerson, startTestApp, type TestApp } from '../testing.js';

const PASSWORD = 'a calm walk by the river';
const NEW_PASSWORD = 'slow steps up the garden hill';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const plain = (code: string) => code.replace('-', '');

describe.each(testDatabaseKinds())('recovery codes as stored on $name', (kind) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(kind);
  });
  afterAll(async () => test.close());

  const makeCodes = async (cookie: string): Promise<string[]> => {
    const response = await test.request({ method: 'POST', url: '/api/me/password-recovery-codes', cookie, payload: { password: PASSWORD } });
    expect(response.statusCode).toBe(200);
    return response.json<{ recoveryCodes: string[] }>().recoveryCodes;
  };
  const storedOf = async (userId: string) =>
    (await test.database.db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', userId).execute()).map((row) => row.code_hash);

  it('keeps each code as its own salted argon2id hash, never the SHA-256 of the code', async () => {
    const maya = await signUpPerson(test, 'maya@example.org');
    const codes = await makeCodes(maya.cookie);
    const stored = await storedOf(maya.id);
    expect(stored).toHaveLength(10);
    for (const hash of stored) expect(hash).toMatch(/^\$argon2id\$/);
    expect(new Set(stored.map((hash) => hash.split('$')[4])).size).toBe(10);
    const sha = new Set(codes.flatMap((code) => [sha256(code), sha256(plain(code))]));
    expect(stored.filter((hash) => sha.has(hash))).toEqual([]);
  });

  it('wraps the codes kept the old way in argon2id when the server starts, and they still work once', async () => {
    const lena = await signUpPerson(test, 'lena@example.org');
    const oldCode = 'mnpqrstuvw';
    await test.database.db.insertInto('recovery_codes').values({ user_id: lena.id, code_hash: sha256(oldCode), created_at: test.clock.now(), used_at: null }).execute();
    expect(await wrapOldRecoveryCodes({ db: test.database.db } as Services)).toBe(1);
    const stored = await storedOf(lena.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^sha256\+\$argon2id\$/);
    expect(stored[0]).not.toContain(sha256(oldCode));
    // A second start finds nothing left to wrap.
    expect(await wrapOldRecoveryCodes({ db: test.database.db } as Services)).toBe(0);
    const reset = (password: string) =>
      test.request({ method: 'POST', url: '/api/auth/recovery/code', payload: { email: 'lena@example.org', code: 'mnpqr-stuvw', newPassword: password } });
    expect((await reset(NEW_PASSWORD)).statusCode).toBe(204);
    expect((await reset('another garden path at dusk')).statusCode).toBe(401);
  });

  it('still takes a code kept the old way, once, for a new password', async () => {
    const walter = await signUpPerson(test, 'walter@example.org');
    await makeCodes(walter.cookie);
    // As an older Pacewise stored it: the SHA-256 of the code without its dash.
    const oldCode = 'abcdefghjk';
    await test.database.db.insertInto('recovery_codes').values({ user_id: walter.id, code_hash: sha256(oldCode), created_at: test.clock.now(), used_at: null }).execute();
    const reset = (code: string, password: string) =>
      test.request({ method: 'POST', url: '/api/auth/recovery/code', payload: { email: 'walter@example.org', code, newPassword: password } });
    expect((await reset('abcde-fghjk', NEW_PASSWORD)).statusCode).toBe(204);
    expect((await reset('abcde-fghjk', 'another garden path at dusk')).statusCode).toBe(401);
  });
});
