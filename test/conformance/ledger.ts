// test/oracle/ledger.txt: the programs whose divergence from CPython is known, one per line:
//   conformance/gc/get_count.py  # not yet implemented (issue 4)
// Lines starting with '#' and blank lines are comments.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Case } from './runner.ts';

export interface LedgerEntry {
  name: string;
  reason: string;
}

export interface Ledger {
  /** Comment lines before the first entry, kept when the ledger is rewritten. */
  header: string[];
  entries: Map<string, LedgerEntry>;
}

export function readLedger(path: string): Ledger {
  const ledger: Ledger = { header: [], entries: new Map() };
  if (!existsSync(path)) return ledger;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) {
      if (ledger.entries.size === 0 && line !== '') ledger.header.push(line);
      continue;
    }
    const hash = line.indexOf('#');
    const name = (hash < 0 ? line : line.slice(0, hash)).trim();
    const reason = hash < 0 ? '' : line.slice(hash + 1).trim();
    if (ledger.entries.has(name)) throw new Error(`${path}: ${name} is listed twice`);
    ledger.entries.set(name, { name, reason });
  }
  return ledger;
}

export function writeLedger(path: string, ledger: Ledger): void {
  const names = [...ledger.entries.keys()].sort();
  const width = Math.max(0, ...names.map((name) => name.length));
  const lines = names.map((name) => `${name.padEnd(width)}  # ${ledger.entries.get(name)!.reason}`);
  writeFileSync(path, [...ledger.header, ...lines].join('\n') + '\n');
}

/** The issue that tracks a case's area while the kernel is being built. */
export function defaultReason(c: Case): string {
  const issue = ['sizeof', 'identity', 'allocator'].includes(c.area)
    ? 3
    : ['gc', 'finalizers', 'weakref'].includes(c.area)
      ? 4
      : 2;
  return `not yet implemented (issue ${issue})`;
}

export const DEFAULT_HEADER = [
  '# Known divergences from CPython 3.11: one program per line, `PATH  # reason (issue N)`.',
  '# A listed program that fails is expected; a listed program that passes fails the suite (remove it).',
  '# Regenerate with `npm run ledger-update` (keeps the reasons already written).',
];
