// Visit report: a person with a year of daily check-ins (a weekly PEG, a flare now and then), a
// session most days (a stop sign now and then), a stored plan every week and a note a month, on
// SQLite and — when DATABASE_URL names one — on PostgreSQL. The one-page PDF for the whole year,
// as the server makes it (every query, pacing's replay, the insights, core's choices, pdfkit),
// against a baseline measured in the same run, the two alternating: plain queries reading the
// same rows. Aim (issue 11): the report for a year of daily data in at most 500 ms.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { addDays, printTable, seededRandom } from './support.mjs';

const AIM_MS = 500;
const DAYS = 366;
const WARM_UP = 3;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const NOW = '2026-11-24T10:00:00.000Z';
const TODAY = '2026-11-24';
const FROM = addDays(TODAY, -(DAYS - 1));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = `
export { testDatabaseKinds } from './src/db/testing.ts';
export { makeVisitReport } from './src/server/services/report.service.ts';
export { Library } from './src/server/services/library.service.ts';
`;

/** Bundles the server code next to the repository's packages (kept external: pdfkit reads its font files) and imports it. */
async function importServer() {
  const dir = mkdtempSync(join(ROOT, 'bench', '.report-build-'));
  const outfile = join(dir, 'bundle.mjs');
  try {
    await build({ stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile, logLevel: 'warning' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function weekPlan(weekStart) {
  const item = { exerciseId: 'walk-outdoors-flat', pillar: 'aerobic', minutes: 10, estimatedMinutes: 10 };
  const days = Array.from({ length: 7 }, (_, d) => ({
    day: d + 1, date: addDays(weekStart, d), kind: d === 2 || d === 5 ? 'rest' : 'active',
    sessions: d === 2 || d === 5 ? [] : [{ slot: 'morning', minutes: 15, items: [item] }],
  }));
  return JSON.stringify({ status: 'ok', weekStart, days, weeklyMinutes: { stretching: 40, aerobic: 60, strengthening: 30, mind_body: 20 }, reasons: [] });
}

/** A year of one person's rows. */
function yearOf(userId, clinicianId, random) {
  const rows = { checkins: [], exercise_sessions: [], weekly_plans: [], care_notes: [] };
  for (let n = 0; n < DAYS; n++) {
    const day = addDays(FROM, n);
    const at = `${day}T08:00:00.000Z`;
    const pain = Math.min(10, Math.max(0, Math.round(4 + (random() - 0.5) * 5)));
    const peg = n % 7 === 0;
    rows.checkins.push({ id: randomUUID(), user_id: userId, client_id: null, at, local_date: day, pain, flare: pain >= 8 ? 1 : 0, areas: '["lower_back"]', stiffness: pain, sleep: 6, mood: 6, energy: 5, stress: 4, notes: n % 20 === 0 ? 'Something new with my knee' : null, peg_pain: peg ? pain : null, peg_enjoyment: peg ? 5 : null, peg_activity: peg ? 5 : null, something_new: n % 20 === 0 ? 1 : 0, created_at: at, updated_at: at });
    if (random() < 0.85) {
      const stop = random() < 0.01 ? 'dizzy' : null;
      const items = JSON.stringify([{ exerciseId: 'walk-outdoors-flat', minutes: 10, status: 'done', planned: { minutes: 10 } }]);
      rows.exercise_sessions.push({ id: randomUUID(), user_id: userId, client_id: randomUUID(), started_at: `${day}T09:00:00.000Z`, local_date: day, pain_before: pain, pain_after: stop ? null : Math.max(0, pain - 1), items, partial: stop ? 1 : 0, notes: null, stop_reason: stop, tolerance_test: 0, created_at: at });
    }
    if (new Date(`${day}T00:00:00Z`).getUTCDay() === 1) rows.weekly_plans.push({ user_id: userId, week_start: day, plan: weekPlan(day), basis: '{}', created_at: at });
    if (n % 30 === 0) rows.care_notes.push({ id: randomUUID(), patient_id: userId, clinician_id: clinicianId, author_id: userId, client_id: null, body: 'Can we talk about the pool?', created_at: at, read_at: null });
  }
  return rows;
}

async function seed(db) {
  const user = (id, email, name, role) => ({ id, email, name, role, password_hash: 'x', time_zone: 'Europe/Berlin', created_at: NOW, updated_at: NOW });
  const personId = randomUUID();
  const clinicianId = randomUUID();
  await db.insertInto('users').values([user(personId, 'maya@example.org', 'Maya Lind', 'person'), user(clinicianId, 'lena@example.org', 'Lena', 'clinician')]).execute();
  for (const [table, rows] of Object.entries(yearOf(personId, clinicianId, seededRandom(11)))) {
    for (let i = 0; i < rows.length; i += 500) await db.insertInto(table).values(rows.slice(i, i + 500)).execute();
  }
  return { id: personId, email: 'maya@example.org', name: 'Maya Lind', role: 'person', signInComplete: true, timeZone: 'Europe/Berlin', createdAt: NOW, secondFactor: 'off', deviceId: null };
}

/** The baseline: plain queries reading the rows the report is made from. */
function readRows(db, userId) {
  const mine = (table, column = 'user_id') => db.selectFrom(table).selectAll().where(column, '=', userId).execute();
  return Promise.all([mine('checkins'), mine('exercise_sessions'), mine('weekly_plans'), mine('care_notes', 'patient_id'), mine('profiles')]);
}

async function timeMs(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const percentile = (times, p) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];

async function benchKind(server, kind) {
  const handle = await kind.open();
  try {
    const actor = await seed(handle.db);
    const services = { db: handle.db, config: {}, clock: { now: () => NOW }, newId: randomUUID, sessionCache: null };
    const library = new server.Library();
    const report = () => server.makeVisitReport(services, library, actor, actor.id, { from: FROM, to: TODAY });
    const rows = () => readRows(handle.db, actor.id);
    for (let i = 0; i < WARM_UP; i++) await Promise.all([report(), rows()]);
    const times = { report: [], rows: [] };
    for (let i = 0; i < RUNS; i++) {
      times.report.push(await timeMs(report));
      times.rows.push(await timeMs(rows));
    }
    const file = await report();
    const count = (await rows()).reduce((sum, list) => sum + list.length, 0);
    return { kind: kind.name, times, count, bytes: file.pdf.length };
  } finally {
    await handle.close();
  }
}

/** Runs the bench and returns its verdict. */
export async function benchReport() {
  const server = await importServer();
  const results = [];
  for (const kind of server.testDatabaseKinds()) results.push(await benchKind(server, kind));
  console.log(`\nVisit report for a year of daily data; ${RUNS} alternating runs after ${WARM_UP} warm-up`);
  const table = [];
  for (const r of results) {
    const base = percentile(r.times.rows, 50);
    const made = percentile(r.times.report, 50);
    table.push({ database: r.kind, measure: 'plain queries reading its rows (baseline)', size: `${r.count} rows`, p50: base.toFixed(1), p95: percentile(r.times.rows, 95).toFixed(1), 'vs rows': '1.0 ×' });
    table.push({ database: r.kind, measure: 'the one-page PDF (service, replay, insights, pdfkit)', size: `${(r.bytes / 1024).toFixed(0)} KiB`, p50: made.toFixed(1), p95: percentile(r.times.report, 95).toFixed(1), 'vs rows': `${(made / base).toFixed(1)} ×` });
  }
  printTable(table);
  let meets = true;
  for (const r of results) {
    const p95 = percentile(r.times.report, 95);
    meets &&= p95 <= AIM_MS;
    console.log(`${r.kind}: report p95 ${p95.toFixed(1)} ms (aim ≤ ${AIM_MS} ms): ${p95 <= AIM_MS ? 'meets the aim' : 'MISSES the aim'}`);
  }
  return meets;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchReport();
