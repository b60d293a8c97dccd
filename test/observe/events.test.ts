// The event stream of a recording (onEvent, the CLI's --trace): objects a free list hands out
// again, weak references cleared by a death or by the collector; what a timeline shows when a
// drawn object's free-list entry is reused within one step; and the steps inside a line.
import { describe, expect, it } from 'vitest';
import { recordRun, snapshots } from '../../kernel/index.ts';
import type { HeapEvent, HeapSnapshot } from '../../kernel/protocol.ts';
import { eventText } from '../../kernel/observe/trace.ts';
import { lineSteps } from '../../kernel/observe/timeline.ts';
import { mismatches } from './accounting.ts';

function run(source: string, options = {}): { events: HeapEvent[]; steps: HeapSnapshot[]; stdout: string } {
  const events: HeapEvent[] = [];
  const r = recordRun(source, { filename: 'events.py', onEvent: (e) => events.push(e), ...options });
  expect(r.stderr).toBe('');
  return { events, steps: [...snapshots(r.timeline)], stdout: r.stdout };
}

/** The events after the `line` event of `line` (its first), up to the next line event. */
function duringLine(events: HeapEvent[], line: number): HeapEvent[] {
  const start = events.findIndex((e) => e.kind === 'line' && e.line === line);
  expect(start, `line ${line} ran`).toBeGreaterThanOrEqual(0);
  const end = events.findIndex((e, i) => i > start && e.kind === 'line');
  return events.slice(start + 1, end < 0 ? undefined : end);
}

function addrOf(s: HeapSnapshot, name: string): number {
  const b = s.frames[0].names.find((n) => n.name === name);
  expect(b?.addr, `name ${name}`).toBeTypeOf('number');
  return b!.addr!;
}

describe('alloc events of objects a free list hands out again', () => {
  it('list, float and tuple: reused: true with the size of the first allocation', () => {
    const { events, steps } = run('x = 2.0\na = [x]\nf = x * 3.0\nt = (a, f)\ndel a, f, t\nb = []\ng = x * 5.0\nu = (x, x)\n');
    const before = steps.find((s) => s.step.line === 5)!;
    const after = steps.at(-1)!;
    const allocs = (line: number) => duringLine(events, line).filter((e) => e.kind === 'alloc');
    // b = [] takes the list a freed (the list free list is a stack), g = x * 5.0 the float f
    // freed, u = (x, x) the 2-tuple t freed.
    expect(allocs(6)).toContainEqual({ kind: 'alloc', addr: addrOf(after, 'b'), type: 'list', size: 56, reused: true });
    expect(allocs(7)).toContainEqual({ kind: 'alloc', addr: addrOf(after, 'g'), type: 'float', size: 24, reused: true });
    expect(allocs(8)).toContainEqual({ kind: 'alloc', addr: addrOf(after, 'u'), type: 'tuple', size: 56, reused: true });
    expect(addrOf(after, 'b')).toBe(addrOf(before, 'a'));
    const e = allocs(6).find((x) => x.kind === 'alloc' && x.reused)!;
    expect(eventText(e)).toMatch(/^alloc 0x[0-9a-f]+ list \(56 bytes, from the free list\)$/);
  });

  it('a drawn object freed and reused within one step: listed freed, the new one drawn at its address', () => {
    const { steps } = run('a = [1, 2]\na = None; b = []\nend = 1\n');
    const s = steps.find((x) => x.step.line === 3)!;
    const b = addrOf(s, 'b');
    const atB = s.objects.filter((o) => o.addr === b);
    expect(atB.map((o) => [o.state, o.summary]).sort()).toEqual([['freed', '[1, 2]'], ['live', '[]']]);
  });
});

