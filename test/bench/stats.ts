// Small statistics and formatting helpers of the benchmark runner (`npm run bench`).

/** One timed run: wall-clock seconds and the process's CPU seconds (user + system). */
export interface Sample {
  wall: number;
  cpu: number;
}

/** What a child process reports for one program in one engine. */
export interface EngineResult {
  /** Timed runs (after the warm-up runs). */
  samples: Sample[];
  /** The first run of a fresh process (before any warm-up), when the engine reports it. */
  cold?: Sample;
  /** stdout of the last run, with the "@time" lines removed. */
  stdout: string;
  /** Set when a run failed: the exit code, a JavaScript error, or a Python traceback. */
  error?: string;
  /** Something worth reporting that did not fail the run (a JavaScript error in finalize()). */
  note?: string;
}

export type Clock = 'wall' | 'cpu';

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function geomean(xs: number[]): number {
  const ok = xs.filter((x) => Number.isFinite(x) && x > 0);
  if (ok.length === 0) return NaN;
  return Math.exp(ok.reduce((a, x) => a + Math.log(x), 0) / ok.length);
}

export function medianOf(r: EngineResult | undefined, clock: Clock): number {
  if (r === undefined || r.error !== undefined || r.samples.length === 0) return NaN;
  return median(r.samples.map((s) => s[clock]));
}

/** Seconds as milliseconds with a sensible number of digits. */
export function ms(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const v = seconds * 1000;
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

export function ratio(x: number): string {
  return Number.isFinite(x) ? `${x.toFixed(2)}×` : '—';
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Formats rows as a table with right-aligned columns except the first. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
