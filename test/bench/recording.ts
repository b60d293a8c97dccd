// The recorder's part of `npm run bench` (issue 5): bundles recording_child.ts with esbuild and
// runs it in a fresh Node process, printing what it measures (real snapshots' extraction,
// layout and render times; recording on vs off; bytes per recorded step).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = dirname(fileURLToPath(import.meta.url));

export async function runRecordingBench(): Promise<void> {
  console.log('\n## Recording and diagrams of real runs (test/bench/recording_child.ts, issue 5)');
  const dir = mkdtempSync(join(tmpdir(), 'heapbook-recording-'));
  try {
    const out = join(dir, 'recording.mjs');
    await build({ entryPoints: [join(HERE, 'recording_child.ts')], bundle: true, format: 'esm', platform: 'node', target: 'node22', outfile: out, logLevel: 'silent' });
    const r = spawnSync(process.execPath, ['--expose-gc', out, join(HERE, 'programs')], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) {
      console.log(`FAILED (status ${r.status}): ${(r.stderr ?? '').trim().split('\n').slice(0, 8).join('\n')}`);
      return;
    }
    console.log(r.stdout.trimEnd());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await runRecordingBench();
