// Child process of `npm run bench`: the kernel's start-up time, in a fresh Node process.
//   node test/bench/startup_child.ts BUNDLE.mjs [--compile-cache DIR]
// Measures import of the bundle -> interpreter created -> first output of `print('hello')`.
// Prints one line: "@@RESULT " + JSON of milliseconds.
// --compile-cache DIR: Node's compile cache (module.enableCompileCache) in DIR, to measure what a
// host that keeps V8's code cache gets once DIR is filled (by a first run). `npm run bench` does
// not pass it: the start-up it reports is a cold one.
import { enableCompileCache } from 'node:module';
import { pathToFileURL } from 'node:url';

const url = pathToFileURL(process.argv[2]).href;
if (process.argv[3] === '--compile-cache') enableCompileCache(process.argv[4]);
const t0 = performance.now();
const kernel = await import(url);
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
};
process.stdout.write(`@@RESULT ${JSON.stringify(result)}\n`);
