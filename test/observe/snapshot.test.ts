// The snapshot extractor on small programs: what it draws, how it labels references, the
// states it gives, and that every drawn object's listed holders add up to its count.
import { describe, expect, it } from 'vitest';
import { createInterpreter, recordRun, snapshots, stepInfos, stepsAtLine } from '../../kernel/index.ts';
import type { HeapSnapshot, ObjectSnapshot, Timeline } from '../../kernel/protocol.ts';
import { mismatches } from './accounting.ts';

function record(source: string, options = {}): Timeline {
  const r = recordRun(source, { filename: 'example.py', ...options });
  expect(r.stderr).toBe('');
  return r.timeline;
}

/** The snapshot taken when `line` starts (its first line event). */
function atLine(t: Timeline, line: number, nth = 0): HeapSnapshot {
  const i = stepsAtLine(t, line)[nth];
  expect(i, `a step at line ${line}`).toBeDefined();
  return [...snapshots(t)][i];
}

function last(t: Timeline): HeapSnapshot {
  return [...snapshots(t)].at(-1)!;
}

function named(s: HeapSnapshot, name: string, frame = 0): ObjectSnapshot {
  const b = s.frames[frame].names.find((n) => n.name === name);
  expect(b, `name ${name}`).toBeDefined();
  const o = s.objects.find((x) => x.addr === b!.addr && x.state !== 'freed');
  expect(o, `object of ${name}`).toBeDefined();
  return o!;
}

function target(s: HeapSnapshot, o: ObjectSnapshot, text: string): ObjectSnapshot {
  const r = o.referents.find((x) => x.label.text === text);
  expect(r, `referent ${text} of ${o.summary}`).toBeDefined();
  return s.objects.find((x) => x.addr === r!.addr && x.state !== 'freed')!;
}

function expectAddsUp(t: Timeline): void {
  let i = 0;
  for (const s of snapshots(t)) {
    expect(mismatches(s).map((m) => `step ${i}: ${m.object.type} ${m.object.summary} ${m.object.refcount} != ${m.listed}`)).toEqual([]);
    i++;
  }
}

describe('snapshots of a script', () => {
  const t = record(`a = [1, 2, 3]
b = a
s = 'hello'
n = 12345
t = (a, 'x')
print(len(t))
`);

  it('steps: one before the program, one per line, one after', () => {
    const infos = stepInfos(t);
    expect(infos.map((s) => s.line)).toEqual([null, 1, 2, 3, 4, 5, 6, null]);
    expect(infos[1].event).toEqual({ kind: 'line', frame: 1, line: 1 });
    expect(t.end?.reason).toBe('finished');
  });

  it('the module frame lists the program’s globals in order, as views of the globals dict', () => {
    const s = atLine(t, 6);
    expect(s.frames).toHaveLength(1);
    const f = s.frames[0];
    expect(f.codeName).toBe('<module>');
    expect(f.names.map((n) => n.name)).toEqual(['a', 'b', 's', 'n', 't']);
    expect(f.names.every((n) => n.kind === 'global')).toBe(true);
    const g = s.objects.find((o) => o.addr === f.globals)!;
    expect(g.type).toBe('dict');
    expect(g.referents.some((r) => r.label.kind === 'value' && r.label.text === "'a'")).toBe(true);
  });

  it('counts, flags and labels as CPython 3.11 has them', () => {
    const s = atLine(t, 6);
    const a = named(s, 'a');
    expect(a).toMatchObject({ type: 'list', refcount: 3, size: 88, tracked: true, generation: 0, summary: '[1, 2, 3]', length: 3, state: 'live' });
    expect(a.referents.map((r) => r.label)).toEqual([
      { kind: 'index', text: '0' },
      { kind: 'index', text: '1' },
      { kind: 'index', text: '2' },
    ]);
    const one = target(s, a, '0');
    expect(one.flags).toEqual({ smallInt: true, interned: false, singleton: false, static: true });
    expect(one.block).toBeNull();
    const hello = named(s, 's');
    expect(hello).toMatchObject({ type: 'str', summary: "'hello'", size: 54, tracked: false, generation: null });
    expect(hello.flags.interned).toBe(true);
    // While the module body runs, its code's constants and the parser's arena hold the literal.
    const ext = s.externalRefs.filter((e) => e.addr === hello.addr).map((e) => [e.kind, e.count]);
    expect(ext).toEqual(expect.arrayContaining([['consts', 1], ['arena', 1]]));
    const tup = named(s, 't');
    expect(tup.summary).toBe("([1, 2, 3], 'x')");
    expect(target(s, tup, '0').addr).toBe(a.addr);
  });

  it('after the run the globals stay drawn, the literals no longer held by the code', () => {
    const s = last(t);
    expect(s.step.line).toBeNull();
    const hello = named(s, 's');
    expect(hello.refcount).toBe(1);
    expect(s.externalRefs.filter((e) => e.addr === hello.addr)).toEqual([]);
  });

  it('adds up at every step', () => expectAddsUp(t));
});

