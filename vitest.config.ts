import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The conformance suite's closing line comes from its own reporter, after vitest's summary.
    reporters: ['default', './test/conformance/summary-reporter.ts'],
  },
});
