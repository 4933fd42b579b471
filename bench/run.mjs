// `npm run bench`: every benchmark, each reporting against a baseline measured in the same run.
import { benchCheckinWrites } from './checkin-writes.mjs';

const results = [['check-in writes', await benchCheckinWrites()]];
console.log('\nSummary');
for (const [name, meets] of results) console.log(`- ${name}: ${meets ? 'meets its aim' : 'misses its aim'}`);
