// Repository tests on every database kind (SQLite always, PostgreSQL when DATABASE_URL is set).
// Dimensions: accounts (unique email, lookup, session expiry, cascade delete), profile/draft
// upserts, check-ins (idempotent clientId, day and instant ranges, ownership of every query),
// stored weeks and bad days (with the week kept for Undo).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './connect.js';
import {
  deleteCheckin,
  findCheckin,
  insertCheckin,
  listAllCheckins,
  listCheckins,
  updateCheckin,
  type CheckinRow,
  type PegWrite,
} from './checkin.repository.js';
import { listPegAnswers, listResponses, type PegAnswers } from './questionnaire.repository.js';
import type { PlanBasis, ShownPlan } from '../core/planner/plan-basis.js';
import { addBadDay, findWeeklyPlan, listBadDays, removeBadDay, saveWeeklyPlan } from './plan.repository.js';
import { findIntakeDraft, findProfile, saveIntakeDraft, saveProfile } from './profile.repository.js';
import { testDatabaseKinds } from './testing.js';
import {
  deleteExpiredSessions,
  deleteUserAndData,
  findUserByEmail,
  findUserBySession,
  insertAuthSession,
  insertUser,
} from './user.repository.js';

const T0 = '2026-11-01T08:00:00.000Z';

function user(id: string, email: string) {
  return { id, email, password_hash: 'h', name: null, time_zone: 'UTC', created_at: T0, updated_at: T0 };
}

function checkin(id: string, userId: string, day: string, extra: Partial<CheckinRow> = {}): CheckinRow {
  const at = `${day}T09:00:00.000Z`;
  return {
    id, user_id: userId, client_id: null, at, local_date: day, pain: 4, flare: 0, areas: '[]',
    stiffness: null, sleep: null, mood: null, energy: null, stress: null, notes: null, something_new: 0, detail: null,
    created_at: at, updated_at: at, change_id: null, ...extra,
  };
}

function pegWrite(id: string, peg: PegAnswers | null): PegWrite {
  return { peg, newId: id, version: '1' };
}

