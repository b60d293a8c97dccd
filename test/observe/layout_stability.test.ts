// The heap view keeps objects in place across the recorded steps of real runs: an object keeps
// its column while it lives, and its position unless its own box grew (a container filling up
// moves alone when the room below it is taken). Boxes never overlap. Two heap columns fit a
// page column, and arrows to the second column go around the first column's boxes.
import { describe, expect, it } from 'vitest';
import { recordRun, snapshots } from '../../kernel/index.ts';
import { createPlacementMemory, layoutHeap } from '../../site/diagram/index.ts';
import { forwardPoints } from '../../site/diagram/edges.ts';

const PROGRAMS: Record<string, string> = {
  'a list growing, items shared': `xs = []
for i in range(12):
    xs.append([i * 1000])
    if i % 3 == 0:
        xs.append(xs[-1])
d = {}
for i in range(6):
    d[str(i)] = xs[i]
`,
  'calls, closures and garbage': `import gc
class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt
def chain(n):
    head = None
    for i in range(n):
        head = Node(i * 1000, head)
    return head
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = counter()
c()
h = chain(5)
h.next.next.next.next.next = h
del h
gc.collect()
`,
};

describe('layout of recorded runs', () => {
  for (const [name, src] of Object.entries(PROGRAMS)) {
    it(name, () => {
      const r = recordRun(src, { fine: { dealloc: true } });
      expect(r.stderr).toBe('');
      const memory = createPlacementMemory();
      let prev = new Map<number, { x: number; y: number; h: number }>();
      let steps = 0;
      for (const s of snapshots(r.timeline)) {
        const l = layoutHeap(s, memory);
        const now = new Map<number, { x: number; y: number; h: number }>();
        for (const b of l.boxes) {
          if (b.o.state === 'freed') continue;
          now.set(b.o.addr, { x: b.x, y: b.y, h: b.h });
          const before = prev.get(b.o.addr);
          if (before === undefined) continue;
          expect(b.x, `${b.o.type} ${b.o.summary} changed column at step ${steps}`).toBe(before.x);
          if (b.y !== before.y) expect(b.h, `${b.o.type} ${b.o.summary} moved at step ${steps} without growing`).toBeGreaterThan(before.h);
        }
        const boxes = l.boxes.slice().sort((a, b) => a.x - b.x || a.y - b.y);
        for (let i = 1; i < boxes.length; i++) {
          if (boxes[i].x === boxes[i - 1].x) expect(boxes[i].y).toBeGreaterThanOrEqual(boxes[i - 1].y + boxes[i - 1].h);
        }
        prev = now;
        steps++;
      }
      expect(steps).toBeGreaterThan(10);
    });
  }
});

describe('arrows and width of two-column layouts', () => {
  // The tutorial's mutable default: the list a default argument holds stands in the second
  // column, and the names bound to it later point there across the first column's boxes.
  const src = `def add_item(item, bucket=[]):
    bucket.append(item)
    return bucket
first = add_item(1)
second = add_item(2)
def add_item_safely(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
third = add_item_safely(3)
`;

  it('fits a page column (700 px) and no forward arrow runs through a box it does not end at', () => {
    const r = recordRun(src, { filename: 'mutable_default.py' });
    expect(r.stderr).toBe('');
    const memory = createPlacementMemory();
    let channels = 0;
    for (const s of snapshots(r.timeline)) {
      const l = layoutHeap(s, memory);
      expect(l.width).toBeLessThanOrEqual(700);
      for (const e of l.edges) {
        if (e.route !== 'forward') continue;
        const crossed = l.boxes.filter((b) => b.o.addr !== e.to && b.o.addr !== e.from && b.x > e.x1 && b.x + b.w < e.x2);
        if (e.channel !== undefined) {
          channels++;
          for (const b of crossed) expect(e.channel.y < b.y || e.channel.y > b.y + b.h, `channel through ${b.o.summary}`).toBe(true);
          continue;
        }
        for (const p of forwardPoints(e)) {
          for (const b of crossed) expect(p.x < b.x || p.x > b.x + b.w || p.y < b.y || p.y > b.y + b.h, `arrow to 0x${e.to.toString(16)} through ${b.o.summary}`).toBe(true);
        }
      }
    }
    expect(channels).toBeGreaterThan(0);
  });
});
