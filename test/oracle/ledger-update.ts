// Regenerates test/oracle/ledger.txt from the kernel's current results:
//   npm run ledger-update
// Programs that now match CPython leave the ledger; programs that fail stay with the reason
// already written, and new failures get `not yet implemented (issue N)` chosen by their folder.
import { DEFAULT_HEADER, defaultReason, readLedger, writeLedger, type Ledger } from '../conformance/ledger.ts';
import { bundleKernel, describeMismatch, discoverCases, LEDGER_PATH, runAll } from '../conformance/runner.ts';

const cases = discoverCases();
const old = readLedger(LEDGER_PATH);
const bundle = await bundleKernel();
try {
  const results = runAll(bundle.path, cases);
  const next: Ledger = { header: old.header.length > 0 ? old.header : DEFAULT_HEADER, entries: new Map() };
  let added = 0;
  let kept = 0;
  for (const c of cases) {
    const mismatch = describeMismatch(c, await results.get(c.name)!);
    if (mismatch === null) continue;
    const known = old.entries.get(c.name);
    if (known === undefined) added++;
    else kept++;
    next.entries.set(c.name, { name: c.name, reason: known?.reason || defaultReason(c) });
  }
  const removed = [...old.entries.keys()].filter((name) => !next.entries.has(name));
  writeLedger(LEDGER_PATH, next);
  console.log(
    `ledger: ${next.entries.size} entries (${kept} kept, ${added} added, ${removed.length} removed) of ${cases.length} programs`,
  );
  for (const name of removed) console.log(`  removed: ${name}`);
} finally {
  bundle.dispose();
}
