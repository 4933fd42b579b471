// `npm run bench`: every benchmark, each reporting against a baseline measured in the same run.
// Run one with `npm run bench -- checkins|plans|pacing|insights|simulation|caseload|report|first-load|tasks`.
import { benchCaseload } from './caseload.mjs';
import { benchCheckinWrites } from './checkin-writes.mjs';
import { benchFirstLoad } from './first-load.mjs';
import { benchInsights } from './insights.mjs';
import { benchLibrarySearch } from './library-search.mjs';
import { benchPacingReplay } from './pacing-replay.mjs';
import { benchPlans } from './plans.mjs';
import { benchReport } from './report.mjs';
import { benchSimulation } from './simulation.mjs';
import { benchTasks } from './tasks.mjs';

const BENCHES = {
  checkins: ['check-in writes through the server', benchCheckinWrites],
  plans: ['weekly plans per second', benchPlans],
  pacing: ['five years of events replayed into pacing', benchPacingReplay],
  insights: ['insights over ten years of one person', benchInsights],
  'library-search': ['the ranked library search against the old filter', benchLibrarySearch],
  simulation: ['26-week simulations per second', benchSimulation],
  caseload: ['the caseload of 100 patients with a year each', benchCaseload],
  report: ['the visit report for a year of daily data', benchReport],
  'first-load': ['the first page: JavaScript, LCP and opening offline', benchFirstLoad],
  tasks: ['six everyday tasks: taps and machine time on a slow phone', benchTasks],
};

const chosen = process.argv.slice(2).filter((name) => name in BENCHES);
const results = [];
for (const name of chosen.length > 0 ? chosen : Object.keys(BENCHES)) {
  const [title, run] = BENCHES[name];
  results.push([title, await run()]);
}
console.log('\nSummary');
for (const [title, meets] of results) console.log(`- ${title}: ${meets ? 'meets its aim' : 'misses its aim'}`);
