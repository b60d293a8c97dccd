// Measures the references CPython 3.11's start-up objects hold that the kernel's start-up does
// not make, and writes kernel/host/startup_refs.ts:
//   npx tsx test/oracle/startup_refs.ts
// One probe prints sys.getrefcount of every builtin type and singleton, the small ints, the
// one-character strings and the empty singletons. It runs five times in `python3 -X utf8` (as
// test/oracle/record.py runs programs; None's count varies by a few from run to run, the
// median is kept) and once in the kernel started without the references; the difference per
// object is what the kernel adds when it starts. Whatever the probe itself holds cancels out.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterpreter } from '../../kernel/index.ts';

const PROBE = `import sys
import builtins

SINGLETONS = ('None', 'True', 'False', 'Ellipsis', 'NotImplemented')


def main():
    for name in dir(builtins):
        value = getattr(builtins, name)
        if isinstance(value, type) or name in SINGLETONS:
            print('builtins', name, sys.getrefcount(value))
    for value in range(-5, 257):
        print('smallInts', value, sys.getrefcount(value))
    for c in range(256):
        value = chr(c)
        print('latin1', c, sys.getrefcount(value))
    value = tuple()
    print('emptyTuple', 0, sys.getrefcount(value))
    value = str()
    print('emptyStr', 0, sys.getrefcount(value))
    value = bytes()
    print('emptyBytes', 0, sys.getrefcount(value))


main()
`;

const OUT = 'kernel/host/startup_refs.ts';

type Counts = Map<string, number>;

function parse(text: string): Counts {
  const counts: Counts = new Map();
  for (const line of text.trim().split('\n')) {
    const [group, key, n] = line.split(' ');
    counts.set(`${group} ${key}`, Number(n));
  }
  return counts;
}

function cpython(): Counts {
  const dir = mkdtempSync(join(tmpdir(), 'heapbook-refs-'));
  try {
    writeFileSync(join(dir, 'probe.py'), PROBE);
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PYTHON')));
    const runs = Array.from({ length: 5 }, () =>
      parse(execFileSync('python3', ['-X', 'utf8', 'probe.py'], { cwd: dir, env, encoding: 'utf8' })));
    const median: Counts = new Map();
    for (const key of runs[0].keys()) {
      const values = runs.map((r) => r.get(key)!).sort((a, b) => a - b);
      median.set(key, values[2]);
    }
    return median;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function kernel(): Counts {
  let out = '';
  const interp = createInterpreter({
    write: (fd, text) => { if (fd === 1) out += text; else process.stderr.write(text); },
    argv: ['probe.py'],
    startupReferences: false,
  });
  const status = interp.runMain(PROBE, 'probe.py');
  interp.finalize();
  if (status !== 0) throw new Error(`the probe failed in the kernel (exit ${status})`);
  return parse(out);
}

const want = cpython();
const have = kernel();
const extra = (key: string): number => {
  const w = want.get(key);
  const h = have.get(key);
  return w === undefined || h === undefined ? 0 : Math.max(0, w - h);
};
const missing = [...want.keys()].filter((k) => !have.has(k));
const builtins = [...want.keys()].filter((k) => k.startsWith('builtins ') && extra(k) > 0)
  .map((k) => `    ${k.slice(9)}: ${extra(k)},`);
/** n values, 16 to a line. */
const series = (group: string, n: number, first: number): string => {
  const values = Array.from({ length: n }, (_, i) => extra(`${group} ${first + i}`));
  const lines: string[] = [];
  for (let i = 0; i < n; i += 16) lines.push(`    ${values.slice(i, i + 16).join(', ')},`);
  return `\n${lines.join('\n')}\n  `;
};
const source = readFileSync(OUT, 'utf8');
const head = source.slice(0, source.indexOf('export const STARTUP_REFERENCES'));
writeFileSync(OUT, `${head}export const STARTUP_REFERENCES: StartupReferences = {
  builtins: {
${builtins.join('\n')}
  },
  smallInts: [${series('smallInts', 262, -5)}],
  latin1: [${series('latin1', 256, 0)}],
  emptyTuple: ${extra('emptyTuple 0')},
  emptyStr: ${extra('emptyStr 0')},
  emptyBytes: ${extra('emptyBytes 0')},
};
`);
console.log(`${OUT}: ${builtins.length} builtins; not in the kernel: ${missing.map((k) => k.split(' ')[1]).join(', ') || 'none'}`);
