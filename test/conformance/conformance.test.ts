// The conformance suite: every program of ../shared/conformance and test/py, run through the
// kernel and compared byte for byte with CPython 3.11's stdout, stderr and exit status.
// Known divergences are listed in test/oracle/ledger.txt (see ledger.ts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readLedger } from './ledger.ts';
import {
  bundleKernel,
  describeMismatch,
  discoverCases,
  LEDGER_PATH,
  PROGRAM_TIMEOUT_MS,
  runAll,
  selectCases,
  type KernelBundle,
  type RunResult,
} from './runner.ts';

// Both throw at collection, failing the file loudly: a missing shared/ folder, a malformed ledger.
const allCases = discoverCases();
const ledger = readLedger(LEDGER_PATH);
// Only these are started and tested (HEAPBOOK_CONFORMANCE_FILTER, see selectCases).
const cases = selectCases(allCases);

let bundle: KernelBundle | undefined;
let results = new Map<string, Promise<RunResult>>();

beforeAll(async () => {
  bundle = await bundleKernel();
  results = runAll(bundle.path, cases);
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(results.values());
  bundle?.dispose();
});

// The summary reporter (summary-reporter.ts) counts the tests of this suite.
describe('conformance', () => {
  for (const c of cases) {
    test(
      c.name,
      async (ctx) => {
        const result = await results.get(c.name)!;
        const mismatch = describeMismatch(c, result);
        const known = ledger.entries.get(c.name);
        if (known !== undefined) {
          if (mismatch === null) {
            throw new Error(
              `${c.name} now matches CPython but is listed in test/oracle/ledger.txt ` +
                `(${known.reason}): remove it from the ledger.`,
            );
          }
          ctx.skip(known.reason);
        }
        if (mismatch !== null) throw new Error(`${c.name} differs from CPython 3.11:\n${mismatch}`);
      },
      2 * PROGRAM_TIMEOUT_MS + 10_000,
    );
  }
});

test('the ledger lists only existing programs, each with a reason', () => {
  const names = new Set(allCases.map((c) => c.name));
  const stale = [...ledger.entries.keys()].filter((name) => !names.has(name));
  const unexplained = [...ledger.entries.values()].filter((entry) => entry.reason === '').map((e) => e.name);
  expect(stale, 'ledger entries for programs that do not exist').toEqual([]);
  expect(unexplained, 'ledger entries without a reason').toEqual([]);
});
