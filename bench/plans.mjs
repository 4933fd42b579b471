// Weekly plans built in-process from random valid profiles, against a baseline measured in the
// same run: merely filtering the library by each profile (position, equipment, conditions) with
// filterExercises, the least any planner must do. Aim (issue 3): at least 2,000 plans a second.
import { pathToFileURL } from 'node:url';
import { importBundled, printTable, seededRandom } from './support.mjs';

const PROFILES = 1000;
const AIM_PLANS_PER_SECOND = 2000;
const MIN_SECONDS = Number(process.env.BENCH_SECONDS ?? 2);

const ENTRY = `
export { buildWeeklyPlan } from './src/core/planner/index.ts';
export { BUILTIN_EXERCISES, filterExercises } from './src/core/library/catalog.ts';
export { PAIN_AREAS, CONDITIONS, MOBILITY_LEVELS, TIMES_OF_DAY, EQUIPMENT, LIKED_ACTIVITIES } from './src/core/profile.ts';
export { SAFETY_QUESTION_IDS } from './src/core/safety.ts';
`;



function makeProfiles(lib, count) {
  const random = seededRandom(20250303);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const some = (values, chance) => values.filter(() => random() < chance);
  return Array.from({ length: count }, () => ({
    painAreas: some(lib.PAIN_AREAS, 0.25),
    conditions: some(lib.CONDITIONS, 0.15),
    mobility: lib.MOBILITY_LEVELS[int(0, 2)],
    floorTransfers: random() < 0.6,
    minutesPerDay: int(5, 90),
    daysPerWeek: int(1, 7),
    preferredTimes: some(lib.TIMES_OF_DAY, 0.4),
    equipment: some(lib.EQUIPMENT, 0.35),
    likes: some(lib.LIKED_ACTIVITIES, 0.3),
    painToday: int(0, 10),
    // Mostly clear screens, a few that ask for clearance or a referral, as at a real intake.
    safety: Object.fromEntries(lib.SAFETY_QUESTION_IDS.map((id) => [id, random() < 0.01])),
    age: random() < 0.8 ? int(18, 95) : undefined,
  }));
}

/** Runs `fn` over every profile until MIN_SECONDS pass; returns operations per second. */
function measure(profiles, fn) {
  for (const profile of profiles) fn(profile); // warm-up
  let done = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < MIN_SECONDS) {
    for (const profile of profiles) fn(profile);
    done += profiles.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return Math.round(done / elapsed);
}

/** Runs the bench and returns its verdict. */
export async function benchPlans() {
  const lib = await importBundled(ENTRY);
  const profiles = makeProfiles(lib, PROFILES);
  const pacing = { mode: 'normal', quotas: [] };
  const plan = (profile) => lib.buildWeeklyPlan({ profile, exercises: lib.BUILTIN_EXERCISES, pacing, weekStart: '2025-03-03', seed: 7 });
  const filter = (profile) => {
    const eligible = lib.filterExercises(lib.BUILTIN_EXERCISES, { equipment: profile.equipment, conditions: profile.conditions });
    return eligible.filter((e) => e.positions.some((p) => p === 'seated' || p === 'lying' || (profile.mobility !== 'wheelchair' && p === 'standing')));
  };
  const baseline = measure(profiles, filter);
  const plans = measure(profiles, plan);
  const ratio = plans / baseline;
  console.log(`\nWeekly plans, ${PROFILES} random valid profiles, ${lib.BUILTIN_EXERCISES.length} exercises, in-process`);
  printTable([
    { operation: 'baseline: filterExercises by profile', 'per second': baseline },
    { operation: 'buildWeeklyPlan', 'per second': plans },
  ]);
  const meets = plans >= AIM_PLANS_PER_SECOND;
  console.log(`${plans} plans/s (aim ≥ ${AIM_PLANS_PER_SECOND}), ${(ratio * 100).toFixed(1)} % of the baseline's rate: ${meets ? 'meets the aim' : 'MISSES the aim'}`);
  return meets;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const meets = await benchPlans();
  process.exitCode = meets ? 0 : 1;
}
