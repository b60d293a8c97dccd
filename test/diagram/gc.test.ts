// The collector view: one gc.collect(0) of a two-instance cycle with __del__, beside a list that
// holds a list, phase by phase (fixtures/gc.json).
import { describe, expect, it } from 'vitest';
import type { GcPhaseSnapshot } from '../../kernel/protocol.ts';
import { renderDiagram, renderGc } from '../../site/diagram/index.ts';
import { Drawing, fixture, gcPhases, hexOf } from './load.ts';
import { all, byClass, hasClass } from './svg_walk.ts';

const phases = gcPhases();
const draw = (p: GcPhaseSnapshot): Drawing => new Drawing(renderGc(p, { theme: 'light' }));

function x(d: Drawing, addr: number): number {
  return Number(/translate\((\d+),/.exec(d.object(addr).attrs.transform)![1]);
}

function y(d: Drawing, addr: number): number {
  return Number(/,(\d+)\)/.exec(d.object(addr).attrs.transform)![1]);
}

describe('collector view', () => {
  const [cycleA, cycleB, outer, inner] = phases[0].objects.map((o) => o.addr);

  it('marks the current phase in the strip of all six', () => {
    phases.forEach((p, i) => {
      const d = draw(p);
      const on = byClass(d.root, 'pt', 'on');
      expect(on.map((e) => e.text)).toEqual([`${i + 1} ${p.phase}`]);
      expect(d.title()).toBe(`Collecting generation 0, phase ${p.phase}: 4 objects`);
    });
  });

  it('shows gc_refs copied, then what is left after internal references are subtracted', () => {
    const d0 = draw(phases[0]);
    expect(d0.texts(d0.object(outer))).toContain('gc_refs = 1 (copied)');
    const d1 = draw(phases[1]);
    expect(d1.texts(d1.object(cycleA))).toContain('gc_refs 1 → 0');
    expect(d1.texts(d1.object(outer))).toContain('gc_refs 1 → 1');
    expect(d1.texts(d1.object(inner))).toContain('gc_refs 1 → 0');
    expect(byClass(d1.object(cycleA), 'zero')).toHaveLength(1);
  });

  it('moves the unreachable objects to the second lane, keeping their rows', () => {
    const before = draw(phases[1]);
    const after = draw(phases[2]);
    for (const a of [cycleA, cycleB]) {
      expect(x(after, a)).toBeGreaterThan(x(before, a));
      expect(y(after, a)).toBe(y(before, a));
      expect(hasClass(after.object(a), 'unreachable')).toBe(true);
    }
    for (const a of [outer, inner]) expect(x(after, a)).toBe(x(before, a));
    expect(after.texts()).toEqual(expect.arrayContaining(['reachable', 'unreachable']));
  });

  it('draws internal references, and references leaving the set as hollow dots', () => {
    const d = draw(phases[2]);
    const edges = d.edges().map((e) => `${e.from}->${e.to}`);
    expect(edges.sort()).toEqual([`${hexOf(cycleA)}->${hexOf(cycleB)}`, `${hexOf(cycleB)}->${hexOf(cycleA)}`, `${hexOf(outer)}->${hexOf(inner)}`].sort());
    expect(d.texts(d.object(cycleA))).toContain('__class__ (outside)');
    expect(all(d.object(cycleA)).filter((e) => e.tag === 'circle' && hasClass(e, 'x'))).toHaveLength(1);
  });

  it('marks finalizers run, then the cycle freed', () => {
    const fin = draw(phases[3]);
    expect(fin.texts(fin.object(cycleA))).toContain('__del__ ran');
    const cleared = draw(phases[4]);
    for (const a of [cycleA, cycleB]) {
      expect(hasClass(cleared.object(a), 'freed')).toBe(true);
      expect(cleared.badge(cleared.object(a))).toBe('0');
    }
    const done = draw(phases[5]);
    expect(done.texts()).toContain('survivors → generation 1');
    expect(hasClass(done.object(outer), 'older')).toBe(true);
    expect(done.texts()).toContain('2 unreachable found · 0 uncollectable');
  });

  it('renders a snapshot’s collection through renderDiagram', () => {
    const s = { ...fixture('basic'), collection: phases[2] };
    expect(renderDiagram(s, 'gc')).toContain('move_unreachable');
  });
});
