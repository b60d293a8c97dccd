/**
 * Arrows between boxes: which way an arrow runs, and its path. Shared by the heap and
 * collector views.
 */

/**
 * How an arrow runs: `forward` from a row's right end to the left side of a box further right;
 * `left` from a row's left end to the right side of a box further left; `bracket` out of the
 * right end and back into the right side of a box in the same column (itself included).
 */
export type Route = 'forward' | 'left' | 'bracket';

export interface Arrow {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  route: Route;
  /**
   * A forward arrow that would cross boxes of the columns between its ends runs through a gap
   * between them instead: horizontally at `y`, from `x0` (before the first column crossed) to
   * `x1` (after the last).
   */
  channel?: { y: number; x0: number; x1: number };
}

export interface Rect {
  x: number;
  y: number;
  w: number;
}

/** Widest bulge of a bracket (it must stay inside the gap between columns). */
const BRACKET_MAX = 60;

/** The arrow from the row at `rowY` of box `src` to box `t`, landing `anchor` below t's top. */
export function route(src: Rect, rowY: number, t: Rect, anchor: number): Arrow {
  const y2 = t.y + anchor;
  if (t.x > src.x + src.w) return { x1: src.x + src.w - 10, y1: rowY, x2: t.x, y2, route: 'forward' };
  if (t.x + t.w < src.x) return { x1: src.x + 6, y1: rowY, x2: t.x + t.w, y2, route: 'left' };
  return { x1: src.x + src.w - 10, y1: rowY, x2: t.x + t.w, y2, route: 'bracket' };
}

/** SVG path data of an arrow (the arrowhead is a marker at its end). */
export function arrowPath(e: Arrow): string {
  const x1 = Math.round(e.x1);
  const y1 = Math.round(e.y1);
  const x2 = Math.round(e.x2);
  const y2 = Math.round(e.y2);
  if (e.route === 'bracket') {
    // Out of the right end and back: the further apart, the wider the bracket.
    const d = Math.round(Math.min(BRACKET_MAX, 26 + Math.abs(y2 - y1) / 8));
    return `M${x1} ${y1}C${x1 + d + 10} ${y1} ${x2 + d} ${y2} ${x2 + 1} ${y2}`;
  }
  if (e.route === 'left') {
    const dx = Math.max(24, Math.round((x1 - x2) / 2));
    return `M${x1} ${y1}C${x1 - dx} ${y1} ${x2 + dx} ${y2} ${x2 + 1} ${y2}`;
  }
  const c = e.channel;
  if (c !== undefined) {
    const cy = Math.round(c.y);
    const a = Math.round(c.x0);
    const b = Math.round(c.x1);
    const d1 = Math.max(12, Math.round((a - x1) / 2));
    const d2 = Math.max(12, Math.round((x2 - b) / 2));
    return `M${x1} ${y1}C${x1 + d1} ${y1} ${a - d1} ${cy} ${a} ${cy}H${b}C${b + d2} ${cy} ${x2 - d2} ${y2} ${x2 - 1} ${y2}`;
  }
  const dx = Math.max(24, Math.round((x2 - x1) / 2));
  return `M${x1} ${y1}C${x1 + dx} ${y1} ${x2 - dx} ${y2} ${x2 - 1} ${y2}`;
}

/** Points along the default forward curve of an arrow (to test what it crosses). */
export function forwardPoints(e: Arrow, n = 24): { x: number; y: number }[] {
  const dx = Math.max(24, Math.round((e.x2 - e.x1) / 2));
  const px = [e.x1, e.x1 + dx, e.x2 - dx, e.x2];
  const py = [e.y1, e.y1, e.y2, e.y2];
  const out: { x: number; y: number }[] = [];
  for (let i = 1; i < n; i++) {
    const t = i / n;
    const u = 1 - t;
    const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
    out.push({ x: w[0] * px[0] + w[1] * px[1] + w[2] * px[2] + w[3] * px[3], y: w[0] * py[0] + w[1] * py[1] + w[2] * py[2] + w[3] * py[3] });
  }
  return out;
}
