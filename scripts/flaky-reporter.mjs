// A Vitest reporter for `npm test`: writes the tests that passed only when tried again, one per
// line with the first try's error, to the file named by FLAKY_REPORT, so the summary can name
// them and they get hunted down (a passed test that was retried keeps the errors of its tries).
import { appendFileSync } from 'node:fs';

/** The first line of the first try's error, kept short enough for CI's excerpt. */
function firstError(testCase) {
  const error = testCase.result()?.errors?.[0];
  if (!error) return '';
  const where = error.stacks?.[0] ? ` at ${error.stacks[0].file.split('/').slice(-2).join('/')}:${error.stacks[0].line}` : '';
  return ` — first try: ${String(error.message ?? error).split('\n')[0].slice(0, 300)}${where}`;
}

export default class FlakyReporter {
  onTestCaseResult(testCase) {
    const file = process.env.FLAKY_REPORT;
    if (!file || !testCase.diagnostic()?.flaky) return;
    appendFileSync(file, `${testCase.module.relativeModuleId}: ${testCase.fullName} (tries: ${testCase.diagnostic().retryCount + 1})${firstError(testCase)}\n`);
  }
}
