// Who holds what: the holders listed for each object add up to its reference count in every
// fixture (the rule kernel/PROTOCOL.md sets for the extractor), globals are counted once, and
// the text alternative flags a count that does not add up.
import { describe, expect, it } from 'vitest';
import { heldCount, indexHolders, renderHeap } from '../../site/diagram/index.ts';
import { Drawing, fixture, hexOf, steps } from './load.ts';
import { synthSnapshot } from './synth.ts';

describe('holders', () => {
  const all = [...['basic', 'functions', 'garbage', 'freed', 'large', 'allocator'].map(fixture), ...steps(), synthSnapshot(300, 2)];

  it('add up to every live object’s refcount in every fixture', () => {
    for (const s of all) {
      const idx = indexHolders(s);
      for (const o of s.objects) {
        if (o.state === 'freed') continue;
        expect(heldCount(idx.holders.get(o.addr) ?? []), `${o.type} ${o.summary}`).toBe(o.refcount);
      }
    }
  });

  it('count a module global once: as the globals dict’s entry, named', () => {
    const s = fixture('basic');
    const list = s.objects.find((o) => o.type === 'list')!;
    const hs = indexHolders(s).holders.get(list.addr)!;
    expect(hs.filter((h) => h.kind === 'name').map((h) => h.kind === 'name' && `${h.binding} ${h.name}`)).toEqual(['global a', 'global b']);
    expect(hs).toHaveLength(3);
    // Without the dict in the snapshot, the bindings themselves are the holders.
    const noDict = { ...s, objects: s.objects.filter((o) => o.addr !== s.frames[0].globals) };
    expect(indexHolders(noDict).holders.get(list.addr)!.filter((h) => h.kind === 'name')).toHaveLength(2);
  });

  it('the text alternative says when a count does not add up', () => {
    const s = fixture('basic');
    const list = s.objects.find((o) => o.type === 'list')!;
    list.refcount = 5;
    const d = new Drawing(renderHeap(s).svg);
    expect(d.srItems().find((i) => i.startsWith(`list at ${hexOf(list.addr)}`))).toContain('(2 references not accounted for)');
  });
});
