// Child process of `npm run bench`: the kernel's start-up time, in a fresh Node process.
//   node test/bench/startup_child.ts BUNDLE.mjs [--compile-cache DIR]
//   node test/bench/startup_child.ts BUNDLE.cjs --code-cache
// Measures loading the bundle -> interpreter created -> first output of `print('hello')`.
// Prints one line: "@@RESULT " + JSON of milliseconds.
// An .mjs bundle is imported: with no option, a cold start (V8 compiles everything it runs).
// --compile-cache DIR: Node's compile cache (module.enableCompileCache) in DIR, to measure what a
// host that keeps it gets once DIR is filled (by a first run).
// --code-cache: a CommonJS bundle loaded as the command line's worker loads the kernel
// (kernel/host/code_cache.ts), with the V8 code cache a previous run left beside it; the cache is
// written after the run when there was none (so the first such run makes it).
import { enableCompileCache } from 'node:module';
import { pathToFileURL } from 'node:url';
import { loadBundle } from '../../kernel/host/code_cache.ts';

const bundle = process.argv[2];
const codeCache = process.argv[3] === '--code-cache';
if (process.argv[3] === '--compile-cache') enableCompileCache(process.argv[4]);
const t0 = performance.now();
const loaded = codeCache ? loadBundle<{ createInterpreter: Function }>(bundle) : null;
const kernel = loaded !== null ? loaded.exports : await import(pathToFileURL(bundle).href);
const t1 = performance.now();
let first = 0;
let out = '';
const interp = kernel.createInterpreter({
  argv: ['startup.py'],
  write: (_fd: number, text: string) => {
    if (first === 0) first = performance.now();
    out += text;
  },
});
const t2 = performance.now();
const code = interp.runMain("print('hello')\n", 'startup.py');
const result = {
  importMs: t1 - t0,
  createMs: t2 - t1,
  firstPrintMs: first - t0,
  // performance.now() counts from the process's time origin: node's own start-up included.
  processToFirstPrintMs: first,
  ok: code === 0 && out === 'hello\n',
  cacheUsed: loaded?.cacheUsed ?? false,
};
interp.finalize();
loaded?.save();
process.stdout.write(`@@RESULT ${JSON.stringify(result)}\n`);