describe('functions, closures and generators', () => {
  const t = record(`def outer(x, y=[]):
    z = [x]
    def inner():
        return z
    return inner
f = outer(5)
def gen(n):
    acc = []
    for i in range(n):
        acc.append(i)
        yield i
g = gen(3)
next(g)
done = 1
`);

  it('a function frame lists its locals, a cell variable as its cell', () => {
    const s = atLine(t, 5);
    const f = s.frames[1];
    expect(f.codeName).toBe('outer');
    expect(f.names.map((n) => [n.name, n.kind])).toEqual([['x', 'local'], ['y', 'local'], ['inner', 'local'], ['z', 'cell']]);
    const cell = s.objects.find((o) => o.addr === f.names[3].addr)!;
    expect(cell.type).toBe('cell');
    expect(cell.referents[0].label).toEqual({ kind: 'cell', text: 'cell_contents' });
    const outer = named(s, 'outer');
    expect(outer.referents.map((r) => r.label)).toEqual(
      expect.arrayContaining([{ kind: 'default', text: 'y' }, { kind: 'other', text: '__code__' }, { kind: 'attr', text: '__globals__' }]),
    );
  });

  it('a closure references its cells by free variable name', () => {
    const s = atLine(t, 7);
    const inner = named(s, 'f');
    const cell = target(s, inner, 'z');
    expect(inner.referents.find((r) => r.label.text === 'z')!.label.kind).toBe('closure');
    expect(target(s, cell, 'cell_contents').summary).toBe('[5]');
  });

  it('a suspended generator’s frame comes after the stack, with its locals', () => {
    const s = atLine(t, 14);
    const frames = s.frames.map((f) => [f.codeName, f.suspended]);
    expect(frames).toEqual([['<module>', false], ['gen', true]]);
    const gf = s.frames[1];
    expect(gf.names.map((n) => n.name)).toEqual(['n', 'acc', 'i']);
    // The for loop's iterator lives on the suspended frame's value stack.
    const stack = s.externalRefs.filter((e) => e.kind === 'stack' && e.frame === gf.id);
    expect(stack.map((e) => s.objects.find((o) => o.addr === e.addr)?.type)).toContain('range_iterator');
  });

  it('adds up at every step', () => expectAddsUp(t));
});

describe('states', () => {
  it('cyclic garbage is unreachable until collected, then freed once', () => {
    const t = record(`import gc
class Node:
    pass
a = Node()
a.me = a
del a
gc.collect()
print('done')
`);
    const before = atLine(t, 7);
    const garbage = before.objects.filter((o) => o.state === 'unreachable');
    expect(garbage.map((o) => o.type)).toEqual(['Node']);
    expect(garbage[0].referents.map((r) => r.label)).toEqual([{ kind: 'class', text: '__class__' }, { kind: 'attr', text: 'me' }]);
    const after = atLine(t, 8);
    const freed = after.objects.filter((o) => o.state === 'freed');
    expect(freed.map((o) => [o.type, o.addr, o.refcount])).toEqual([['Node', garbage[0].addr, 0]]);
    expect(last(t).objects.some((o) => o.addr === garbage[0].addr)).toBe(false);
    expectAddsUp(t);
  });

  it('an object freed by refcounting is listed freed in the step where it dies', () => {
    const t = record(`x = [1]
x = None
y = 2
`);
    const s = atLine(t, 3);
    expect(s.objects.filter((o) => o.state === 'freed').map((o) => o.summary)).toEqual(['[1]']);
    expect(atLine(t, 2).objects.some((o) => o.summary === '[1]' && o.state === 'live')).toBe(true);
  });

  it('weak references are weak referents, not counted', () => {
    const t = record(`import weakref
class C:
    pass
c = C()
r = weakref.ref(c)
end = 1
`);
    const s = atLine(t, 6);
    const r = named(s, 'r');
    expect(r.weakReferents.map((w) => w.addr)).toEqual([named(s, 'c').addr]);
    expect(named(s, 'c').refcount).toBe(1);
    expectAddsUp(t);
  });

  it('cyclic garbage a weak reference points at is unreachable all the same', () => {
    const t = record(`import gc, weakref
class C:
    pass
c = C()
c.me = c
r = weakref.ref(c)
del c
gc.collect()
end = 1
`);
    const s = atLine(t, 8);
    const r = named(s, 'r');
    const c = s.objects.find((o) => o.addr === r.weakReferents[0].addr)!;
    expect([c.type, c.state, c.refcount]).toEqual(['C', 'unreachable', 1]);
    expect(named(atLine(t, 7), 'c').state).toBe('live');
    expect(atLine(t, 9).objects.filter((o) => o.state === 'freed').map((o) => o.type)).toEqual(['C']);
    expectAddsUp(t);
  });

  it('a class shows its attributes and __mro__; its instances their class', () => {
    const t = record(`class Base:
    kind = 'base'
class Point(Base):
    def __init__(self, x):
        self.x = x
p = Point(300)
end = 1
`);
    const s = atLine(t, 7);
    const point = named(s, 'Point');
    expect(point.summary).toBe("<class 'Point'>");
    expect(point.referents.map((r) => `${r.label.kind} ${r.label.text}`)).toEqual(['attr __init__', 'mro 1', 'mro 2']);
    expect(target(s, point, '1').addr).toBe(named(s, 'Base').addr);
    const p = named(s, 'p');
    expect(p.referents.map((r) => `${r.label.kind} ${r.label.text}`)).toEqual(['class __class__', 'attr x']);
    expectAddsUp(t);
  });
});