describe.each(testDatabaseKinds())('repositories on $name', (kind) => {
  let handle: DatabaseHandle;
  const alice = '00000000-0000-4000-8000-00000000000a';
  const bob = '00000000-0000-4000-8000-00000000000b';

  beforeAll(async () => {
    handle = await kind.open();
    expect(await insertUser(handle.db, user(alice, 'alice@example.org'))).toBe(true);
    expect(await insertUser(handle.db, user(bob, 'bob@example.org'))).toBe(true);
  });
  afterAll(async () => handle.close());

  it('refuses a second account with the same email', async () => {
    expect(await insertUser(handle.db, user('00000000-0000-4000-8000-0000000000cc', 'alice@example.org'))).toBe(false);
    expect((await findUserByEmail(handle.db, 'alice@example.org'))?.id).toBe(alice);
  });

  it('finds the account of a live session and not of an expired one', async () => {
    await insertAuthSession(handle.db, { id: 'live', user_id: alice, created_at: T0, expires_at: '2026-12-01T00:00:00.000Z' });
    await insertAuthSession(handle.db, { id: 'old', user_id: alice, created_at: T0, expires_at: '2026-11-02T00:00:00.000Z' });
    const now = '2026-11-10T00:00:00.000Z';
    expect((await findUserBySession(handle.db, 'live', now))?.email).toBe('alice@example.org');
    expect(await findUserBySession(handle.db, 'old', now)).toBeUndefined();
    expect(await deleteExpiredSessions(handle.db, now)).toBe(1);
  });

  it('replaces the profile and the draft on each save', async () => {
    await saveProfile(handle.db, alice, { painToday: 3 }, T0);
    await saveProfile(handle.db, alice, { painToday: 5 }, '2026-11-02T00:00:00.000Z');
    expect(await findProfile(handle.db, alice)).toEqual({ data: { painToday: 5 }, updatedAt: '2026-11-02T00:00:00.000Z' });
    expect(await findProfile(handle.db, bob)).toBeNull();
    await saveIntakeDraft(handle.db, bob, { step: 2, answers: {} }, T0);
    expect((await findIntakeDraft(handle.db, bob))?.data).toEqual({ step: 2, answers: {} });
  });

  it('stores one check-in for a clientId sent twice, with one PEG', async () => {
    const clientId = '11111111-1111-4111-8111-111111111111';
    const first = await insertCheckin(handle.db, checkin('c1', alice, '2026-11-03', { client_id: clientId }), pegWrite('p1', { pain: 5, enjoyment: 4, activity: 3 }));
    const again = await insertCheckin(handle.db, checkin('c2', alice, '2026-11-03', { client_id: clientId, pain: 9 }), pegWrite('p2', { pain: 9, enjoyment: 9, activity: 9 }));
    expect(again.id).toBe(first.id);
    expect(again.pain).toBe(4);
    expect(again.peg).toEqual({ pain: 5, enjoyment: 4, activity: 3 });
    expect((await listResponses(handle.db, alice, { instrument: 'peg' })).map((r) => [r.id, r.checkinId])).toEqual([['p1', 'c1']]);
    // The same clientId from another person is theirs alone.
    const bobs = await insertCheckin(handle.db, checkin('c3', bob, '2026-11-03', { client_id: clientId }), pegWrite('p3', null));
    expect(bobs.id).toBe('c3');
    expect(bobs.peg).toBeNull();
  });

  it('lists by calendar day and by instant, newest first, only the owner’s', async () => {
    await insertCheckin(handle.db, checkin('c4', alice, '2026-11-04'), pegWrite('p4', null));
    await insertCheckin(handle.db, checkin('c5', alice, '2026-11-06'), pegWrite('p5', null));
    const byDay = await listCheckins(handle.db, alice, { by: 'day', from: '2026-11-03', to: '2026-11-04' });
    expect(byDay.map((c) => c.id)).toEqual(['c4', 'c1']);
    const byInstant = await listCheckins(handle.db, alice, {
      by: 'instant', from: '2026-11-04T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z',
    });
    expect(byInstant.map((c) => c.id)).toEqual(['c5', 'c4']);
    expect((await listAllCheckins(handle.db, bob)).map((c) => c.id)).toEqual(['c3']);
  });

  it('edits and deletes only the owner’s check-in', async () => {
    const at = '2026-11-24T10:00:00.000Z';
    expect(await updateCheckin(handle.db, bob, 'c4', { pain: 1, updated_at: at })).toBe(false);
    expect(await updateCheckin(handle.db, alice, 'c4', { pain: 1, notes: 'better', updated_at: at })).toBe(true);
    expect((await findCheckin(handle.db, alice, 'c4'))?.notes).toBe('better');
    expect(await findCheckin(handle.db, bob, 'c4')).toBeUndefined();
    expect(await deleteCheckin(handle.db, bob, 'c4')).toBe(false);
    expect(await deleteCheckin(handle.db, alice, 'c4')).toBe(true);
  });

  it('writes, replaces, moves and removes the PEG with its check-in, and deletes it with it', async () => {
    const at = '2026-11-24T10:00:00.000Z';
    const pegOf = async (id: string) => (await findCheckin(handle.db, alice, id))?.peg;
    expect(await updateCheckin(handle.db, alice, 'c5', { updated_at: at }, pegWrite('p6', { pain: 2, enjoyment: 2, activity: 2 }))).toBe(true);
    expect(await pegOf('c5')).toEqual({ pain: 2, enjoyment: 2, activity: 2 });
    expect(await updateCheckin(handle.db, alice, 'c5', { updated_at: at }, pegWrite('p7', { pain: 3, enjoyment: 2, activity: 1 }))).toBe(true);
    expect(await pegOf('c5')).toEqual({ pain: 3, enjoyment: 2, activity: 1 });
    // Moving the check-in to another day moves its PEG with it.
    expect(await updateCheckin(handle.db, alice, 'c5', { at: '2026-11-07T09:00:00.000Z', local_date: '2026-11-07', updated_at: at })).toBe(true);
    expect(await listPegAnswers(handle.db, alice, '2026-11-07', '2026-11-07')).toEqual([{ localDate: '2026-11-07', at: '2026-11-07T09:00:00.000Z', pain: 3, enjoyment: 2, activity: 1 }]);
    expect(await updateCheckin(handle.db, alice, 'c5', { updated_at: at }, pegWrite('p8', null))).toBe(true);
    expect(await pegOf('c5')).toBeNull();
    await updateCheckin(handle.db, alice, 'c5', { updated_at: at }, pegWrite('p9', { pain: 1, enjoyment: 1, activity: 1 }));
    expect(await deleteCheckin(handle.db, alice, 'c5')).toBe(true);
    expect((await listResponses(handle.db, alice, { instrument: 'peg' })).map((r) => r.id)).toEqual(['p1']);
  });

  it('deletes an account with every row that belongs to it, and nobody else’s', async () => {
    await deleteUserAndData(handle.db, alice, '2026-11-24T10:00:00.000Z');
    expect(await findUserByEmail(handle.db, 'alice@example.org')).toBeUndefined();
    expect(await listAllCheckins(handle.db, alice)).toEqual([]);
    expect(await listResponses(handle.db, alice)).toEqual([]);
    expect(await findProfile(handle.db, alice)).toBeNull();
    expect(await findUserBySession(handle.db, 'live', T0)).toBeUndefined();
    expect(await listAllCheckins(handle.db, bob)).toHaveLength(1);
  });
});

