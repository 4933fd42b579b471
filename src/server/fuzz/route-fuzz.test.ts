// The route fuzzer (issue 16) as part of `npm test`: a short seeded pass over the whole route
// table on each database. `npm run fuzz -- --n 20000` runs a long one.
import { describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/testing.js';
import { startTestApp } from '../testing.js';
import { fuzzRoutes } from './route-fuzz.js';

const RUNS = Number(process.env.FUZZ_N ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);

describe.each(testDatabaseKinds())('the route fuzzer on $name', (kind) => {
  it(`sends ${RUNS} requests made from the route table: no 5xx, every error in its shape, the victim untouched`, async () => {
    const test = await startTestApp(kind);
    try {
      const report = await fuzzRoutes(test, RUNS, SEED);
      if (process.env.FUZZ_N) console.log(`${kind.name}: ${report.requests} requests`, report.byStatus);
      expect(report.findings.slice(0, 10)).toEqual([]);
      expect(report.requests).toBe(RUNS);
    } finally {
      await test.close();
    }
  }, Math.max(120_000, RUNS * 60));
});
