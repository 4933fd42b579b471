import { defineConfig } from 'vitest/config';

// Browser flows: the built app served in-process, driven in Debian's Chromium by playwright-core.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Two files at a time: each starts its own server on a fresh database and its own Chromium, so
    // they share nothing; one at a time took CI past its 30 minutes once the suite reached 34 files.
    fileParallelism: true,
    maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
    pool: 'forks',
    // The files share one module graph per worker: each brought the whole server in afresh
    // (90 s of imports a run), and each starts its own server and browser anyway.
    isolate: false,
    // Two browsers share two CPUs, so what the app does in the background can take seconds, not the
    // default one second of expect.poll.
    expect: { poll: { timeout: 10_000 } },
    // Under CI a flow that fails is run once more and reported as flaky when it then passes: a
    // failure that repeats still fails the build.
    retry: process.env.CI === 'true' ? 1 : 0,
  },
});
