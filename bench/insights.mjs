// Insights: ten years of one person's journal (3,650 check-ins, 5,000 sessions, a plan for every
// day, a weekly PEG) through buildInsights, against a baseline measured in the same run: the time
// to merely read those rows — SELECT from a temporary better-sqlite3 database, and JSON.parse.
// Aim (insights issue): buildInsights in at most 50 ms (median after warm-up).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { addDays, importBundled, medianMs as medianOf, printTable, seededRandom } from './support.mjs';


const AIM_MS = 50;
const DAYS = 3650;
const SESSIONS = 5000;
const WARM_UP = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const medianMs = (fn) => medianOf(fn, { warmUp: WARM_UP, runs: RUNS });
const ENTRY = fileURLToPath(new URL('../src/core/insights/index.ts', import.meta.url));
const PILLARS = ['stretching', 'aerobic', 'strengthening', 'mind_body'];




const clamp = (x) => Math.min(10, Math.max(0, Math.round(x)));

/** Ten years: a check-in a day (AR(1) pain), 5,000 sessions on about 85 % of days, a plan, a PEG each Sunday. */
function tenYears(first) {
  const random = seededRandom(2024);
  const checkins = [];
  const sessions = [];
  const plannedByDay = {};
  const plannedSessionsByWeek = {};
  const peg = [];
  let carry = 0;
  for (let n = 0; n < DAYS; n++) {
    const localDate = addDays(first, n);
    carry = 0.6 * carry + (random() - 0.5) * 2.4;
    const pain = clamp(5 + carry + Math.sin(n / 60));
    const sleep = clamp(7 - carry + (random() - 0.5) * 4);
    checkins.push({
      localDate,
      localHour: 7 + Math.floor(random() * 14),
      pain,
      flare: pain >= 9,
      sleep,
      mood: clamp(10 - pain),
      energy: clamp(8 - pain / 2),
      stiffness: pain,
      stress: clamp(4 + carry),
    });
    plannedByDay[localDate] = 25;
    if (n % 7 === 0) plannedSessionsByWeek[localDate] = 9;
    if (n % 7 === 6)
      peg.push({ localDate, pain, enjoyment: clamp(pain - 1), activity: clamp(pain + 1) });
    if (random() < 0.15) continue;
    const count = random() < 0.613 ? 2 : 1;
    for (let i = 0; i < count; i++) {
      const pillars = PILLARS.filter(() => random() < 0.5);
      sessions.push({
        localDate,
        painBefore: pain,
        painAfter: clamp(pain - 1 + (random() - 0.5) * 2),
        pillars: pillars.length > 0 ? pillars : ['stretching'],
        minutes: random() < 0.05 ? 30 : 8 + Math.floor(random() * 8),
      });
    }
  }
  return {
    from: first,
    to: addDays(first, DAYS - 1),
    checkins,
    sessions: sessions.slice(0, SESSIONS),
    plannedByDay,
    plannedSessionsByWeek,
    peg,
  };
}

/** The rows as a server would store them, in a temporary SQLite file; returns a reader and a closer. */
function sqliteRows(input) {
  const dir = mkdtempSync(join(tmpdir(), 'pacewise-insights-db-'));
  const db = new Database(join(dir, 'bench.db'));
  db.exec(`CREATE TABLE checkins (user_id INTEGER, local_date TEXT, local_hour INTEGER, pain INTEGER, flare INTEGER,
             sleep INTEGER, mood INTEGER, energy INTEGER, stiffness INTEGER, stress INTEGER);
           CREATE INDEX checkins_user_day ON checkins (user_id, local_date);
           CREATE TABLE sessions (user_id INTEGER, local_date TEXT, pain_before INTEGER, pain_after INTEGER, pillars TEXT, minutes INTEGER);
           CREATE INDEX sessions_user_day ON sessions (user_id, local_date);`);
  const addCheckin = db.prepare('INSERT INTO checkins VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const addSession = db.prepare('INSERT INTO sessions VALUES (1, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const c of input.checkins)
      addCheckin.run(
        c.localDate,
        c.localHour,
        c.pain,
        c.flare ? 1 : 0,
        c.sleep,
        c.mood,
        c.energy,
        c.stiffness,
        c.stress,
      );
    for (const s of input.sessions)
      addSession.run(s.localDate, s.painBefore, s.painAfter, s.pillars.join(','), s.minutes);
  })();
  const checkins = db.prepare(
    'SELECT * FROM checkins WHERE user_id = 1 AND local_date BETWEEN ? AND ? ORDER BY local_date',
  );
  const sessions = db.prepare(
    'SELECT * FROM sessions WHERE user_id = 1 AND local_date BETWEEN ? AND ? ORDER BY local_date',
  );
  return {
    read: () => [checkins.all(input.from, input.to), sessions.all(input.from, input.to)],
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs the bench and returns its verdict. */
export async function benchInsights() {
  const insights = await importBundled(ENTRY);
  const input = tenYears('2015-01-05');
  const rows = input.checkins.length + input.sessions.length;
  const database = sqliteRows(input);
  const selectMs = medianMs(database.read);
  database.close();
  const json = JSON.stringify({ checkins: input.checkins, sessions: input.sessions });
  const parseMs = medianMs(() => JSON.parse(json));
  const insightsMs = medianMs(() => insights.buildInsights(input));
  const result = insights.buildInsights(input);
  const ratio = (ms) => `${(ms / selectMs).toFixed(1)} ×`;
  console.log(
    `\nInsights over ten years (${input.checkins.length} check-ins, ${input.sessions.length} sessions); median of ${RUNS} runs after ${WARM_UP} warm-up`,
  );
  printTable([
    {
      measure: 'SELECT the rows from SQLite (baseline)',
      rows,
      ms: selectMs.toFixed(2),
      'vs SELECT': ratio(selectMs),
    },
    {
      measure: 'JSON.parse the rows (baseline)',
      rows,
      ms: parseMs.toFixed(2),
      'vs SELECT': ratio(parseMs),
    },
    { measure: 'buildInsights', rows, ms: insightsMs.toFixed(2), 'vs SELECT': ratio(insightsMs) },
  ]);
  const claimed = result.patterns
    .filter((p) => p.claimed)
    .map((p) => p.code + (p.pillar ? `:${p.pillar}` : ''));
  console.log(
    `status ${result.status}, ${result.patterns.length} patterns, claimed: ${claimed.join(', ') || 'none'}; ${result.trends.series.pain.length} trend days, ${result.consistency.length} weeks, ${result.peg.weeks.length} PEG weeks`,
  );
  const meets = insightsMs <= AIM_MS;
  console.log(
    `buildInsights ${insightsMs.toFixed(2)} ms (aim ≤ ${AIM_MS} ms), reading the rows ${selectMs.toFixed(2)} ms: ${meets ? 'meets the aim' : 'MISSES the aim'}`,
  );
  return meets;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchInsights();
