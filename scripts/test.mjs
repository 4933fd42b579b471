// `npm test`: type-check, lint, unit and integration tests (SQLite, and PostgreSQL when there is
// one), then the browser flows in Chromium. Says what it skipped; under CI=true a missing
// Chromium, PostgreSQL or poppler-utils (reading the visit report back) is a failure, never a skip.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ci = process.env.CI === 'true';
const bin = (name) => join('node_modules', '.bin', name);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasPostgresUrl = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '');
const postgresInstalled = existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));

// With PostgreSQL installed but no DATABASE_URL, run everything again inside a throwaway cluster.
if (!hasPostgresUrl && postgresInstalled && !process.env.PACEWISE_NO_PG_BOOT) {
  const run = spawnSync('bash', ['scripts/with-postgres.sh', process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, PACEWISE_NO_PG_BOOT: '1' },
  });
  process.exit(run.status ?? 1);
}

const skipped = [];
const problems = [];
if (!hasPostgresUrl) {
  const why = 'PostgreSQL: no DATABASE_URL and no postgresql installed (apt-get install -y postgresql); repository and route tests ran on SQLite only';
  (ci ? problems : skipped).push(why);
}
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  const why = `browser flows: no Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  (ci ? problems : skipped).push(why);
}
// The visit report's tests read the PDF back with poppler's pdftotext, pdfinfo and pdftoppm.
const onPath = (name) => (process.env.PATH ?? '').split(':').some((dir) => dir !== '' && existsSync(join(dir, name)));
if (!['pdftoppm', 'pdftotext', 'pdfinfo'].every(onPath)) {
  const why = 'visit report rendering (poppler-utils missing): apt-get install -y poppler-utils';
  (ci ? problems : skipped).push(why);
}
if (problems.length > 0) {
  console.error(`CI=true, so nothing may be skipped:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}

mkdirSync('test-results', { recursive: true });
const counts = { passed: 0, failed: 0, skipped: 0 };
// The names of failed tests, printed again in the summary: CI keeps only the end of the output.
const failures = [];
// Tests that passed only when tried again (CI tries each once more), written by scripts/flaky-reporter.mjs.
const FLAKY = join('test-results', 'flaky.txt');
rmSync(FLAKY, { force: true });
let failed = false;

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (run.status !== 0) {
    console.error(`✖ ${title} failed`);
    failed = true;
  }
  return run.status === 0;
}

function vitest(title, config, reportName) {
  const report = join('test-results', `${reportName}.json`);
  rmSync(report, { force: true });
  const args = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, '--reporter=./scripts/flaky-reporter.mjs'];
  if (config) args.push('--config', config);
  step(title, bin('vitest'), args, { FLAKY_REPORT: FLAKY });
  if (!existsSync(report)) return;
  const json = JSON.parse(readFileSync(report, 'utf8'));
  counts.passed += json.numPassedTests;
  counts.failed += json.numFailedTests;
  counts.skipped += json.numPendingTests + json.numTodoTests;
  for (const file of json.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedTests) failures.push(`${file.name}: ${test.fullName}\n    ${firstLine(test.failureMessages)}`);
    if (failedTests.length === 0 && file.status === 'failed') failures.push(`${file.name}: ${firstLine([file.message])}`);
  }
}

function firstLine(messages) {
  const text = (messages ?? []).filter(Boolean).join('\n');
  return text.split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 300) ?? '(no message)';
}

// The type-check and the lint each keep one CPU busy: run side by side, each one's output printed whole when it ends.
function stepInBackground(title, command, args) {
  return new Promise((done) => {
    const child = spawn(command, args, { env: process.env });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      console.log(`\n▶ ${title}`);
      process.stdout.write(Buffer.concat(output));
      if (code !== 0) {
        console.error(`✖ ${title} failed`);
        failed = true;
      }
      done(code === 0);
    });
  });
}
await Promise.all([
  stepInBackground('type-check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']),
  stepInBackground('lint', bin('eslint'), ['.', '--max-warnings=0']),
]);
vitest(`unit and integration tests (SQLite${hasPostgresUrl ? ' and PostgreSQL' : ''})`, null, 'unit');
if (step('build the web app and server', process.execPath, ['scripts/build.mjs'])) {
  // The built app: the first page's JavaScript budget (e2e/process/first-load-budget.process.ts,
  // which prints the figure), and the server as a process.
  vitest('the built app: first-page JavaScript budget; the server killed mid-write, backed up and restored', 'vitest.process.config.ts', 'process');
  if (hasChromium) vitest('browser flows in Chromium', 'vitest.e2e.config.ts', 'e2e');
} else {
  counts.failed += 1;
}

console.log('\nSummary');
if (skipped.length > 0) console.log(`Skipped:\n- ${skipped.join('\n- ')}`);
else console.log('Nothing skipped.');
const flaky = existsSync(FLAKY) ? readFileSync(FLAKY, 'utf8').trim() : '';
if (flaky !== '') console.log(`Passed only when tried again (flaky, to be found and fixed):\n- ${flaky.split('\n').join('\n- ')}`);
if (failures.length > 0) console.log(`Failed:\n- ${failures.join('\n- ')}`);
if (failed && counts.failed === 0) counts.failed = 1;
console.log(`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failed ? 1 : 0);
