import { describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../db/testing.js';
import { SigninThrottle } from './auth/signin-throttle.js';
import { startTestApp } from './testing.js';
import { DatabaseCounterStore, MemoryCounterStore, countersFor, isSharedDatabase, type CounterStore } from './shared-state.js';

const WINDOW = 60_000;

function windowRules(make: () => Promise<{ store: CounterStore; close: () => Promise<void> }>) {
  it('counts hits in a window, starts a new one when it is over, and forgets a key on reset', async () => {
    const { store, close } = await make();
    try {
      expect((await store.hit('k', WINDOW, 1_000)).count).toBe(1);
      expect((await store.hit('k', WINDOW, 2_000)).count).toBe(2);
      expect(await store.read('k', WINDOW, 3_000)).toEqual({ count: 2, windowStart: 1_000 });
      expect((await store.read('other', WINDOW, 3_000)).count).toBe(0);
      expect((await store.read('k', WINDOW, 61_000)).count).toBe(0);
      expect(await store.hit('k', WINDOW, 61_000)).toEqual({ count: 1, windowStart: 61_000 });
      await store.reset('k');
      expect((await store.read('k', WINDOW, 61_500)).count).toBe(0);
    } finally {
      await close();
    }
  });

  it('loses no hit when many land at once', async () => {
    const { store, close } = await make();
    try {
      await Promise.all(Array.from({ length: 100 }, () => store.hit('busy', WINDOW, 5_000)));
      expect((await store.read('busy', WINDOW, 5_000)).count).toBe(100);
    } finally {
      await close();
    }
  });
}

describe('counters in memory (one process on SQLite)', () => {
  windowRules(async () => ({ store: new MemoryCounterStore(), close: async () => {} }));

  it('a flood of new keys never wipes a live count (a review found the codes throttle reset by 20,000 sign-in keys)', async () => {
    const store = new MemoryCounterStore();
    const codes = new SigninThrottle(store, 'codes', 5, WINDOW);
    const signins = new SigninThrottle(store, 'signin', 8, WINDOW);
    for (let i = 0; i < 5; i += 1) expect(await codes.take('victim', 1_000)).toBe(false);
    for (let i = 0; i < 30_000; i += 1) await signins.take(`stranger-${i}@example.org`, 2_000);
    expect(await codes.take('victim', 3_000)).toBe(true);
    // Expired keys are swept, live ones stay.
    await signins.take('late@example.org', WINDOW + 2_500);
    expect(await codes.take('victim', WINDOW + 500)).toBe(true);
  });
});

describe.each(testDatabaseKinds())('counters in the database ($name)', (kind) => {
  windowRules(async () => {
    const test = await startTestApp(kind);
    return { store: new DatabaseCounterStore(test.database.db), close: () => test.close() };
  });

  it('lets exactly the limit through when attempts arrive together (each is counted before it is tried)', async () => {
    const test = await startTestApp(kind);
    try {
      const throttle = new SigninThrottle(new DatabaseCounterStore(test.database.db), 'signin', 4, WINDOW);
      const over = await Promise.all(Array.from({ length: 20 }, () => throttle.take('maya@example.org', 1_000)));
      expect(over.filter((refused) => !refused)).toHaveLength(4);
      await throttle.giveBack('maya@example.org');
      expect(await new DatabaseCounterStore(test.database.db).read('throttle:signin:maya@example.org', WINDOW, 1_000)).toMatchObject({ count: 19 });
    } finally {
      await test.close();
    }
  });

  it('are shared through the database only on PostgreSQL', async () => {
    const test = await startTestApp(kind);
    try {
      expect(isSharedDatabase(test.database.db)).toBe(kind.name === 'postgres');
      expect(countersFor(test.database.db)).toBeInstanceOf(kind.name === 'postgres' ? DatabaseCounterStore : MemoryCounterStore);
      expect(countersFor(test.database.db)).toBe(countersFor(test.database.db));
    } finally {
      await test.close();
    }
  });
});
