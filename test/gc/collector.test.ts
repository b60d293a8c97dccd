// The collector's mechanics: list primitives, the phases and their gc_refs, the invariant
// checks, automatic collection, and stress mode.
import { afterEach, describe, expect, test } from 'vitest';
import { PyObject, newStaticType } from '../../kernel/objects/pyobject.ts';
import { GcFlag, makeListHead, gcstate } from '../../kernel/gc/gcstate.ts';
import { gcHooks, gcListAppend, gcListMerge, gcListMove, gcListObjects, gcListSize } from '../../kernel/gc/collect.ts';
import { setCollectObserver, type CollectStep } from '../../kernel/gc/observer.ts';
import { GcInvariantError, ListFlags, validateGenerations, validateHeap, validateList } from '../../kernel/gc/validate.ts';
import { runPython } from './harness.ts';

const nodeType = newStaticType('test_node', 16, 0, 0);

function nodes(n: number): PyObject[] {
  return Array.from({ length: n }, () => new PyObject(nodeType));
}

afterEach(() => {
  setCollectObserver(null);
  gcHooks.validate = 0;
});

describe('gc list primitives', () => {
  test('append, move and merge keep the circular doubly linked lists consistent', () => {
    const a = makeListHead();
    const b = makeListHead();
    const [x, y, z] = nodes(3);
    gcListAppend(x, a);
    gcListAppend(y, a);
    gcListAppend(z, b);
    expect(gcListObjects(a)).toEqual([x, y]);
    gcListMove(x, b);
    expect(gcListObjects(a)).toEqual([y]);
    expect(gcListObjects(b)).toEqual([z, x]);
    gcListMerge(b, a);
    expect(gcListObjects(a)).toEqual([y, z, x]);
    expect(gcListSize(b)).toBe(0);
    expect(() => validateList(a, ListFlags.COLLECTING_CLEAR_UNREACHABLE_CLEAR)).not.toThrow();
  });

  test('validate_list reports a broken link and unexpected flags', () => {
    const a = makeListHead();
    const [x, y] = nodes(2);
    gcListAppend(x, a);
    gcListAppend(y, a);
    y.gcFlags |= GcFlag.COLLECTING;
    expect(() => validateList(a, ListFlags.COLLECTING_CLEAR_UNREACHABLE_CLEAR)).toThrow(GcInvariantError);
    y.gcFlags = 0;
    y.gcPrev = a;
    expect(() => validateList(a, ListFlags.COLLECTING_CLEAR_UNREACHABLE_CLEAR)).toThrow(/prev link/);
  });
});

describe('a collection, phase by phase', () => {
  test('phases come in gc_collect_main order and gc_refs show the internal references', () => {
    const events: { phase: CollectStep; generation: number; selfRefs: number | null }[] = [];
    const isSelfList = (o: PyObject): boolean => {
      const items = (o as unknown as { items?: PyObject[] }).items;
      return o.ob_type.tp_name === 'list' && items !== undefined && items.length === 1 && items[0] === o;
    };
    setCollectObserver({
      report: (r) => {
        const self = [...r.young, ...r.unreachable].find((e) => isSelfList(e.object));
        events.push({ phase: r.step, generation: r.generation, selfRefs: self === undefined ? null : self.gcRefs });
      },
    });
    const r = runPython('import gc\ngc.collect()\nl = []\nl.append(l)\ndel l\nprint(gc.collect(0))\n', { finalize: false });
    setCollectObserver(null);
    expect(r.stdout).toBe('1\n');
    const last = events.slice(events.map((e) => e.phase).lastIndexOf('start'));
    expect(last.map((e) => e.phase)).toEqual([
      'start', 'update_refs', 'subtract_refs', 'move_unreachable', 'finalize_garbage', 'handle_resurrected', 'delete_garbage', 'done',
    ]);
    expect(last.every((e) => e.generation === 0)).toBe(true);
    // update_refs copies the refcount (1: the list refers to itself); subtract_refs removes that
    // internal reference; move_unreachable then finds it in the unreachable list.
    expect(last[1].selfRefs).toBe(1);
    expect(last[2].selfRefs).toBe(0);
    expect(last[3].selfRefs).toBe(0);
  });

  test('the invariants hold at every phase of a program full of cycles', () => {
    gcHooks.validate = 2;
    const r = runPython(
      [
        'import gc, weakref',
        'class N:',
        '    def __del__(self): pass',
        'for i in range(50):',
        '    a, b = N(), N()',
        '    a.b, b.a = b, a',
        '    a.r = weakref.ref(b, lambda r: None)',
        '    d = {"a": a, "l": [a, b]}',
        '    d["d"] = d',
        'print(gc.collect())',
      ].join('\n'),
      { finalize: false },
    );
    expect(r.stderr).toBe('');
    expect(Number(r.stdout)).toBeGreaterThan(0);
    expect(() => validateGenerations()).not.toThrow();
    expect(validateHeap()).toBeGreaterThan(0);
  });
});

describe('automatic collection', () => {
  test('starts inside the allocation that takes generation 0 over its threshold', () => {
    const r = runPython(
      [
        'import gc',
        'seen = []',
        'gc.collect()',
        'gc.set_threshold(20, 1000, 1000)',
        'gc.callbacks.append(lambda p, i: p == "start" and seen.append(gc.get_count()[0]))',
        'objs = []',
        'while not seen:',
        '    objs.append([])',
        'print(seen[0] > 20, seen[0] <= 23, len(objs) <= 21)',
      ].join('\n'),
    );
    expect(r.stdout).toBe('True True True\n');
  });

  test('stress mode collects at every GC allocation and keeps the program correct', () => {
    const program = 'import gc\nx = [[i] for i in range(200)]\nprint(sum(len(l) for l in x), gc.get_stats()[0]["collections"] > 100)\n';
    const normal = runPython(program);
    const stressed = runPython(program, { stressGc: true });
    expect(normal.stdout).toBe('200 False\n');
    expect(stressed.stdout).toBe('200 True\n');
    expect(gcstate.collecting).toBe(false);
  });

  test('a disabled collector does not collect by itself, even in stress mode', () => {
    const r = runPython(
      'import gc\ngc.disable()\nn = sum(s["collections"] for s in gc.get_stats())\nx = [[] for i in range(2000)]\nprint(sum(s["collections"] for s in gc.get_stats()) - n)\n',
      { stressGc: true },
    );
    expect(r.stdout).toBe('0\n');
  });
});

describe('interpreter shutdown', () => {
  test('the exit collection runs before __main__ is released, which releases globals in insertion order', () => {
    const r = runPython(
      [
        'class F:',
        '    def __init__(self, n): self.n = n',
        '    def __del__(self): print("del", self.n)',
        'b = F("b")',
        '_u = F("_u")',
        'c = F("cycle")',
        'c.c = c',
        'del c',
        'a = F("a")',
        'print("end")',
      ].join('\n'),
    );
    expect(r.stdout).toBe('end\ndel cycle\ndel b\ndel _u\ndel a\n');
  });
});

export { nodeType };
