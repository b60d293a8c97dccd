// The heap layout keeps objects in place across steps: an object keeps its box position while
// it lives, one object appearing moves no other, and stepping backwards finds everything where
// it was going forwards. Boxes never overlap.
import { describe, expect, it } from 'vitest';
import type { Address, HeapSnapshot, ObjectSnapshot } from '../../kernel/protocol.ts';
import { type HeapLayout, createPlacementMemory, layoutHeap } from '../../site/diagram/index.ts';
import { fixture, steps } from './load.ts';
import { prng, synthSnapshot } from './synth.ts';

type Pos = Map<Address, { x: number; y: number; h: number }>;

function positions(l: HeapLayout): Pos {
  const m: Pos = new Map();
  for (const b of l.boxes) if (b.o.state !== 'freed') m.set(b.o.addr, { x: b.x, y: b.y, h: b.h });
  return m;
}

function expectNoOverlap(l: HeapLayout): void {
  const boxes = l.boxes.slice().sort((a, b) => a.x - b.x || a.y - b.y);
  for (let i = 1; i < boxes.length; i++) {
    const a = boxes[i - 1];
    const b = boxes[i];
    if (a.x === b.x) expect(b.y, `boxes ${a.o.addr.toString(16)} and ${b.o.addr.toString(16)} overlap`).toBeGreaterThanOrEqual(a.y + a.h);
  }
  const frameRight = Math.max(...l.frames.map((f) => f.x + f.w));
  for (const b of l.boxes) expect(b.x).toBeGreaterThan(frameRight);
}

describe('layout across the steps of one run', () => {
  const run = steps();

  it('keeps every object where it was while it lives (the list grows in place)', () => {
    const memory = createPlacementMemory();
    let prev: Pos | null = null;
    for (const s of run) {
      const l = layoutHeap(s, memory);
      expectNoOverlap(l);
      const now = positions(l);
      if (prev !== null) {
        for (const [addr, p] of now) {
          const before = prev.get(addr);
          if (before !== undefined) expect({ addr, x: p.x, y: p.y }).toEqual({ addr, x: before.x, y: before.y });
        }
      }
      prev = now;
    }
    // The list did grow: step 4 appends an item.
    const a = 0x7f6a_2b3c_0010;
    const l3 = layoutHeap(run[3], createPlacementMemory());
    const l4 = layoutHeap(run[4], createPlacementMemory());
    expect(l4.byAddr.get(a)!.h).toBeGreaterThan(l3.byAddr.get(a)!.h);
  });

  it('finds everything where it was when stepping backwards', () => {
    const memory = createPlacementMemory();
    const forward = run.map((s) => positions(layoutHeap(s, memory)));
    for (let i = run.length - 1; i >= 0; i--) {
      expect(positions(layoutHeap(run[i], memory))).toEqual(forward[i]);
    }
  });

  it('without a memory, lays each step out on its own (and the same way every time)', () => {
    const a = positions(layoutHeap(run[6]));
    const b = positions(layoutHeap(run[6]));
    expect(a).toEqual(b);
  });
});

