// kernel/host/code_cache.ts: a CommonJS bundle loaded through node:vm with the V8 code cache that
// a previous load saved after running; a cache that is not the bundle's, or that V8 does not
// take, is made again. Each load runs in a fresh Node process, as the command line's do (within
// one process V8 reuses what it compiled and never reads a cache again).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { codeCachePath } from '../../kernel/host/code_cache.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'heapbook-code-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const child = join(dir, 'child.mjs');
writeFileSync(
  child,
  `import { loadBundle } from ${JSON.stringify(pathToFileURL(join(root, 'kernel', 'host', 'code_cache.ts')).href)};
const b = loadBundle(process.argv[2]);
const value = b.exports.square(Number(process.argv[3]));
b.save();
console.log(JSON.stringify({ cacheUsed: b.cacheUsed, value, file: b.exports.file, hasRequire: b.exports.hasRequire, line: b.exports.line() }));
`,
);

/** Loads the bundle in a fresh process, calls square(n), saves the cache. */
function load(bundle: string, n: number): { cacheUsed: boolean; value: number; file: string; hasRequire: boolean; line: number } {
  const r = spawnSync(process.execPath, [child, bundle, String(n)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

function writeBundle(name: string, factor: number): string {
  const path = join(dir, name);
  // square is compiled lazily, at its first call: a cache saved after the call holds it.
  writeFileSync(path, `exports.square = function (n) { return n * n * ${factor}; };\nexports.file = __filename;\nexports.hasRequire = typeof require('node:path').join === 'function';\nexports.line = function () { return Number(/:(\\d+):\\d+\\)?$/.exec(new Error().stack.split('\\n')[1])[1]); };\n`);
  return path;
}

describe('loadBundle', () => {
  it('runs the bundle as a CommonJS module; the first load saves the cache, the next ones take it', () => {
    const path = writeBundle('a.cjs', 1);
    // Stack traces give the bundle's own line numbers (line 4 makes the Error).
    expect(load(path, 7)).toEqual({ cacheUsed: false, value: 49, file: path, hasRequire: true, line: 4 });
    const written = statSync(codeCachePath(path));
    expect(written.size).toBeGreaterThan(0);
    expect(load(path, 3)).toMatchObject({ cacheUsed: true, value: 9 });
    // A cache that was taken is not written again.
    expect(statSync(codeCachePath(path)).mtimeMs).toBe(written.mtimeMs);
  });

  it('makes the cache again when it is not one V8 takes: damaged, or cut short', () => {
    const path = writeBundle('b.cjs', 1);
    writeFileSync(codeCachePath(path), 'not a code cache');
    expect(load(path, 5)).toMatchObject({ cacheUsed: false, value: 25 });
    const whole = readFileSync(codeCachePath(path));
    expect(load(path, 5)).toMatchObject({ cacheUsed: true, value: 25 });
    // Cut short, the file's identity at its head still right: V8 rejects it.
    writeFileSync(codeCachePath(path), whole.subarray(0, whole.length - 16));
    expect(load(path, 6)).toMatchObject({ cacheUsed: false, value: 36 });
    expect(readFileSync(codeCachePath(path)).length).toBe(whole.length);
    expect(load(path, 6)).toMatchObject({ cacheUsed: true, value: 36 });
  });

  it('does not take the cache of an earlier file of the same length (V8 would, and run its code)', () => {
    const path = writeBundle('c.cjs', 1);
    load(path, 5);
    expect(load(path, 5)).toMatchObject({ cacheUsed: true, value: 25 });
    writeBundle('c.cjs', 2);
    expect(load(path, 5)).toMatchObject({ cacheUsed: false, value: 50 });
    expect(load(path, 5)).toMatchObject({ cacheUsed: true, value: 50 });
  });
});
