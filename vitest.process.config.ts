import { defineConfig } from 'vitest/config';

// Tests that run the built server as a process: killed mid-write, backed up and restored, two
// processes on one PostgreSQL. They need `node scripts/build.mjs` first; no browser.
export default defineConfig({
  test: {
    include: ['e2e/process/**/*.process.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