describe('recording', () => {
  it('stops at the step budget, keeps the prefix, and the program runs on unobserved', () => {
    const src = 'total = 0\nfor i in range(1000):\n    total += i\nprint(total)\n';
    const r = recordRun(src, { maxSteps: 50 });
    expect(r.stdout).toBe('499500\n');
    expect(r.timeline.end).toEqual({ reason: 'step-budget', message: 'stopped after 50 steps (the step budget)' });
    expect(stepInfos(r.timeline)).toHaveLength(50);
  });

  it('stops at the size budget', () => {
    const src = 'xs = []\nfor i in range(300):\n    xs.append([i])\nprint(len(xs))\n';
    const r = recordRun(src, { maxBytes: 20_000 });
    expect(r.stdout).toBe('300\n');
    expect(r.timeline.end?.reason).toBe('size-budget');
    expect(JSON.stringify(r.timeline).length).toBeLessThan(40_000);
  });

  it('ends with the exception when the program raises', () => {
    const r = recordRun('x = 1\nraise ValueError(x)\n');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('ValueError: 1');
    expect(r.timeline.end?.reason).toBe('exception');
  });

  it('records cells of one interpreter one timeline each, the globals carried over', () => {
    const interp = createInterpreter({ write: () => {} });
    const one = interp.recordMain('a = [1, 2]\n', 'cell1.py');
    const two = interp.recordMain('b = a\n', 'cell2.py');
    const start = [...snapshots(two.timeline)][0];
    expect(start.frames[0].names.map((n) => n.name)).toEqual(['a']);
    expect(last(two.timeline).frames[0].names.map((n) => n.name)).toEqual(['a', 'b']);
    expect(last(one.timeline).frames[0].names.map((n) => n.name)).toEqual(['a']);
    expect(interp.snapshot().frames[0].names.map((n) => n.name)).toEqual(['a', 'b']);
  });

  it('a loop on one line steps once per iteration (a backward jump is a new line event)', () => {
    const t = record('xs = []\nfor i in range(3): xs.append(i)\nend = 1\n');
    expect(stepsAtLine(t, 2).length).toBe(4);
  });

  it('finer steps: each refcount change of a drawn object, each deallocation, each collector phase', () => {
    const src = 'import gc\na = []\nb = a\nc = [a]\na.append(a)\ndel a, b, c\ngc.collect()\n';
    const fine = record(src, { fine: { refcount: true, dealloc: true, gc: true } });
    const events = stepInfos(fine).map((s) => s.event?.kind ?? null);
    expect(events.filter((k) => k === 'incref').length).toBeGreaterThan(0);
    expect(events.filter((k) => k === 'gc-phase').length).toBe(6);
    expect(events).toContain('dealloc');
    const phases = [...snapshots(fine)].filter((s) => s.step.event?.kind === 'gc-phase').map((s) => s.collection!.phase);
    expect(phases).toEqual(['update_refs', 'subtract_refs', 'move_unreachable', 'finalize', 'clear', 'done']);
  });
});
