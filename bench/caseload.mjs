// Caseload: a clinician with 100 linked patients, each with a year of daily check-ins (a weekly
// PEG), one or two sessions on most days (a stop sign now and then) and a stored plan for every
// week, on SQLite and — when DATABASE_URL names one — on PostgreSQL. The caseload as the server
// computes it (all its queries, the figures, the order, the audit writes) against a baseline
// measured in the same run, the two alternating: one plain query selecting the same window rows.
// Aim (issue 10): the caseload's p95 at most 100 ms.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { sql } from 'kysely';
import { addDays, printTable, seededRandom } from './support.mjs';

const AIM_MS = 100;
const PATIENTS = 100;
const DAYS = 365;
const WARM_UP = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const NOW = '2026-11-24T10:00:00.000Z';
const TODAY = '2026-11-24';
const ZONES = ['Europe/Berlin', 'America/Chicago', 'Pacific/Auckland', 'Asia/Kolkata', 'UTC'];
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = `
export { testDatabaseKinds } from './src/db/testing.ts';
export { getCaseload } from './src/server/services/caseload.service.ts';
`;

/** Bundles the server code it needs next to the repository's packages (kept external) and imports it. */
async function importServer() {
  const dir = mkdtempSync(join(ROOT, 'bench', '.caseload-build-'));
  const outfile = join(dir, 'bundle.mjs');
  try {
    await build({ stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile, logLevel: 'warning' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A stored week: seven days, one or two sessions on five of them, shaped like the planner's. */
function weekPlan(weekStart) {
  const item = { exerciseId: 'seated-march', pillar: 'aerobic', minutes: 8, estimatedMinutes: 8 };
  const days = Array.from({ length: 7 }, (_, d) => ({
    day: d + 1,
    date: addDays(weekStart, d),
    kind: d === 2 || d === 5 ? 'rest' : 'active',
    sessions: d === 2 || d === 5 ? [] : Array.from({ length: d % 2 === 0 ? 2 : 1 }, () => ({ slot: 'morning', minutes: 20, items: [item, item, item, item] })),
  }));
  return JSON.stringify({ status: 'ok', weekStart, days, weeklyMinutes: { stretching: 40, aerobic: 60, strengthening: 30, mind_body: 20 }, reasons: [{ code: 'four_pillars', message: 'All four kinds of movement.' }] });
}

/** One patient's year of rows. */
function yearOf(userId, random) {
  const first = addDays(TODAY, -(DAYS - 1));
  const checkins = [];
  const sessions = [];
  const weeks = [];
  for (let n = 0; n < DAYS; n++) {
    const day = addDays(first, n);
    const at = `${day}T08:00:00.000Z`;
    const pain = Math.min(10, Math.max(0, Math.round(4 + (random() - 0.5) * 5)));
    const peg = n % 7 === 0;
    checkins.push({ id: randomUUID(), user_id: userId, client_id: null, at, local_date: day, pain, flare: pain >= 8 ? 1 : 0, areas: '["lower_back"]', stiffness: pain, sleep: 6, mood: 6, energy: 5, stress: 4, notes: null, peg_pain: peg ? pain : null, peg_enjoyment: peg ? 5 : null, peg_activity: peg ? 5 : null, something_new: 0, created_at: at, updated_at: at });
    const count = random() < 0.15 ? 0 : random() < 0.6 ? 2 : 1;
    for (let s = 0; s < count; s++) {
      const stop = random() < 0.005 ? 'chest_pain' : null;
      sessions.push({ id: randomUUID(), user_id: userId, client_id: randomUUID(), started_at: `${day}T0${9 + s}:00:00.000Z`, local_date: day, pain_before: pain, pain_after: stop ? null : pain, items: '[]', partial: stop ? 1 : 0, notes: null, stop_reason: stop, tolerance_test: 0, created_at: at });
    }
    if (new Date(`${day}T00:00:00Z`).getUTCDay() === 1) weeks.push({ user_id: userId, week_start: day, plan: weekPlan(day), basis: '{}', created_at: at });
  }
  return { checkins, sessions, weeks };
}

async function insertAll(db, table, rows) {
  for (let i = 0; i < rows.length; i += 500) await db.insertInto(table).values(rows.slice(i, i + 500)).execute();
}

/** Seeds a clinician and 100 linked patients with a year each; returns the clinician as the actor. */
async function seed(db, kind) {
  const random = seededRandom(10);
  const clinician = { id: randomUUID(), email: 'lena@example.org', name: 'Lena', role: 'clinician', signInComplete: true, timeZone: 'Europe/Berlin', createdAt: NOW, secondFactor: 'done', deviceId: null };
  const user = (id, email, name, role, zone) => ({ id, email, name, role, password_hash: 'x', time_zone: zone, created_at: NOW, updated_at: NOW });
  await insertAll(db, 'users', [user(clinician.id, clinician.email, 'Lena', 'clinician', 'Europe/Berlin')]);
  for (let p = 0; p < PATIENTS; p++) {
    const id = randomUUID();
    await insertAll(db, 'users', [user(id, `patient${p}@example.org`, `Patient ${p}`, 'person', ZONES[p % ZONES.length])]);
    await insertAll(db, 'care_links', [{ id: randomUUID(), clinician_id: clinician.id, patient_id: id, share_notes: 0, started_at: '2025-11-01T09:00:00.000Z', ended_at: null, ended_by: null }]);
    const year = yearOf(id, random);
    await insertAll(db, 'checkins', year.checkins);
    await insertAll(db, 'exercise_sessions', year.sessions);
    await insertAll(db, 'weekly_plans', year.weeks);
  }
  // A server that has run for a while has planner statistics (autovacuum); a fresh seed does not.
  if (kind === 'postgres') await sql`ANALYZE`.execute(db);
  return clinician;
}

/** The baseline: one plain query selecting the same window rows the caseload reads. */
function plainQuery(db, clinicianId) {
  const from = addDays(TODAY, -30);
  const fromWeek = addDays(TODAY, -30);
  return sql`
    SELECT c.user_id, c.local_date, c.pain, c.flare, NULL AS started_at, NULL AS stop_reason, NULL AS plan
      FROM checkins c JOIN care_links l ON l.patient_id = c.user_id AND l.clinician_id = ${clinicianId} AND l.ended_at IS NULL
      WHERE c.local_date >= ${from}
    UNION ALL
    SELECT s.user_id, s.local_date, NULL, NULL, s.started_at, s.stop_reason, NULL
      FROM exercise_sessions s JOIN care_links l ON l.patient_id = s.user_id AND l.clinician_id = ${clinicianId} AND l.ended_at IS NULL
      WHERE s.local_date >= ${from}
    UNION ALL
    SELECT w.user_id, w.week_start, NULL, NULL, NULL, NULL, w.plan
      FROM weekly_plans w JOIN care_links l ON l.patient_id = w.user_id AND l.clinician_id = ${clinicianId} AND l.ended_at IS NULL
      WHERE w.week_start >= ${fromWeek}`.execute(db);
}

async function timeMs(fn) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const percentile = (times, p) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)];

/** Seeds one database kind, then alternates the caseload and the plain query. */
async function benchKind(server, kind) {
  const handle = await kind.open();
  try {
    const actor = await seed(handle.db, handle.kind);
    const services = { db: handle.db, config: {}, clock: { now: () => NOW }, newId: randomUUID, sessionCache: null };
    const caseload = () => server.getCaseload(services, actor);
    const plain = () => plainQuery(handle.db, actor.id);
    for (let i = 0; i < WARM_UP; i++) await Promise.all([caseload(), plain()].map((p) => p));
    const times = { caseload: [], plain: [] };
    for (let i = 0; i < RUNS; i++) {
      times.caseload.push(await timeMs(caseload));
      times.plain.push(await timeMs(plain));
    }
    const result = await caseload();
    const rows = (await plain()).rows.length;
    return { kind: kind.name, times, rows, items: result.items, stopsFirst: result.items.filter((r) => r.tier === 0).length };
  } finally {
    await handle.close();
  }
}

/** Runs the bench and returns its verdict. */
export async function benchCaseload() {
  const server = await importServer();
  const results = [];
  for (const kind of server.testDatabaseKinds()) results.push(await benchKind(server, kind));
  console.log(`\nCaseload of ${PATIENTS} patients with a year each; ${RUNS} alternating runs after ${WARM_UP} warm-up`);
  const table = [];
  for (const r of results) {
    const p95 = percentile(r.times.caseload, 95);
    const base = percentile(r.times.plain, 95);
    table.push({ database: r.kind, measure: 'plain query of the same window rows (baseline)', rows: r.rows, p50: percentile(r.times.plain, 50).toFixed(1), p95: base.toFixed(1), 'vs plain': '1.0 ×' });
    table.push({ database: r.kind, measure: 'GET caseload (service, all queries, audit)', rows: r.items.length, p50: percentile(r.times.caseload, 50).toFixed(1), p95: p95.toFixed(1), 'vs plain': `${(p95 / base).toFixed(1)} ×` });
  }
  printTable(table);
  let meets = true;
  for (const r of results) {
    const p95 = percentile(r.times.caseload, 95);
    meets &&= p95 <= AIM_MS;
    console.log(`${r.kind}: caseload p95 ${p95.toFixed(1)} ms (aim ≤ ${AIM_MS} ms), ${r.stopsFirst} patients with a stop sign first: ${p95 <= AIM_MS ? 'meets the aim' : 'MISSES the aim'}`);
  }
  return meets;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchCaseload();
