import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Kernel programs run in-process; on a loaded 2-core machine one can take several seconds.
    testTimeout: 60_000,
    // The conformance suite's closing line comes from its own reporter, after vitest's summary.
    reporters: ['default', './test/conformance/summary-reporter.ts'],
  },
});
