import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

/**
 * Names every journey that needed a retry to pass (or failed even after it), so a flaky test is
 * seen in CI's log rather than hidden by the retry.
 */
export default class RetryReporter implements Reporter {
  private readonly retried = new Map<string, { title: string; attempts: number; finalStatus: TestResult["status"] }>();

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.retry === 0 && result.status === "passed") return;
    const title = `${test.location.file.split(/[\\/]/).slice(-1)[0]}:${test.location.line} › ${test.titlePath().slice(2).join(" › ")}`;
    if (result.retry > 0 || this.retried.has(test.id)) {
      this.retried.set(test.id, { title, attempts: result.retry + 1, finalStatus: result.status });
    }
  }

  onEnd(result: FullResult) {
    const lines = [...this.retried.values()];
    if (lines.length === 0) {
      console.log(`\nRetries: no journey needed a retry (run ${result.status}).`);
      return;
    }
    console.log(`\nRetries: ${lines.length} journey(s) needed a retry:`);
    for (const line of lines) {
      const verdict = line.finalStatus === "passed" ? "flaky: passed on retry" : `still ${line.finalStatus} after ${line.attempts} attempts`;
      console.log(`  - ${line.title} (${verdict})`);
    }
  }
}
