import { defineConfig } from 'vitest/config';

// Unit and integration tests: src/**/*.test.ts. Browser flows live in e2e/ (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
