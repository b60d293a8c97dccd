// NON-CPYTHON: the command line's launcher (`npm run heapbook`). Loading cli.ts and the ~300
// TypeScript files of the kernel through a TypeScript loader costs most of a second at every
// start; this launcher bundles them once with esbuild into a cache folder: the command line
// (cli.mjs, with Node's compile cache keeping V8's compiled code between runs) and the kernel as
// a CommonJS bundle (kernel.cjs) that cli.ts's worker loads with a V8 code cache made after its
// first run (code_cache.ts). Both are made again when a source file changes (their folder's name
// is a stamp of the sources' paths, sizes and modification times).
// Run by Node itself (type stripping): erasable TypeScript only, Node's modules and esbuild.
//   node kernel/host/launch.ts [cli arguments]     HEAPBOOK_CACHE=DIR: the cache folder
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { KERNEL_BUNDLE_OPTIONS } from './code_cache.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** What the command line's bundle is made from. */
const SOURCES = ['kernel', join('site', 'diagram')];
const CACHE = process.env.HEAPBOOK_CACHE ?? join(ROOT, 'node_modules', '.cache', 'heapbook');
/**
 * A bundle of older sources is removed when no launch has started from it for this long (a
 * command line still running from it may start its worker again: a REPL after a kill).
 */
const STALE_MS = 60 * 60 * 1000;

/** A stamp of the sources: path, size and modification time of every file. */
function sourceStamp(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile()) {
        const s = statSync(path);
        hash.update(`${relative(ROOT, path)}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  for (const s of SOURCES) walk(join(ROOT, s));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The bundle's folder for `stamp`, made when missing: built in a folder of its own, then
 * renamed into place (two launches building at once both end with a complete bundle).
 */
async function bundleFor(stamp: string): Promise<string> {
  const dir = join(CACHE, stamp);
  if (existsSync(join(dir, 'cli.mjs')) && existsSync(join(dir, 'kernel.cjs'))) return dir;
  mkdirSync(CACHE, { recursive: true });
  const tmp = join(CACHE, `${stamp}.${process.pid}.tmp`);
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(ROOT, 'kernel', 'host', 'cli.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    outfile: join(tmp, 'cli.mjs'),
    // The worker loads the kernel from kernel.cjs (HEAPBOOK_KERNEL_BUNDLE), never through
    // cli.ts's import of the kernel's modules: that import stays out of the bundle.
    plugins: [{ name: 'kernel-apart', setup: (b) => b.onResolve({ filter: /^\.\.\/index\.ts$/ }, (a) => (a.importer.endsWith('cli.ts') ? { path: a.path, external: true } : undefined)) }],
    logLevel: 'error',
  });
  await build({ ...KERNEL_BUNDLE_OPTIONS, entryPoints: [join(ROOT, 'kernel', 'index.ts')], outfile: join(tmp, 'kernel.cjs'), logLevel: 'error' });
  try {
    renameSync(tmp, dir);
  } catch {
    // Another launch put its bundle there first.
    rmSync(tmp, { recursive: true, force: true });
  }
  removeStale(stamp);
  return dir;
}

/** Removes the bundles of older sources that no launch has started from lately. */
function removeStale(stamp: string): void {
  const now = Date.now();
  for (const old of readdirSync(CACHE)) {
    if (old === stamp || old === 'v8' || old.endsWith('.tmp')) continue;
    const path = join(CACHE, old);
    try {
      if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another launch removed it meanwhile.
    }
  }
}

const dir = await bundleFor(sourceStamp());
// This bundle was started from now (see removeStale).
utimesSync(dir, new Date(), new Date());
enableCompileCache(join(CACHE, 'v8'));
process.env.HEAPBOOK_KERNEL_BUNDLE = join(dir, 'kernel.cjs');
await import(pathToFileURL(join(dir, 'cli.mjs')).href);
