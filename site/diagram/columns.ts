/**
 * A column of the heap view as the y intervals its boxes occupy ([y, y + h + gap), sorted by
 * start, never overlapping), and the search for free room nearest a wanted y.
 */
export class Column {
  starts: number[] = [];
  ends: number[] = [];

  /** Index of the first interval starting at or after y. */
  private lowerBound(y: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  free(y0: number, y1: number): boolean {
    const i = this.lowerBound(y0);
    if (i > 0 && this.ends[i - 1] > y0) return false;
    return !(i < this.starts.length && this.starts[i] < y1);
  }

  /** Frees the interval that starts at y0. */
  release(y0: number): void {
    const i = this.lowerBound(y0);
    if (this.starts[i] === y0) {
      this.starts.splice(i, 1);
      this.ends.splice(i, 1);
    }
  }

  take(y0: number, y1: number): void {
    const i = this.lowerBound(y0);
    this.starts.splice(i, 0, y0);
    this.ends.splice(i, 0, y1);
  }

  /**
   * The free y nearest `pref` (>= top) with room for `span`, and its distance from `pref`.
   * Intervals never overlap, so ends are sorted too: gap i runs from ends[i - 1] (or top) to
   * starts[i]. The search starts at the gap holding `pref` and walks both ways, stopping as
   * soon as a gap cannot beat the best found.
   */
  nearest(pref: number, span: number, top: number): { y: number; d: number } {
    const n = this.starts.length;
    const k = this.lowerBound(pref);
    let best = -1;
    let bestD = Infinity;
    const consider = (i: number): void => {
      const lo = i === 0 ? top : Math.max(top, this.ends[i - 1]);
      const hi = (i < n ? this.starts[i] : Infinity) - span;
      if (hi < lo) return;
      const y = Math.min(Math.max(pref, lo), hi);
      const d = Math.abs(y - pref);
      if (d < bestD) (best = y), (bestD = d);
    };
    for (let i = k; i <= n; i++) {
      const lo = i === 0 ? top : Math.max(top, this.ends[i - 1]);
      if (lo - pref >= bestD) break;
      consider(i);
    }
    for (let i = k - 1; i >= 0; i--) {
      if (pref - (this.starts[i] - span) >= bestD) break;
      consider(i);
    }
    return { y: best, d: bestD };
  }

  bottom(): number {
    let b = 0;
    for (const e of this.ends) if (e > b) b = e;
    return b;
  }
}
