// Prints the conformance suite's closing line after vitest's own summary:
//   conformance: N passed, M failed, K skipped
// passed: matches CPython; failed: unexpected results (unlisted failures, listed programs that
// now pass); skipped: known divergences listed in test/oracle/ledger.txt.
import type { Reporter, TestModule } from 'vitest/node';

export default class ConformanceSummary implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const reasons = new Map<string, number>();
    let seen = false;
    for (const module of testModules) {
      if (!module.moduleId.replaceAll('\\', '/').endsWith('test/conformance/conformance.test.ts')) continue;
      seen = true;
      const failedBefore = counts.failed;
      for (const testCase of module.children.allTests()) {
        if (testCase.parent.type !== 'suite' || testCase.parent.name !== 'conformance') continue;
        const result = testCase.result();
        if (result.state === 'passed') counts.passed++;
        else if (result.state === 'skipped') {
          counts.skipped++;
          const reason = result.note ?? 'skipped';
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        } else counts.failed++;
      }
      // A failure outside the tests (collection, a hook such as the kernel build) fails them all.
      if (module.state() === 'failed' && counts.failed === failedBefore) counts.failed++;
    }
    if (!seen) return;
    const lines = [...reasons].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `  ${String(n).padStart(4)}  ${reason}`);
    if (lines.length > 0) lines.unshift('Ledgered (known) divergences by reason:');
    lines.push(`conformance: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}
