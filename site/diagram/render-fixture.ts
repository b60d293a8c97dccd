// Renders a snapshot fixture to an .svg file (and a .png with headless Chromium, if present),
// to look at a view while working on it.
//
//   npx tsx site/diagram/render-fixture.ts test/diagram/fixtures/basic.json [--view heap|allocator|gc]
//       [--step N] [--theme light|dark|auto] [--out out.svg] [--png]
//
// A fixture holds one HeapSnapshot, an array of them (steps: --step picks one; all steps are
// laid out first with one placement memory, as a stepping host would), or an array of
// GcPhaseSnapshots (--step picks the phase).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { GcPhaseSnapshot, HeapSnapshot } from '../../kernel/protocol.ts';
import { createPlacementMemory, renderAllocator, renderGc, renderHeap } from './index.ts';
import type { ThemeName } from './theme.ts';

interface Args {
  file: string;
  view: 'heap' | 'allocator' | 'gc';
  step: number;
  theme: ThemeName;
  out: string;
  png: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { file: '', view: 'heap', step: -1, theme: 'light', out: '', png: false };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i];
    if (v === '--view') a.view = argv[++i] as Args['view'];
    else if (v === '--step') a.step = Number(argv[++i]);
    else if (v === '--theme') a.theme = argv[++i] as ThemeName;
    else if (v === '--out') a.out = argv[++i];
    else if (v === '--png') a.png = true;
    else a.file = v;
  }
  if (a.file === '') throw new Error('usage: render-fixture.ts FIXTURE.json [--view heap|allocator|gc] [--step N] [--theme T] [--out F] [--png]');
  if (a.out === '') a.out = `/tmp/${basename(a.file, '.json')}-${a.view}${a.step >= 0 ? '-' + a.step : ''}-${a.theme}.svg`;
  return a;
}

function isGcPhase(x: unknown): x is GcPhaseSnapshot {
  return typeof x === 'object' && x !== null && 'phase' in x && !('frames' in x);
}

function render(a: Args): string {
  const data = JSON.parse(readFileSync(a.file, 'utf8')) as HeapSnapshot | HeapSnapshot[] | GcPhaseSnapshot[];
  const list = Array.isArray(data) ? data : [data];
  const pick = a.step >= 0 ? a.step : list.length - 1;
  const item = list[pick];
  const opts = { theme: a.theme };
  if (isGcPhase(item)) return renderGc(item, opts);
  const snaps = list as HeapSnapshot[];
  if (a.view === 'allocator') return renderAllocator(snaps[pick], opts);
  if (a.view === 'gc') {
    if (snaps[pick].collection == null) throw new Error('this snapshot has no collection in progress');
    return renderGc(snaps[pick].collection!, opts);
  }
  const memory = createPlacementMemory();
  for (let i = 0; i < pick; i++) renderHeap(snaps[i], { ...opts, memory });
  return renderHeap(snaps[pick], { ...opts, memory }).svg;
}

function chromium(): string | null {
  for (const c of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) if (existsSync(c)) return c;
  return null;
}

function toPng(svgPath: string, svg: string): void {
  const bin = chromium();
  if (bin === null) {
    console.log('no chromium found: install it (apt-get install -y chromium) for PNGs');
    return;
  }
  const w = Number(/width="(\d+)"/.exec(svg)![1]);
  const h = Number(/height="(\d+)"/.exec(svg)![1]);
  const png = svgPath.replace(/\.svg$/, '.png');
  execFileSync(bin, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--screenshot=${png}`, `--window-size=${w},${h}`, `file://${resolve(svgPath)}`], { stdio: 'ignore' });
  console.log('wrote', png);
}

const args = parseArgs(process.argv.slice(2));
const svg = render(args);
writeFileSync(args.out, svg);
console.log('wrote', args.out, `(${svg.length} bytes)`);
if (args.png) toPng(args.out, svg);
