// NON-CPYTHON: the command line's launcher (`npm run heapbook`). Loading cli.ts and the ~300
// TypeScript files of the kernel through a TypeScript loader costs most of a second at every
// start; this launcher bundles them once with esbuild into a cache folder, then imports the
// bundle, which the worker thread loads too (cli.ts), with Node's compile cache keeping V8's
// compiled code between runs. The bundle is made again when a source file changes (its name is
// a stamp of the sources' paths, sizes and modification times).
// Run by Node itself (type stripping): erasable TypeScript only, Node's modules and esbuild.
//   node kernel/host/launch.ts [cli arguments]     HEAPBOOK_CACHE=DIR: the cache folder
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** What the command line's bundle is made from. */
const SOURCES = ['kernel', join('site', 'diagram')];
const CACHE = process.env.HEAPBOOK_CACHE ?? join(ROOT, 'node_modules', '.cache', 'heapbook');

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
  if (existsSync(join(dir, 'cli.mjs'))) return dir;
  mkdirSync(CACHE, { recursive: true });
  const tmp = join(CACHE, `${stamp}.${process.pid}.tmp`);
  const { build } = await import('esbuild');
  await build({
    entryPoints: { cli: join(ROOT, 'kernel', 'host', 'cli.ts') },
    bundle: true,
    // The kernel is a chunk of its own: the main thread, which runs no Python, never loads it.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  });
  try {
    renameSync(tmp, dir);
  } catch {
    // Another launch put its bundle there first.
    rmSync(tmp, { recursive: true, force: true });
  }
  // Bundles of older sources are not needed any more.
  for (const old of readdirSync(CACHE)) if (old !== stamp && old !== 'v8' && !old.endsWith('.tmp')) rmSync(join(CACHE, old), { recursive: true, force: true });
  return dir;
}

const dir = await bundleFor(sourceStamp());
enableCompileCache(join(CACHE, 'v8'));
await import(pathToFileURL(join(dir, 'cli.mjs')).href);
