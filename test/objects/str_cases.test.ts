// The str/bytes/bytearray/complex/number-formatting snippets of str_cases/ on the kernel,
// compared with CPython 3.11's recorded stdout (str_record.py). Each program runs in its own
// process (str_harness.ts), as `heapbook run FILE` would: one interpreter per process.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const dir = join(import.meta.dirname, 'str_cases');
const harness = join(import.meta.dirname, 'str_harness.ts');
const tsx = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');
const cases = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

describe('str cases against CPython 3.11', () => {
  for (const name of cases) {
    it(name, () => {
      const expected = readFileSync(join(dir, name.replace(/\.py$/, '.out')), 'utf8');
      const r = spawnSync(tsx, [harness, join(dir, name)], { encoding: 'utf8', timeout: 120_000 });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(expected);
      expect(r.status).toBe(0);
    }, 130_000);
  }
});
