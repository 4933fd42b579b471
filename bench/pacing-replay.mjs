// Pacing replay: five years of check-ins and sessions replayed from scratch into pacing (what the
// server does when an event lands on a settled day), against a baseline measured in the same run:
// JSON.parse of the same events, the least any replay pays to read them from storage.
// Two workloads: a person who follows the plan (lived through pacing day by day, with noise, the
// odd boom and a flare-up about every two months), and a stress load of random amounts.
// Aim (pacing issue): each five-year replay in at most 20 ms (median after warm-up).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { addDays, importBundled, medianMs as medianOf, printTable, seededRandom } from './support.mjs';


const AIM_MS = 20;
const YEARS = 5;
const WARM_UP = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const medianMs = (fn) => medianOf(fn, { warmUp: WARM_UP, runs: RUNS });
const ENTRY = fileURLToPath(new URL('../src/core/pacing/index.ts', import.meta.url));


/** A small exercise index shaped like the library: two aerobic activities, a stretch, breathing, two strength chains of three. */
function benchIndex() {
  const base = {
    positions: ['standing'],
    equipment: [],
    regions: [],
    level: 1,
    avoidWith: [],
    cautionNote: null,
    steps: [],
    breathing: '',
    feel: '',
    stopIf: '',
    purpose: '',
    dose: {},
    illustration: { start: { view: 'side' }, end: { view: 'side' }, alt: '' },
  };
  const chain = (ids, name) =>
    ids.map((id, i) => ({
      ...base,
      id,
      name: `${name} ${i + 1}`,
      pillar: 'strengthening',
      activity: null,
      easier: ids[i - 1] ?? null,
      harder: ids[i + 1] ?? null,
    }));
  const list = [
    {
      ...base,
      id: 'walk',
      name: 'Walking',
      pillar: 'aerobic',
      activity: 'walking',
      easier: null,
      harder: null,
    },
    {
      ...base,
      id: 'bike',
      name: 'Cycling',
      pillar: 'aerobic',
      activity: 'cycling',
      easier: null,
      harder: null,
    },
    {
      ...base,
      id: 'breathing',
      name: 'Breathing',
      pillar: 'mind_body',
      activity: null,
      easier: null,
      harder: null,
    },
    {
      ...base,
      id: 'stretch',
      name: 'Stretch',
      pillar: 'stretching',
      activity: null,
      easier: null,
      harder: null,
    },
    ...chain(['sit-1', 'sit-2', 'sit-3'], 'Sit to stand'),
    ...chain(['push-1', 'push-2', 'push-3'], 'Push-up'),
  ];
  return new Map(list.map((e) => [e.id, e]));
}



const STRENGTH_DAYS = new Set([1, 3, 5]); // Monday, Wednesday, Friday: never two days in a row

/**
 * Five years lived through pacing, one day at a time: a check-in every day, a session on most days
 * (breathing, a stretch, a walk or a ride, and strength three days a week: 3-5 items) at the planned dose with
 * some noise, now and then a day far over plan, a flare-up about every two months.
 */
function fiveYearsFollowingThePlan(pacing, exercises, first) {
  const random = seededRandom(7);
  let state = pacing.initialPacing();
  const events = [];
  for (let n = 0; n < Math.round(YEARS * 365.25); n++) {
    const localDate = addDays(first, n);
    state = pacing.updatePacing(state, [], { exercises, today: localDate });
    const day = livedDay(pacing.toPacingView(state), localDate, n, random, pacing.quotaFor);
    state = pacing.updatePacing(state, day, { exercises, today: localDate });
    events.push(...day);
  }
  return events;
}

function livedDay(view, localDate, n, random, quotaFor) {
  const flare = random() < 1 / 60;
  const pain = flare ? 7 : 2 + Math.floor(random() * 3);
  const events = [{ kind: 'checkin', at: `${localDate}T07:30:00.000Z`, localDate, pain, flare }];
  if (random() < 0.15) return events;
  const boom = random() < 0.04 ? 2 : 1;
  const aerobic = n % 2 === 0 ? ['walk', 'aerobic:walking'] : ['bike', 'aerobic:cycling'];
  const items = [
    { exerciseId: 'breathing', minutes: 3, status: 'done' },
    { exerciseId: 'stretch', holdSeconds: 30, reps: 2, status: 'done' },
    {
      exerciseId: aerobic[0],
      minutes: Math.max(
        1,
        Math.round(quotaFor(view, aerobic[1]).value * boom * (0.9 + random() * 0.2)),
      ),
      status: 'done',
      feedback: 'right',
    },
  ];
  if (STRENGTH_DAYS.has(n % 7)) {
    for (const root of ['sit-1', 'push-1']) {
      const quota = quotaFor(view, `strength:${root}`, root);
      items.push({
        exerciseId: quota.exerciseId ?? root,
        sets: quota.sets ?? 1,
        reps: quota.value,
        status: 'done',
        feedback: random() < 0.05 ? 'too_hard' : 'right',
      });
    }
  }
  const after = pain + (random() < 0.1 ? 3 : random() < 0.5 ? 1 : 0);
  events.push({
    kind: 'session',
    clientId: `s-${n}`,
    startedAt: `${localDate}T10:00:00.000Z`,
    localDate,
    painBefore: pain,
    painAfter: after,
    items,
  });
  return events;
}

