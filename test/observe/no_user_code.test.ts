// Drawing never runs the program's code and never changes what it observes: a class whose
// __repr__, __str__, __eq__, __hash__, __len__, __sizeof__, __getattr__ and __del__ record
// every call runs with recording on exactly as with it off, the calls it logs are the program's
// own, and rendering every recorded step runs nothing either.
import { describe, expect, it } from 'vitest';
import { createInterpreter, snapshots, stepCount } from '../../kernel/index.ts';
import { renderDiagram } from '../../site/diagram/index.ts';

const PROGRAM = `
calls = []

class Spy:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        calls.append(('repr', self.name))
        return 'Spy(%s)' % self.name
    def __str__(self):
        calls.append(('str', self.name))
        return self.name
    def __eq__(self, other):
        calls.append(('eq', self.name))
        return self is other
    def __hash__(self):
        calls.append(('hash', self.name))
        return 7
    def __len__(self):
        calls.append(('len', self.name))
        return 3
    def __sizeof__(self):
        calls.append(('sizeof', self.name))
        return 1000
    def __getattr__(self, attr):
        calls.append(('getattr', attr))
        raise AttributeError(attr)
    def __del__(self):
        calls.append(('del', self.name))

class Listy(list):
    def __repr__(self):
        calls.append(('repr', 'listy'))
        return 'Listy'

a = Spy('a')
b = Spy('b')
table = {a: 1, b: 2}
items = Listy([a, b])
group = {a, b}
pair = (a, [b])
a.peer = b
b.peer = a
del a, b, table, items, group, pair
import gc
gc.collect()
print(calls)
`;

function run(record: boolean): { out: string; steps: number; svgs: number } {
  let out = '';
  const interp = createInterpreter({ write: (_fd, text) => (out += text) });
  let steps = 0;
  let svgs = 0;
  if (!record) {
    interp.runMain(PROGRAM, 'spy.py');
  } else {
    const { timeline } = interp.recordMain(PROGRAM, 'spy.py', { allocator: true, fine: { gc: true, dealloc: true, refcount: true } });
    steps = stepCount(timeline);
    let i = 0;
    for (const s of snapshots(timeline)) {
      i++;
      renderDiagram(s, 'heap');
      if (i % 10 === 0) renderDiagram(s, 'allocator');
      if (s.collection != null) renderDiagram(s, 'gc');
      svgs++;
    }
  }
  interp.finalize();
  return { out, steps, svgs };
}

describe('observation runs no program code', () => {
  it('prints the same with recording on (fine steps, allocator, gc phases) as off', () => {
    const plain = run(false);
    const recorded = run(true);
    expect(recorded.steps).toBeGreaterThan(30);
    expect(recorded.out).toBe(plain.out);
    // The program's own hashing of dict keys and set items is all there is.
    expect(plain.out).toContain("('hash', 'a')");
    expect(plain.out).not.toContain("'repr'");
    expect(plain.out).not.toContain("'sizeof'");
    expect(plain.out).not.toContain("'getattr'");
    // The cycle dies in the collection, after the del statements: its __del__ ran then.
    expect(plain.out).toContain("('del', 'a')");
  });
});
