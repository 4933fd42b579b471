import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const INCLUDE = ['src/**/*.test.ts', 'scripts/**/*.test.ts'];

/** Test files that replace a module (`vi.mock`): only a fresh module graph per file keeps that to the file. */
function filesThatMockModules(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') walk(path);
      else if (entry.name.endsWith('.test.ts') && readFileSync(path, 'utf8').includes('vi.mock(')) found.push(path);
    }
  };
  ['src', 'scripts'].forEach(walk);
  return found;
}
const MOCKING = filesThatMockModules();

// Unit and integration tests: src/**/*.test.ts. Browser flows live in e2e/ (vitest.e2e.config.ts).
// Most files share one module graph per worker (isolate: false): a fresh graph for each of 277
// files cost more than the tests themselves (420 s against 240 s for the whole run on two CPUs).
// Files that replace a module with vi.mock keep a graph of their own.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Under CI a failed test is tried once more; `npm test` names every test that needed it
    // (scripts/flaky-reporter.mjs), so a flake costs a line in the summary, not the whole run.
    retry: process.env.CI === 'true' ? 1 : 0,
    projects: [
      { extends: true, test: { name: 'shared', include: INCLUDE, exclude: MOCKING, pool: 'threads', isolate: false } },
      { extends: true, test: { name: 'isolated', include: MOCKING.length > 0 ? MOCKING : ['no-such-file'], pool: 'forks', isolate: true } },
    ],
  },
});