/** Stress: random amounts that ignore the plan, so booms and flares come far more often than in life. */
function fiveYearsOfRandomEvents(first) {
  const random = seededRandom(42);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const events = [];
  for (let n = 0; n < Math.round(YEARS * 365.25); n++) {
    const localDate = addDays(first, n);
    const flare = random() < 1 / 60;
    events.push({
      kind: 'checkin',
      at: `${localDate}T07:30:00.000Z`,
      localDate,
      pain: flare ? 8 : 2 + Math.floor(random() * 3),
      flare,
    });
    if (random() < 0.1) continue;
    const items = [
      { exerciseId: 'stretch', holdSeconds: 30, reps: 2, status: 'done' },
      {
        exerciseId: pick(['walk', 'bike']),
        minutes: 5 + Math.floor(random() * (random() < 0.05 ? 40 : 15)),
        status: 'done',
      },
    ];
    for (let i = Math.floor(random() * 3); i < 3; i++) {
      items.push({
        exerciseId: pick(['sit-1', 'push-1']),
        sets: 1,
        reps: 6 + Math.floor(random() * 10),
        status: random() < 0.9 ? 'done' : 'skipped',
        feedback: pick(['right', 'right', 'too_easy', 'too_hard']),
      });
    }
    const painBefore = 2 + Math.floor(random() * 3);
    events.push({
      kind: 'session',
      clientId: `s-${n}`,
      startedAt: `${localDate}T10:00:00.000Z`,
      localDate,
      painBefore,
      painAfter: painBefore + Math.floor(random() * 4) - 1,
      items,
    });
  }
  return events;
}

function measureReplay(pacing, events, exercises) {
  const today = addDays(events.at(-1).localDate, 1);
  const json = JSON.stringify(events);
  const replay = () => pacing.updatePacing(pacing.initialPacing(), events, { exercises, today });
  const state = replay();
  const changes = state.changes.length + state.current.changes.length;
  return {
    events: events.length,
    parseMs: medianMs(() => JSON.parse(json)),
    ms: medianMs(replay),
    state,
    changes,
    today,
  };
}

/** Runs the bench and returns its verdict. */
export async function benchPacingReplay() {
  const pacing = await importBundled(ENTRY);
  const exercises = benchIndex();
  const first = '2020-01-06';
  const lived = measureReplay(
    pacing,
    fiveYearsFollowingThePlan(pacing, exercises, first),
    exercises,
  );
  const stress = measureReplay(pacing, fiveYearsOfRandomEvents(first), exercises);
  const nextDay = [
    {
      kind: 'checkin',
      at: `${lived.today}T08:00:00.000Z`,
      localDate: lived.today,
      pain: 3,
      flare: false,
    },
  ];
  const dailyMs = medianMs(() =>
    pacing.updatePacing(lived.state, nextDay, { exercises, today: lived.today }),
  );
  const row = (measure, r) => ({
    measure,
    events: r.events ?? 1,
    'JSON.parse ms (baseline)': r.parseMs?.toFixed(2) ?? '',
    'pacing ms': r.ms.toFixed(r.ms < 1 ? 3 : 2),
    ratio: r.parseMs ? `${(r.ms / r.parseMs).toFixed(1)} ×` : '',
  });
  console.log(
    `\nPacing replay: ${YEARS} years into updatePacing(initialPacing(), events); median of ${RUNS} runs after ${WARM_UP} warm-up`,
  );
  printTable([
    row('replay, following the plan', lived),
    row('replay, stress (random amounts)', stress),
    row('one more day into the 5-year state', { ms: dailyMs }),
  ]);
  console.log(
    `state ${(JSON.stringify(lived.state).length / 1024).toFixed(1)} KiB with ${lived.changes} changes kept; quotas now: ${lived.state.current.quotas.map((q) => `${q.activity} ${q.sets && q.sets > 1 ? `${q.sets}×` : ''}${q.value}`).join(', ')}`,
  );
  const meets = lived.ms <= AIM_MS && stress.ms <= AIM_MS;
  console.log(
    `replay ${lived.ms.toFixed(2)} ms, stress ${stress.ms.toFixed(2)} ms (aim ≤ ${AIM_MS} ms each): ${meets ? 'meets the aim' : 'MISSES the aim'}`,
  );
  return meets;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchPacingReplay();
