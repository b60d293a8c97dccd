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
  const dx = Math.max(24, Math.round((x2 - x1) / 2));
  return `M${x1} ${y1}C${x1 + dx} ${y1} ${x2 - dx} ${y2} ${x2 - 1} ${y2}`;
}
