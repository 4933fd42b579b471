// A Vitest reporter for `npm test`: writes the tests that passed only when tried again, one per
// line, to the file named by FLAKY_REPORT, so the summary can name them and they get hunted down.
import { appendFileSync } from 'node:fs';

export default class FlakyReporter {
  onTestCaseResult(testCase) {
    const file = process.env.FLAKY_REPORT;
    if (!file || !testCase.diagnostic()?.flaky) return;
    appendFileSync(file, `${testCase.module.relativeModuleId}: ${testCase.fullName} (tries: ${testCase.diagnostic().retryCount + 1})\n`);
  }
}
