/**
 * For tests: every repository test runs on each database kind. SQLite always (a fresh file in
 * a temporary folder); PostgreSQL when DATABASE_URL names one, each test file in its own schema.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type DatabaseTarget } from './connect.js';

/** A database kind a test suite can run against. */
export interface TestDatabaseKind {
  name: 'sqlite' | 'postgres';
  open(): Promise<DatabaseHandle>;
}

/** True when the tests have a PostgreSQL server to use. */
export function hasPostgres(): boolean {
  return /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');
}

/** The kinds to run on here; under CI=true a missing PostgreSQL is an error, never a skip. */
export function testDatabaseKinds(): TestDatabaseKind[] {
  if (!hasPostgres() && process.env.CI === 'true') {
    throw new Error('CI=true but DATABASE_URL does not name a PostgreSQL server.');
  }
  const kinds: TestDatabaseKind[] = [{ name: 'sqlite', open: openTestSqlite }];
  if (hasPostgres()) kinds.push({ name: 'postgres', open: openTestPostgres });
  return kinds;
}

async function openTestSqlite(): Promise<DatabaseHandle> {
  const dir = mkdtempSync(join(tmpdir(), 'pacewise-test-'));
  const handle = await openDatabase({ kind: 'sqlite', file: join(dir, 'test.sqlite') });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openTestPostgres(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL ?? '';
  const schema = `test_${randomUUID().replace(/-/g, '')}`;
  await runAdmin(url, `CREATE SCHEMA ${schema}`);
  const target: DatabaseTarget = { kind: 'postgres', url, searchPath: schema, poolSize: 4 };
  const handle = await openDatabase(target);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await runAdmin(url, `DROP SCHEMA ${schema} CASCADE`);
    },
  };
}

async function runAdmin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
