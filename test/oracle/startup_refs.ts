// Measures the references CPython 3.11's start-up objects hold that the kernel's start-up does
// not make, and writes kernel/host/startup_refs.ts:
//   npx tsx test/oracle/startup_refs.ts
// One probe prints sys.getrefcount of every builtin type and singleton, the small ints, the
// one-character strings and the empty singletons, another that of the static identifiers (the
// interned strings 3.11 allocates statically, kernel/objects/unicodeobject.ts
// staticIdentifierTexts: interning a fresh copy of the text gives the static object). Each runs
// nine times in `python3 -X utf8` (as test/oracle/record.py runs programs; None's count varies by
// a few from run to run, and so do those of the names 3.11's type attribute cache holds: the
// median is kept) and once in the kernel started without the references; the difference per
// object is what the kernel adds when it starts. Whatever the probe itself holds cancels out.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterpreter } from '../../kernel/index.ts';
import { staticIdentifierTexts } from '../../kernel/objects/unicodeobject.ts';

const STATIC_IDENTIFIERS = staticIdentifierTexts();
/** What a static object's count starts from (_PyObject_IMMORTAL_INIT). */
const IMMORTAL_INIT = 999_999_999;

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

/**
 * The static identifiers' probe, a program of its own. Its code is compiled by compile() before
 * it runs: CPython's parser arena, which holds references to every identifier of the source
 * (several to some) and which the kernel's does not model, is gone by then, as for a module
 * imported from a file. The script's own arena stays alive while it runs: the script is one line,
 * and the counts of the names it holds (SCRIPT_NAMES) are taken from a run that imports the code
 * instead (importlib compiles it, no arena is alive when it runs).
 */
const STATIC_CODE = `import sys


def static_identifiers(texts):
    for i, text in enumerate(texts.split()):
        print('static', i, sys.getrefcount(sys.intern(text)))


static_identifiers('''
${STATIC_IDENTIFIERS.join('\n')}
''')
`;
const STATIC_PROBE = `exec(compile(${JSON.stringify(STATIC_CODE)}, 'probe', 'exec'))\n`;
const SCRIPT_NAMES = ['exec', 'compile'];

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

/** Runs per CPython measurement: counts the type attribute cache holds vary from run to run. */
const RUNS = 15;

/**
 * The environment test/oracle/record.py runs CPython in, from a shell: no PYTHON* variable, and
 * none of those npx adds. Some counts depend on it (the number of variables, HOME).
 */
function shellEnvironment(): NodeJS.ProcessEnv {
  const npx = /^(npm_|INIT_CWD$|NODE$|COLOR$|EDITOR$)/;
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PYTHON') && !npx.test(k)));
  env.PATH = (env.PATH ?? '').split(':').filter((dir) => !dir.includes('node_modules')).join(':');
  return env;
}

/** The median over RUNS runs of `python3 -X utf8 ARGS` in a folder holding `files`. */
function cpython(files: Record<string, string>, args: string[]): Counts {
  const dir = mkdtempSync(join(tmpdir(), 'heapbook-refs-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const env = shellEnvironment();
    const runs = Array.from({ length: RUNS }, () =>
      parse(execFileSync('python3', ['-X', 'utf8', ...args], { cwd: dir, env, encoding: 'utf8' })));
    const median: Counts = new Map();
    for (const key of runs[0].keys()) {
      const values = runs.map((r) => r.get(key)!).sort((a, b) => a - b);
      median.set(key, values[RUNS >> 1]);
    }
    return median;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CPython's counts: the probe's, then the static identifiers' (see STATIC_CODE). */
function cpythonProbes(): Counts {
  const counts = cpython({ 'probe.py': PROBE }, ['probe.py']);
  const statics = cpython({ 'probe.py': STATIC_PROBE }, ['probe.py']);
  const imported = cpython({ 'probe_code.py': STATIC_CODE }, ['-c', 'import probe_code']);
  for (const name of SCRIPT_NAMES) {
    const key = `static ${STATIC_IDENTIFIERS.indexOf(name)}`;
    statics.set(key, imported.get(key)!);
  }
  for (const [key, n] of statics) counts.set(key, n);
  return counts;
}

/**
 * The kernel's counts. The static identifiers' probe runs first: the static objects outlive an
 * interpreter, and so do some references to them (print's keyword names, made on its first
 * call), which a second interpreter would find made already. The other probe's objects are
 * made again by each interpreter.
 */
function kernelProbes(): Counts {
  const counts = kernel(STATIC_PROBE);
  for (const [key, n] of kernel(PROBE)) counts.set(key, n);
  return counts;
}

function kernel(probe: string): Counts {
  let out = '';
  const interp = createInterpreter({
    write: (fd, text) => { if (fd === 1) out += text; else process.stderr.write(text); },
    argv: ['probe.py'],
    startupReferences: false,
  });
  const status = interp.runMain(probe, 'probe.py');
  interp.finalize();
  if (status !== 0) throw new Error(`the probe failed in the kernel (exit ${status})`);
  return parse(out);
}

const want = cpythonProbes();
const have = kernelProbes();
const extra = (key: string): number => {
  const w = want.get(key);
  const h = have.get(key);
  return w === undefined || h === undefined ? 0 : Math.max(0, w - h);
};
const missing = [...want.keys()].filter((k) => !have.has(k));
const staticKeys = STATIC_IDENTIFIERS.map((_, i) => `static ${i}`);
// A text the kernel makes static whose CPython object is not static: its count is not comparable.
const notStatic = STATIC_IDENTIFIERS.filter((_, i) => (want.get(staticKeys[i]) ?? 0) < IMMORTAL_INIT);
const negative = STATIC_IDENTIFIERS.filter((_, i) => want.get(staticKeys[i])! < have.get(staticKeys[i])!);
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
  staticIdentifiers: [${series('static', STATIC_IDENTIFIERS.length, 0)}],
};
`);
console.log(`${OUT}: ${builtins.length} builtins; not in the kernel: ${missing.map((k) => k.split(' ')[1]).join(', ') || 'none'}`);
console.log(`${STATIC_IDENTIFIERS.length} static identifiers; ` +
  `${negative.length} held more in the kernel than in CPython (0 added)` +
  `${negative.length > 0 ? ` (${negative.slice(0, 20).join(', ')}${negative.length > 20 ? ', ...' : ''})` : ''}; ` +
  `not static in CPython: ${notStatic.join(', ') || 'none'}`);