describe('weakref-clear events', () => {
  it('when the referent dies: after its dealloc, before the callback runs', () => {
    const { events, steps, stdout } = run(
      "import weakref\nclass A: pass\na = A()\nr = weakref.ref(a, lambda w: print('callback'))\ndel a\nend = 1\n",
    );
    expect(stdout).toBe('callback\n');
    const s = steps.find((x) => x.step.line === 5)!;
    const a = addrOf(s, 'a');
    const r = addrOf(s, 'r');
    const during = duringLine(events, 5);
    const clear = during.findIndex((e) => e.kind === 'weakref-clear');
    expect(during[clear]).toEqual({ kind: 'weakref-clear', weakref: r, addr: a });
    expect(during.findIndex((e) => e.kind === 'dealloc' && e.addr === a)).toBeLessThan(clear);
    expect(eventText(during[clear])).toBe(`weakref-clear 0x${r.toString(16)} of 0x${a.toString(16)}`);
  });

  it('by the collector (handle_weakrefs): after move_unreachable, before finalize', () => {
    const { events, steps } = run('import gc, weakref\nclass A: pass\na = A()\na.me = a\nr = weakref.ref(a)\ndel a\ngc.collect()\n');
    const s = steps.find((x) => x.step.line === 6)!;
    const a = addrOf(s, 'a');
    const r = addrOf(s, 'r');
    const during = duringLine(events, 7);
    const at = (p: (e: HeapEvent) => boolean) => during.findIndex(p);
    const clear = at((e) => e.kind === 'weakref-clear' && e.addr === a);
    expect(during[clear]).toEqual({ kind: 'weakref-clear', weakref: r, addr: a });
    expect(at((e) => e.kind === 'gc-phase' && e.phase === 'move_unreachable')).toBeLessThan(clear);
    expect(at((e) => e.kind === 'gc-phase' && e.phase === 'finalize')).toBeGreaterThan(clear);
    // Cleared once: the dealloc that follows in the collection finds no weakref left.
    expect(during.filter((e) => e.kind === 'weakref-clear' && e.addr === a)).toHaveLength(1);
  });
});

describe('steps inside a line (fine recordings)', () => {
  const src = 'a = [[1], [2]]\nb = a[0]\ndel a\nend = 1\n';
  const r = recordRun(src, { filename: 'cascade.py', fine: { refcount: true, dealloc: true } });
  const steps = [...snapshots(r.timeline)];

  it('a dealloc cascade shows object by object, and every step adds up', () => {
    const deallocs = steps.filter((s) => s.step.event?.kind === 'dealloc');
    expect(deallocs.map((s) => s.objects.find((o) => o.state === 'freed')?.summary)).toEqual(['[[1], [2]]', '[2]']);
    // The outer list is freed; its items are still alive, held by it until list_dealloc
    // releases them (the last one first).
    const [outer, inner] = deallocs;
    const two = outer.objects.find((o) => o.summary === '[2]' && o.state === 'live')!;
    expect(outer.externalRefs).toContainEqual({ addr: two.addr, kind: 'hidden', count: 1, note: 'list being freed' });
    expect(inner.objects.find((o) => o.addr === two.addr)?.state).toBe('freed');
    for (const s of steps) expect(mismatches(s), `step ${s.step.index}`).toEqual([]);
    expect(deallocs.map((s) => s.step.line)).toEqual([3, 3]);
  });

  it('a refcount step belongs to the line of the instruction that made the change', () => {
    const del = steps.find((s) => s.step.event?.kind === 'decref' && s.step.event.reason.op === 'DELETE_NAME')!;
    expect(del.step.line).toBe(3);
    const start = steps.find((s) => s.step.event?.kind === 'incref' && s.step.event.reason.op === 'start');
    if (start !== undefined) expect(start.step.line).toBeNull();
  });

  it('lineSteps: the steps a by-line stepper stops at; the finer ones lie between', () => {
    const stops = lineSteps(r.timeline);
    expect(stops[0]).toBe(0);
    expect(stops.at(-1)).toBe(steps.length - 1);
    expect(stops.slice(1, -1).map((i) => steps[i].step.event)).toEqual([1, 2, 3, 4].map((line) => ({ kind: 'line', frame: 1, line })));
    expect(steps.length).toBeGreaterThan(stops.length);
    // Without fine steps, the same run steps by line only.
    const plain = recordRun(src, { filename: 'cascade.py' });
    expect(lineSteps(plain.timeline)).toHaveLength(stops.length);
  });
});
