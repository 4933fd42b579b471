// The first page's JavaScript budget (issue 13): the entry chunk and every chunk it imports
// statically, gzipped, at most 100 KB. Runs in `npm test` right after the build (the "built app"
// step of scripts/test.mjs) and prints each file and the total.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET_BYTES, formatKb, measureFirstLoad } from '../../scripts/first-load-size.mjs';

describe('the first page of the built web app', () => {
  it(`loads at most ${formatKb(FIRST_LOAD_BUDGET_BYTES)} of JavaScript, gzipped`, () => {
    const { files, totalGzipBytes } = measureFirstLoad(resolve('dist/web'));
    for (const { file, gzipBytes } of files) console.log(`${formatKb(gzipBytes).padStart(9)}  ${file}`);
    console.log(`first page JavaScript: ${formatKb(totalGzipBytes)} gzipped (budget ${formatKb(FIRST_LOAD_BUDGET_BYTES)})`);
    expect(files.length).toBeGreaterThan(0);
    expect(totalGzipBytes, `first page JavaScript ${formatKb(totalGzipBytes)} gz`).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
  });
});
