// The JavaScript of the first page: the entry chunk and every chunk it imports statically, read
// from Vite's manifest (build.manifest), with each file's gzipped size. Used by the budget test in
// `npm test` (src/web/first-load.budget.test.ts) and by `npm run bench -- first-load`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget of the first page's JavaScript, gzipped (issue 13). */
export const FIRST_LOAD_BUDGET_BYTES = 100 * 1024;

/** The manifest of the web build in `webDir`; throws with the command to run when there is none. */
export function readManifest(webDir) {
  const path = join(webDir, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`No ${path}: build first (node scripts/build.mjs).`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The manifest keys of the entry and every chunk it reaches through static imports, entry first. */
export function firstLoadChunks(manifest) {
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('The manifest names no entry chunk.');
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  visit(entry);
  return [...seen];
}

/** Each first-load JavaScript file with its gzipped bytes, and the total. */
export function measureFirstLoad(webDir) {
  const manifest = readManifest(webDir);
  const files = firstLoadChunks(manifest).map((key) => {
    const file = manifest[key].file;
    return { file, gzipBytes: gzipSync(readFileSync(join(webDir, file))).length };
  });
  return { files, totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

/** "97.1 KB" for a byte count (1 KB = 1024 bytes). */
export function formatKb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
