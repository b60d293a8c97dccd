/**
 * A Vite plugin for the kernel worker's bundle (astro.config.mjs `vite.worker.plugins`): the
 * Python sources of kernel/lib/ (each file's `source` export) leave the bundle and become files
 * of their own beside it, `pylib-NAME-HASH.txt` (text/plain, which every host compresses); the
 * bundle keeps a marker naming the file, which the worker fetches when the module is first
 * imported (site/cells/worker/lib-on-demand.ts). The kernel's deferred texts (DEFERRED below,
 * read through kernel/host/deferred_data.ts) leave it the same way, as `data-NAME-HASH.txt`,
 * fetched when first used. Only for `astro build`: `astro dev` serves the worker unbundled,
 * sources included.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, posix } from 'node:path';
import type { Plugin } from 'vite';
import { LIB_MARKER } from '../worker/lib-on-demand.ts';

const LIB_FILE = /[/\\]kernel[/\\]lib[/\\]([^/\\]+)\.ts$/;

/**
 * The kernel's large texts that few programs need, by file (under kernel/): the constant that
 * holds each, a template literal the kernel reads only through `deferredData`.
 */
export const DEFERRED: ReadonlyMap<string, string> = new Map([
  ['compile/unicode_names.ts', 'TABLE'],
  ['modules/_sitebuiltins_license.ts', 'licenseText'],
]);

/** The file name (in the build's assets folder) of a module's source (or, with `data-`, a text). */
function assetName(assetsDir: string, module: string, text: string, prefix = 'pylib-'): string {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
  return posix.join(assetsDir, `${prefix}${module.replace(/[^\w.-]/g, '_')}-${hash}.txt`);
}

/**
 * The string constants a kernel/lib file exports, `export const NAME = String.raw`…`;` (no
 * substitutions, so the value is the raw text), or null when the file holds anything else
 * besides comments: it is then bundled as it is.
 */
export function stringExports(file: string): Map<string, string> | null {
  const exports = new Map<string, string>();
  const rest = file.replace(/export const (\w+) = String\.raw`([^`]*)`;/g, (_, name: string, raw: string) => {
    if (raw.includes('${')) return '\u0000';
    exports.set(name, raw.replace(/\r\n?/g, '\n'));
    return '';
  });
  const leftover = rest.replace(/\/\*[^]*?\*\//g, '').replace(/\/\/.*$/gm, '').trim();
  return leftover === '' && exports.size > 0 ? exports : null;
}

/**
 * The value of `const NAME = String.raw`...`;` (or a plain template literal with no escapes or
 * substitutions, whose value is its text) in a file, and where the literal is; null if absent.
 */
export function deferredConstant(file: string, name: string): { value: string; start: number; end: number } | null {
  const m = new RegExp(`(?:^|\\n)(?:export )?const ${name} = (String\\.raw)?\`([^\`]*)\`;`).exec(file);
  if (m === null) return null;
  const raw = m[2]!;
  if (raw.includes('${') || (m[1] === undefined && raw.includes('\\'))) return null;
  const end = m.index + m[0].length - 1;
  return { value: raw.replace(/\r\n?/g, '\n'), start: end - raw.length - 2 - (m[1]?.length ?? 0), end };
}

/** Which of DEFERRED a module id is, by its path under kernel/. */
function deferredOf(path: string): string | undefined {
  const m = /[/\\]kernel[/\\](.+)$/.exec(path);
  return m === null ? undefined : DEFERRED.get(m[1]!.replace(/\\/g, '/'));
}

export function libOnDemand(): Plugin {
  let assetsDir = 'assets';
  /** Asset file names, as written into markers (fixed up per chunk in renderChunk). */
  const emitted = new Set<string>();
  return {
    name: 'heapbook:lib-on-demand',
    apply: 'build',
    configResolved(config) {
      assetsDir = config.build.assetsDir;
    },
    async load(id) {
      const path = id.split('?')[0]!;
      const constant = deferredOf(path);
      if (constant !== undefined) {
        const file = readFileSync(path, 'utf8');
        const found = deferredConstant(file, constant);
        if (found === null) this.error(`${path}: no \`const ${constant} = \`...\`\` for the worker to fetch on first use`);
        const fileName = assetName(assetsDir, basename(path, '.ts'), found.value, 'data-');
        this.emitFile({ type: 'asset', fileName, source: found.value });
        emitted.add(fileName);
        return file.slice(0, found.start) + JSON.stringify(LIB_MARKER + fileName) + file.slice(found.end);
      }
      const m = LIB_FILE.exec(path);
      if (m === null || m[1] === 'index') return null;
      const exports = stringExports(readFileSync(path, 'utf8'));
      if (exports === null) return null;
      const lines: string[] = [];
      for (const [name, value] of exports) {
        if (name === 'source' && typeof value === 'string') {
          const fileName = assetName(assetsDir, m[1]!, value);
          this.emitFile({ type: 'asset', fileName, source: value });
          emitted.add(fileName);
          lines.push(`export const source = ${JSON.stringify(LIB_MARKER + fileName)};`);
        } else {
          lines.push(`export const ${name} = ${JSON.stringify(value)};`);
        }
      }
      return lines.join('\n');
    },
    renderChunk(code, chunk) {
      // Markers name their file relative to the worker's script, wherever the site is served.
      const from = dirname(chunk.fileName);
      let out = code;
      for (const f of emitted) if (out.includes(f)) out = out.split(f).join(posix.relative(from, f));
      return out === code ? null : { code: out, map: null };
    },
  };
}
