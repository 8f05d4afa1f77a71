/**
 * Prints one closing line, `tests: N passed, N failed, N skipped`, after vitest's own summary: the plain form
 * CI reads to tell a run that tested something from one that ran nothing.
 */
import type { Reporter, TestModule } from 'vitest/node';

/** Vitest reporter that adds the plain closing line. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const mod of modules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
      // A file that failed to load has no tests but must still count as a failure.
      if (mod.state() === 'failed' && !mod.children.size) counts.failed++;
    }
    console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
