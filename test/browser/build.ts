// Builds the site once into a temporary folder (`astro build --outDir`), for the browser tests
// and the page benchmark; the build runs every cell on the kernel, as `npm run build` does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function buildSite(): string {
  const out = mkdtempSync(join(tmpdir(), 'heapbook-site-'));
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const r = spawnSync(process.execPath, [astro, 'build', '--outDir', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    timeout: 240_000,
  });
  if (r.status !== 0) throw new Error(`astro build failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return out;
}
