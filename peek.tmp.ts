import { BUILTIN_EXERCISES } from './src/core/library/catalog.js';
import { buildExerciseSearch } from './src/core/library/exercise-search.js';
const s = buildExerciseSearch(BUILTIN_EXERCISES);
for (const q of process.argv.slice(2)) {
  const r = s.find({ q });
  console.log(`\n== ${q}: ${r.length}`);
  console.log(r.slice(0, 40).map((e) => `${e.name} [${e.regions.join(',')}]`).join('\n'));
}