describe('SQLite durability setting', () => {
  it.each([['normal', 1], ['full', 2]] as const)('opens with synchronous=%s', async (synchronous, pragma) => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { openDatabase } = await import('./connect.js');
    const { sql } = await import('kysely');
    const dir = mkdtempSync(join(tmpdir(), 'pacewise-sync-'));
    const handle = await openDatabase({ kind: 'sqlite', file: join(dir, 'db.sqlite'), synchronous });
    const result = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(handle.db);
    expect(result.rows[0]?.synchronous).toBe(pragma);
    const mode = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(handle.db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe.each(testDatabaseKinds())('plan storage on $name', (kind) => {
  const basis = (profileUpdatedAt: string): PlanBasis => ({ profileUpdatedAt, flareSince: null, badDays: [] });
  const week = (minutes: number): ShownPlan => ({ status: 'refer', reasons: [{ code: 'refer_urgent', message: `${minutes}` }] });

  it('stores a week per person, replaces it, and keeps bad days once each', async () => {
    const handle = await kind.open();
    const id = '00000000-0000-4000-8000-0000000000dd';
    await insertUser(handle.db, user(id, 'dan@example.org'));
    expect(await findWeeklyPlan(handle.db, id, '2026-11-23')).toBeNull();
    await saveWeeklyPlan(handle.db, id, '2026-11-23', { plan: week(1), basis: basis('a') }, T0);
    await saveWeeklyPlan(handle.db, id, '2026-11-23', { plan: week(2), basis: basis('b') }, T0);
    expect(await findWeeklyPlan(handle.db, id, '2026-11-23')).toEqual({ plan: week(2), basis: basis('b') });
    await addBadDay(handle.db, id, '2026-11-24', T0);
    await addBadDay(handle.db, id, '2026-11-24', T0);
    await addBadDay(handle.db, id, '2026-11-20', T0);
    expect(await listBadDays(handle.db, id, '2026-11-23', '2026-11-29')).toEqual(['2026-11-24']);
    expect(await removeBadDay(handle.db, id, '2026-11-24')).toBeNull();
    expect(await listBadDays(handle.db, id, '2026-11-01', '2026-11-30')).toEqual(['2026-11-20']);
    await deleteUserAndData(handle.db, id, '2026-11-24T10:00:00.000Z');
    expect(await listBadDays(handle.db, id, '2026-11-01', '2026-11-30')).toEqual([]);
    await handle.close();
  });

  it('keeps the week shown before a bad-day mark and hands it back when the mark is taken back', async () => {
    const handle = await kind.open();
    const id = '00000000-0000-4000-8000-0000000000de';
    await insertUser(handle.db, user(id, 'erin@example.org'));
    const shown = { plan: week(19), basis: { ...basis('a'), badDays: [1], pacing: { mode: 'normal' as const, flareUntil: null, quotas: { session: '19 minutes' } } } };
    await addBadDay(handle.db, id, '2026-11-24', T0, shown);
    // A second mark the same day keeps the week from before the first.
    await addBadDay(handle.db, id, '2026-11-24', T0, { plan: week(2), basis: basis('b') });
    expect(await removeBadDay(handle.db, id, '2026-11-24')).toEqual(shown);
    expect(await removeBadDay(handle.db, id, '2026-11-24')).toBeNull();
    await handle.close();
  });
});
