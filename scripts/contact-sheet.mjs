// Renders every exercise illustration into PNG contact sheets for a visual check:
//   npm run contact-sheet                    all built-in exercises
//   npm run contact-sheet -- --samples       the renderer's own sample poses
//   npm run contact-sheet -- --only a,b      just these exercise ids
//   npm run contact-sheet -- --cols 2 --rows 3 --cell 600   fewer, bigger cells
//   npm run contact-sheet -- --overrides fixes.mjs   try new poses: `export default { id: { start?, end? } }`
// Pages go to test-results/contact-sheet/page-01.png …
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { SAMPLE_EXERCISES } from './contact-sheet-samples.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'test-results', 'contact-sheet');
const tmpDir = path.join(root, '.tmp', 'contact-sheet');

function readArgs(argv) {
  const value = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
  };
  return {
    samples: argv.includes('--samples'),
    only: value('--only', '').split(',').filter(Boolean),
    cols: Number(value('--cols', '4')),
    rows: Number(value('--rows', '5')),
    cellWidth: Number(value('--cell', '400')),
    overrides: value('--overrides', ''),
  };
}

/** Bundles the TypeScript library into one ESM file and imports it. */
async function loadLibrary() {
  await mkdir(tmpDir, { recursive: true });
  const outfile = path.join(tmpDir, 'library.mjs');
  await build({
    stdin: {
      contents: [
        "export { BUILTIN_EXERCISES } from './src/core/library/catalog.ts';",
        "export { renderExerciseIllustration } from './src/core/library/illustration.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile,
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${process.hrtime.bigint()}`);
}

/** Replaces the start or end pose of the exercises named in an overrides module, to preview fixes. */
async function applyOverrides(exercises, file) {
  const { default: overrides } = await import(pathToFileURL(file).href);
  return exercises.map((e) =>
    overrides[e.id]
      ? {
          ...e,
          name: `${e.name} (override)`,
          illustration: { ...e.illustration, ...overrides[e.id] },
        }
      : e,
  );
}

function escapeHtml(text) {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );
}

function pageHtml(cells, cols) {
  const items = cells
    .map(
      ({ exercise, svg }) =>
        `<figure>${svg}<figcaption><b>${escapeHtml(exercise.name)}</b> <code>${escapeHtml(exercise.id)}</code></figcaption></figure>`,
    )
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 16px; font: 14px system-ui, sans-serif; color: #2b3a44; background: #fff; }
    main { display: grid; grid-template-columns: repeat(${cols}, 1fr); gap: 14px; }
    figure { margin: 0; } svg { width: 100%; height: auto; display: block; }
    figcaption { margin-top: 4px; } code { color: #777; font-size: 12px; }
  </style></head><body><main>${items}</main></body></html>`;
}

function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

async function main() {
  const args = readArgs(process.argv.slice(2));
  const library = await loadLibrary();
  let exercises = args.samples ? SAMPLE_EXERCISES : library.BUILTIN_EXERCISES;
  if (args.only.length > 0) exercises = exercises.filter((e) => args.only.includes(e.id));
  if (args.overrides) exercises = await applyOverrides(exercises, path.resolve(args.overrides));
  if (exercises.length === 0)
    throw new Error('No exercises to render (are the exercise arrays still empty? try --samples).');
  const cells = exercises.map((exercise) => ({
    exercise,
    svg: library.renderExerciseIllustration(exercise),
  }));
  const perPage = args.cols * args.rows;
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({
      viewport: { width: args.cols * args.cellWidth, height: 800 },
    });
    for (let start = 0, n = 1; start < cells.length; start += perPage, n += 1) {
      const html = pageHtml(cells.slice(start, start + perPage), args.cols);
      await writeFile(path.join(tmpDir, `page-${String(n).padStart(2, '0')}.html`), html);
      await page.setContent(html);
      await page.screenshot({
        path: path.join(outDir, `page-${String(n).padStart(2, '0')}.png`),
        fullPage: true,
      });
    }
  } finally {
    await browser.close();
  }
  console.log(
    `${cells.length} illustrations → ${path.relative(root, outDir)}/ (${Math.ceil(cells.length / perPage)} pages)`,
  );
}

await main();
