// The collector's observer (kernel/gc/observer.ts): the steps of gc_collect_main in order, the
// gc_refs of the objects at each step, and what was found unreachable, finalized, cleared and
// freed.
import { afterEach, describe, expect, test } from 'vitest';
import type { PyObject } from '../../kernel/objects/pyobject.ts';
import { setCollectObserver, collectObserver, type CollectReport, type CollectStep } from '../../kernel/gc/observer.ts';
import { runPython } from './harness.ts';

afterEach(() => {
  setCollectObserver(null);
});

/**
 * Records every report of the collections made while `source` runs (without shutdown), and
 * the objects of each `start` report that `pick` chooses (read while they are alive).
 */
function record(source: string, pick: (o: PyObject) => boolean = () => false): { reports: CollectReport[]; picked: PyObject[][]; stdout: string } {
  const reports: CollectReport[] = [];
  const picked: PyObject[][] = [];
  setCollectObserver({
    report: (r) => {
      reports.push(r);
      if (r.step === 'start') picked.push(r.young.map((e) => e.object).filter(pick));
    },
  });
  const r = runPython(source, { finalize: false });
  setCollectObserver(null);
  expect(r.stderr).toBe('');
  return { reports, picked, stdout: r.stdout };
}

/** The reports of the last collection. */
function lastCollection(reports: CollectReport[]): CollectReport[] {
  const start = reports.map((r) => r.step).lastIndexOf('start');
  return reports.slice(start);
}

function items(o: PyObject): PyObject[] {
  return (o as unknown as { items: PyObject[] }).items;
}

/** The two lists of `a = []; b = [a]; a.append(b)`: each holds the other and nothing else. */
function isCycleList(o: PyObject): boolean {
  if (o.ob_type.tp_name !== 'list' || items(o).length !== 1) return false;
  const other = items(o)[0];
  return other.ob_type.tp_name === 'list' && items(other).length === 1 && items(other)[0] === o;
}

const STEPS: CollectStep[] = [
  'start', 'update_refs', 'subtract_refs', 'move_unreachable', 'finalize_garbage', 'handle_resurrected', 'delete_garbage', 'done',
];

describe('the collect observer', () => {
  test('a two-list cycle: gc_refs at each step, then unreachable, cleared and freed', () => {
    const { reports, picked, stdout } = record('import gc\ngc.collect()\na = []\nb = [a]\na.append(b)\ndel a, b\nprint(gc.collect(0))\n', isCycleList);
    expect(stdout).toBe('2\n');
    const steps = lastCollection(reports);
    expect(steps.map((r) => r.step)).toEqual(STEPS);
    expect(steps.every((r) => r.generation === 0)).toBe(true);
    const [start, updated, subtracted, moved, finalized, resurrected, deleted, done] = steps;

    const nodes = picked[picked.length - 1];
    expect(nodes).toHaveLength(2);
    expect(start.young.every((e) => e.gcRefs === null)).toBe(true);

    const refsAt = (r: CollectReport, list: 'young' | 'unreachable'): (number | null)[] =>
      nodes.map((n) => r[list].find((e) => e.object === n)?.gcRefs ?? null);
    // update_refs: gc_refs = refcount (each list is held only by the other one).
    expect(refsAt(updated, 'young')).toEqual([1, 1]);
    // subtract_refs: both references come from inside the generation.
    expect(refsAt(subtracted, 'young')).toEqual([0, 0]);
    // move_unreachable: nothing reachable refers to them.
    expect(refsAt(moved, 'young')).toEqual([null, null]);
    expect(refsAt(moved, 'unreachable')).toEqual([0, 0]);
    expect(moved.young.every((e) => e.gcRefs! > 0)).toBe(true);
    expect(moved.unreachable.map((e) => e.object)).toEqual(nodes);

    expect(finalized.finalized).toEqual([]);
    expect(resurrected.resurrected).toEqual([]);
    expect(resurrected.unreachable.map((e) => e.object)).toEqual(nodes);
    // tp_clear of the first list frees the second, which clears the first one's last reference.
    expect(deleted.cleared).toEqual([nodes[0]]);
    expect(new Set(deleted.freed)).toEqual(new Set(nodes));
    expect(nodes.every((n) => n.ob_refcnt === 0)).toBe(true);
    expect(done.collected).toBe(2);
    expect(done.uncollectable).toBe(0);
    expect(done.young).toEqual([]);
    expect(done.unreachable).toEqual([]);
  });

  test('finalizers and resurrection are reported', () => {
    const { reports, stdout } = record(
      [
        'import gc',
        'saved = []',
        'class N:',
        '    def __del__(self):',
        '        if self.keep: saved.append(self)',
        'gc.collect()',
        'a, b = N(), N()',
        'a.keep, b.keep = False, True',
        'a.other, b.other = b, a',
        'del a, b',
        'print(gc.collect(0), len(saved))',
      ].join('\n'),
    );
    expect(stdout).toBe('0 1\n');
    const steps = lastCollection(reports);
    const fin = steps.find((r) => r.step === 'finalize_garbage')!;
    expect(fin.finalized.map((o) => o.ob_type.tp_name)).toEqual(['N', 'N']);
    const res = steps.find((r) => r.step === 'handle_resurrected')!;
    // b resurrected itself, and a is reachable from it: both survive, nothing is cleared.
    expect(new Set(res.resurrected)).toEqual(new Set(fin.finalized));
    expect(res.unreachable).toEqual([]);
    const done = steps[steps.length - 1];
    expect(done.cleared).toEqual([]);
    expect(done.freed).toEqual([]);
    expect(done.finalized).toEqual(fin.finalized);
  });

  test('nothing is reported without an observer, and setCollectObserver returns the previous one', () => {
    const first = { report: (): void => {} };
    expect(setCollectObserver(first)).toBe(null);
    expect(collectObserver).toBe(first);
    expect(setCollectObserver(null)).toBe(first);
    const r = runPython('import gc\nl = []\nl.append(l)\ndel l\nprint(gc.collect())\n', { finalize: false });
    expect(r.stdout).toBe('1\n');
    expect(collectObserver).toBe(null);
  });
});
