/**
 * The kernel worker's URL in the pages' early start (site/components/KernelWorker.astro). The
 * worker is bundled with the page's script (site/cells/client/kernel-client.ts names it, and the
 * Python sources it fetches are emitted with it), so its hashed file name is known only once the
 * build is done: this Astro integration then writes it in place of WORKER_URL_PLACEHOLDER in
 * every built page. Where the placeholder stays (`astro dev`), the page's script starts the
 * worker itself, as it starts every later one.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const WORKER_URL_PLACEHOLDER = '__heapbook_kernel_worker_url__';

/** The built pages, every `.html` file under `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

export function earlyWorkerUrl(): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  return {
    name: 'heapbook:early-worker-url',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        assets = config.build.assets;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const workers = readdirSync(join(out, assets)).filter((f) => /^kernel\.worker-[\w-]+\.js$/.test(f));
        if (workers.length !== 1) throw new Error(`expected one kernel worker in ${assets}/, found ${workers.length}`);
        const url = posix.join(base, assets, workers[0]!);
        for (const file of htmlFiles(out)) {
          const html = readFileSync(file, 'utf8');
          if (html.includes(WORKER_URL_PLACEHOLDER)) writeFileSync(file, html.split(WORKER_URL_PLACEHOLDER).join(url));
        }
      },
    },
  };
}