describe('one object appearing', () => {
  function withNewGlobal(s: HeapSnapshot, name: string, at: number): HeapSnapshot {
    const copy = structuredClone(s);
    const addr = 0x7f6a_2b3e_0010;
    const o: ObjectSnapshot = {
      addr, type: 'list', refcount: 1, size: 56, tracked: true, generation: 0,
      flags: { smallInt: false, interned: false, singleton: false, static: false },
      summary: '[]', state: 'live', referents: [], weakReferents: [], length: 0,
    };
    copy.objects.push(o);
    copy.frames[0].names.splice(at, 0, { name, addr, kind: 'global' });
    copy.objects.find((x) => x.addr === copy.frames[0].globals)!.referents.push({ label: { kind: 'value', text: `'${name}'` }, addr });
    return copy;
  }

  it('moves no other object, wherever its name comes in the frame', () => {
    const s = fixture('basic');
    for (const at of [0, 2, 5]) {
      const memory = createPlacementMemory();
      const before = positions(layoutHeap(s, memory));
      const after = positions(layoutHeap(withNewGlobal(s, 'fresh', at), memory));
      for (const [addr, p] of before) expect(after.get(addr)).toEqual(p);
      expect(after.size).toBe(before.size + 1);
    }
  });

  it('moves no other object when a container gains an item at its front', () => {
    const s = fixture('basic');
    const memory = createPlacementMemory();
    const before = positions(layoutHeap(s, memory));
    const copy = structuredClone(s);
    const list = copy.objects.find((o) => o.type === 'list')!;
    const four = { ...copy.objects.find((o) => o.summary === '3')!, addr: 0x5581_2a41_00c0, summary: '4' };
    copy.objects.push(four);
    list.referents.unshift({ label: { kind: 'index', text: '0' }, addr: four.addr });
    const after = positions(layoutHeap(copy, memory));
    for (const [addr, p] of before) expect({ ...after.get(addr)!, h: 0 }).toEqual({ ...p, h: 0 });
  });
});

describe('a long random run', () => {
  /** One step of random changes: new objects, dropped items, new names. */
  function mutate(s: HeapSnapshot, rnd: () => number, next: { addr: number }): HeapSnapshot {
    const objects = s.objects.map((o) => ({ ...o, referents: o.referents.slice() }));
    const byAddr = new Map(objects.map((o) => [o.addr, o]));
    const containers = objects.filter((o) => o.tracked && o.state === 'live');
    const names = s.frames[0].names.slice();
    for (let k = 0; k < 3; k++) {
      const r = rnd();
      const c = containers[Math.floor(rnd() * containers.length)];
      if (r < 0.5) {
        const o: ObjectSnapshot = { ...objects[0], addr: (next.addr += 64), type: 'int', summary: String(next.addr), tracked: false, referents: [], state: 'live' };
        objects.push(o);
        byAddr.set(o.addr, o);
        c.referents.push({ label: { kind: 'index', text: String(c.referents.length) }, addr: o.addr });
      } else if (r < 0.8 && c.referents.length > 0) {
        c.referents.pop();
      } else {
        const o: ObjectSnapshot = { ...objects[0], addr: (next.addr += 64), type: 'list', summary: '[]', tracked: true, generation: 0, referents: [], state: 'live' };
        objects.push(o);
        names.push({ name: `n${next.addr}`, addr: o.addr, kind: 'local' });
      }
    }
    // Drop what nothing refers to any more (no name, no slot): it was freed.
    const held = new Set<Address>(names.map((n) => n.addr!));
    for (const o of objects) for (const r of o.referents) held.add(r.addr);
    const kept = objects.filter((o) => held.has(o.addr) || o.state === 'unreachable');
    return { ...s, objects: kept, frames: [{ ...s.frames[0], names }] };
  }

  it('never overlaps boxes, and moves an object only when it grew', () => {
    const rnd = prng(42);
    let s = synthSnapshot(150, 3);
    const memory = createPlacementMemory();
    let prev = positions(layoutHeap(s, memory));
    const next = { addr: 0x7f6a_2c00_0000 };
    let moved = 0;
    let stayed = 0;
    for (let step = 0; step < 60; step++) {
      s = mutate(s, rnd, next);
      const l = layoutHeap(s, memory);
      expectNoOverlap(l);
      const now = positions(l);
      for (const [addr, p] of now) {
        const b = prev.get(addr);
        if (b === undefined) continue;
        if (b.x !== p.x || b.y !== p.y) {
          moved++;
          expect(p.h, `0x${addr.toString(16)} moved without growing`).toBeGreaterThan(b.h);
        } else {
          stayed++;
        }
      }
      prev = now;
    }
    expect(stayed).toBeGreaterThan(50 * 60);
    expect(moved).toBeLessThan(stayed / 50);
  });
});
