// Summarises a V8 .cpuprofile (node --cpu-prof) of a kernel bundle built with a source map:
// self time by function and by source file, and the callees of chosen functions.
//   npx esbuild kernel/index.ts --bundle --format=esm --platform=node --sourcemap --outfile=/tmp/st/kernel.mjs
//   node --cpu-prof --cpu-prof-interval 100 --cpu-prof-dir=/tmp/st/prof test/bench/startup_child.ts /tmp/st/kernel.mjs
//   node test/bench/cpuprofile_summary.ts /tmp/st/prof/*.cpuprofile --map /tmp/st/kernel.mjs.map [--under createInterpreter] [--top 40]
// Several profiles are averaged. Caveats: the profiler slows everything down, and the time V8 spends
// compiling a function lazily is counted to its caller, so compare runs with each other only.
import { readFileSync } from 'node:fs';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const mapFile = option('--map');
const under = option('--under');
const top = Number(option('--top') ?? 40);
// @jridgewell/trace-mapping comes with the build tools (Vite, esbuild's users), not as a dependency.
const { TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping');
const map = mapFile === undefined ? null : new TraceMap(readFileSync(mapFile, 'utf8'));
/** The bundle the map is for: only its frames are mapped. */
const bundleName = (mapFile ?? '').replace(/\.map$/, '').split('/').pop()!;

/** "kernel/dir/file.ts:line" through the source map, else the profile's own url and line. */
function where(cf: CallFrame): string {
  if (map !== null && cf.lineNumber >= 0 && cf.url.endsWith(bundleName)) {
    const o = originalPositionFor(map, { line: cf.lineNumber + 1, column: cf.columnNumber });
    if (o.source !== null) return `${o.source.replace(/^.*?kernel\//, 'kernel/')}:${o.line}`;
  }
  return `${cf.url.split('/').pop()}:${cf.lineNumber + 1}`;
}

const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
const callees = new Map<string, number>();
const add = (m: Map<string, number>, k: string, v: number): void => {
  m.set(k, (m.get(k) ?? 0) + v);
};

for (const file of args) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i + 1] ?? 0) / 1000));
  const total = (id: number): number => (self.get(id) ?? 0) + (nodes.get(id)!.children ?? []).reduce((s, c) => s + total(c), 0);
  const visit = (id: number): void => {
    const n = nodes.get(id)!;
    const w = where(n.callFrame);
    add(byFunction, `${n.callFrame.functionName || '(anonymous)'} ${w}`, self.get(id) ?? 0);
    add(byFile, w.replace(/:\d+$/, ''), self.get(id) ?? 0);
    for (const c of n.children ?? []) visit(c);
  };
  const roots = under === undefined ? [p.nodes[0]] : p.nodes.filter((n) => n.callFrame.functionName === under);
  for (const r of roots) {
    visit(r.id);
    if (under === undefined) continue;
    for (const c of r.children ?? []) {
      const cf = nodes.get(c)!.callFrame;
      add(callees, `${cf.functionName || '(anonymous)'} ${where(cf)}`, total(c));
    }
  }
}

const print = (title: string, m: Map<string, number>): void => {
  console.log(`--- ${title} (ms per profile)`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log((v / args.length).toFixed(2).padStart(8), k);
};
print(under === undefined ? 'self time by function' : `self time by function, under ${under}`, byFunction);
print('self time by file', byFile);
if (under !== undefined) print(`callees of ${under} (inclusive)`, callees);
