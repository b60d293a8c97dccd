// NON-CPYTHON: loading the kernel's CommonJS bundle with a V8 code cache made after a run, for
// the command line (launch.ts builds the bundle, cli.ts's worker loads it) and for the start-up
// bench (test/bench/startup_child.ts).
//
// V8 compiles a function when it is first called. Node's compile cache (module.enableCompileCache)
// keeps the code made when a file is loaded, which is little more than each module's top level:
// most of the kernel's functions (the compiler, the eval loop, the types' slots) are compiled
// again at every start. A code cache taken from the script after it has run
// (vm.Script#createCachedData) holds every function compiled so far, so a start with it compiles
// almost nothing. The cache is written next to the bundle once, headed by the bundle file's
// identity (size, modification time, inode): V8 itself checks only the source's length and its
// own version, so a cache of another file of the same length would run that file's code. A cache
// of another file, or one V8 rejects, is made again.
// Run by Node itself (type stripping): erasable TypeScript only, Node's modules only.
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * esbuild's options for the kernel's CommonJS bundle (entry kernel/index.ts): what the launcher
 * builds and the start-up bench measures. Whitespace and syntax are minified (less for V8 to
 * read), names are kept (a kernel crash's stack stays readable).
 */
export const KERNEL_BUNDLE_OPTIONS = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22',
  minifyWhitespace: true,
  minifySyntax: true,
} as const;

export interface CachedBundle<T> {
  /** The bundle's module.exports. */
  exports: T;
  /** The code cache was there and V8 took it. */
  readonly cacheUsed: boolean;
  /**
   * Writes the code cache (what is compiled by now) when the bundle had none that V8 took.
   * Call it after a run, so that the cache holds the functions the run compiled. Errors are
   * ignored: a folder that cannot be written to only means slower starts.
   */
  save(): void;
}

/** The code cache file of a bundle. */
export function codeCachePath(bundle: string): string {
  return `${bundle}.v8cache`;
}

/** The bundle file's identity, the first line of its cache. */
function fileKey(path: string): string {
  const s = statSync(path);
  return `heapbook-code-cache ${s.size} ${s.mtimeMs} ${s.ino}\n`;
}

/** The cached data in `cacheFile` when it was made from the file `key` names, else undefined. */
function readCache(cacheFile: string, key: string): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  return data.subarray(0, key.length).toString('latin1') === key ? data.subarray(key.length) : undefined;
}

/** Loads a CommonJS bundle (esbuild --format=cjs) with its code cache, when it has one. */
export function loadBundle<T>(bundle: string): CachedBundle<T> {
  const cacheFile = codeCachePath(bundle);
  const key = fileKey(bundle);
  const source = readFileSync(bundle, 'utf8');
  const cachedData = readCache(cacheFile, key);
  // The wrapper CommonJS gives a module, on a line of its own: lineOffset keeps the bundle's
  // line numbers in stack traces.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, { filename: bundle, cachedData, lineOffset: -1 });
  const cacheUsed = cachedData !== undefined && script.cachedDataRejected === false;
  const module = { exports: {} as T };
  const wrapper = script.runInThisContext() as (e: T, r: NodeJS.Require, m: { exports: T }, f: string, d: string) => void;
  wrapper(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  let saved = cacheUsed;
  return {
    exports: module.exports,
    cacheUsed,
    save(): void {
      if (saved) return;
      saved = true;
      // Written whole under a name of its own, then renamed: a start never reads half a cache.
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, Buffer.concat([Buffer.from(key, 'latin1'), script.createCachedData()]));
        renameSync(tmp, cacheFile);
      } catch {
        rmSync(tmp, { force: true });
      }
    },
  };
}
