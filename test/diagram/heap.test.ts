// Structural tests of the heap view: which objects, edges, badges, marks and states the SVG
// holds for hand-made snapshots (test/diagram/fixtures/, made by fixtures/make.ts).
import { describe, expect, it } from 'vitest';
import type { HeapSnapshot, ObjectSnapshot } from '../../kernel/protocol.ts';
import { renderDiagram, renderHeap } from '../../site/diagram/index.ts';
import { Drawing, fixture, hexOf } from './load.ts';
import { all, byClass, hasClass } from './svg_walk.ts';
import { synthSnapshot } from './synth.ts';
import { Advance, textWidth } from '../../site/diagram/text.ts';

function find(s: HeapSnapshot, type: string, summary: string, state = 'live'): ObjectSnapshot {
  const o = s.objects.find((x) => x.type === type && x.summary === summary && x.state === state);
  if (o === undefined) throw new Error(`no ${type} ${summary}`);
  return o;
}

function draw(s: HeapSnapshot, opts = {}): Drawing {
  return new Drawing(renderHeap(s, { theme: 'light', ...opts }).svg);
}

/** How the badge writes a count: digits in groups of three past 9999, thin-space separated. */
function badgeText(n: number): string {
  return n < 10000 ? String(n) : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');
}

describe('heap view: a module with a list, names sharing it, constants', () => {
  const s = fixture('basic');
  const d = draw(s);
  const list = find(s, 'list', '[1, 2, 3]');
  const tuple = find(s, 'tuple', "([1, 2, 3], 'x')");

  it('draws every object reachable from the frame once, with its refcount in a badge', () => {
    for (const o of s.objects) {
      if (o.type === 'dict' || o.summary === "'__main__'") continue;
      const el = d.object(o.addr);
      expect(d.badge(el)).toBe(badgeText(o.refcount));
    }
    const addrs = d.objects().map((e) => e.attrs['data-addr']);
    expect(new Set(addrs).size).toBe(addrs.length);
  });

  it('does not draw the globals dict: its entries are the frame’s names', () => {
    const globals = s.frames[0].globals!;
    expect(d.has(globals)).toBe(false);
    // '__main__' is only held by the globals dict: not drawn either.
    expect(d.has(find(s, 'str', "'__main__'").addr)).toBe(false);
    expect(d.desc()).toContain('1 more inside cut containers not drawn');
  });

  it('draws one arrow per name and per container slot', () => {
    expect(d.edgeCount('frame', list.addr)).toBe(2); // a and b
    expect(d.edgeCount(tuple.addr, list.addr)).toBe(1);
    for (const r of list.referents) expect(d.edgeCount(list.addr, r.addr)).toBe(1);
    expect(d.edges().length).toBe(5 + 3 + 2); // names, list slots, tuple slots
  });

  it('colours objects by generation and marks the cached, interned and static ones', () => {
    expect(hasClass(d.object(list.addr), 'g0')).toBe(true);
    const one = find(s, 'int', '1');
    const el = d.object(one.addr);
    expect(hasClass(el, 'untracked')).toBe(true);
    expect(d.texts(el)).toEqual(expect.arrayContaining(['small int', 'static']));
    expect(d.texts(d.object(find(s, 'str', "'hello'").addr))).toContain('interned');
  });

  it('lists the references no edge shows under the object', () => {
    expect(d.texts(d.object(find(s, 'str', "'hello'").addr))).toContain('+ consts 1 · arena 1');
    expect(d.texts(d.object(find(s, 'int', '1').addr))).toContain('+ static 999999999 · runtime 310');
  });

  it('has a title, a description and a hidden list naming frames, objects and holders', () => {
    expect(d.title()).toBe('Heap at step 5, line 6: 1 frame, 8 objects');
    const items = d.srItems();
    expect(items).toHaveLength(1 + 8);
    expect(items[0]).toContain('Frame <module> (example.py, line 6): a → list at ' + hexOf(list.addr));
    const line = items.find((i) => i.startsWith(`list at ${hexOf(list.addr)}`))!;
    expect(line).toContain(`refcount 3, held by global a, global b, tuple at ${hexOf(tuple.addr)} [0]`);
    expect(line).not.toContain('not accounted');
    const root = d.root;
    expect(root.attrs.role).toBe('figure');
    const drawing = root.children.find((c) => c.tag === 'g')!;
    expect(drawing.attrs['aria-hidden']).toBe('true');
  });
});

describe('heap view: functions, cells, defaults, a suspended generator', () => {
  const s = fixture('functions');
  const d = draw(s);

  it('draws the suspended generator frame greyed, after the stack', () => {
    const frames = byClass(d.root, 'f');
    expect(frames.map((f) => f.attrs['data-frame'])).toEqual(['1', '2', '3']);
    expect(frames.map((f) => hasClass(f, 'sus'))).toEqual([false, false, true]);
    expect(d.texts()).toContain('suspended generators');
  });

  it('draws a cell variable through its cell, and closures and defaults as labelled slots', () => {
    const cell = find(s, 'cell', '<cell: list object>');
    const z = find(s, 'list', '[5]');
    const outer = find(s, 'function', '<function outer>');
    const inner = find(s, 'function', '<function outer.<locals>.inner>');
    expect(d.texts()).toContain('z (cell)');
    expect(d.edgeCount('frame', cell.addr)).toBe(1);
    expect(d.edgeCount(cell.addr, z.addr)).toBe(1);
    expect(d.edgeCount(inner.addr, cell.addr)).toBe(1);
    expect(d.edgeCount(outer.addr, find(s, 'list', '[]').addr)).toBe(1);
    expect(d.texts(d.object(outer.addr))).toEqual(expect.arrayContaining(['default y', '.__globals__ → globals']));
    expect(d.texts(d.object(outer.addr))).toContain('+ stack 1');
  });

  it('shows references to objects left out of the snapshot as hollow dots, without arrows', () => {
    const outer = d.object(find(s, 'function', '<function outer>').addr);
    const hollow = all(outer).filter((e) => e.tag === 'circle' && hasClass(e, 'x'));
    expect(hollow).toHaveLength(2); // __code__ and __globals__ (the hidden globals dict)
  });
});

describe('heap view: cyclic garbage and weak references', () => {
  const s = fixture('garbage');
  const d = draw(s);
  const nodes = s.objects.filter((o) => o.type === 'Node');
  const selfList = find(s, 'list', '[[...]]', 'unreachable');
  const weakref = find(s, 'weakref', '<weakref to Node>');

  it('hatches unreachable objects and marks them', () => {
    for (const o of [...nodes, selfList]) {
      const el = d.object(o.addr);
      expect(hasClass(el, 'unreachable')).toBe(true);
      expect(all(el).some((e) => e.tag === 'rect' && /url\(#hb-h\)/.test(e.attrs.fill ?? ''))).toBe(true);
      expect(d.texts(el)).toContain('unreachable');
    }
    expect(hasClass(d.object(weakref.addr), 'unreachable')).toBe(false);
  });

  it('draws the cycle’s edges in the garbage colour, and a self-reference as a loop back', () => {
    const [a, b] = nodes;
    const ab = d.edges().find((e) => e.from === hexOf(a.addr) && e.to === hexOf(b.addr))!;
    expect(ab.cls).toBe('e g');
    expect(d.edgeCount(b.addr, a.addr)).toBe(1);
    expect(d.edgeCount(selfList.addr, selfList.addr)).toBe(1);
  });

  it('draws a weak reference dashed, and does not count it', () => {
    const w = d.edges().filter((e) => e.from === hexOf(weakref.addr));
    expect(w).toEqual([{ from: hexOf(weakref.addr), to: hexOf(nodes[0].addr), cls: 'e w' }]);
    expect(d.badge(d.object(nodes[0].addr))).toBe('1');
    expect(d.texts(d.object(weakref.addr))).toContain('referent (weak)');
  });

  it('says in the text alternative that they are garbage', () => {
    const line = d.srItems().find((i) => i.startsWith(`Node at ${hexOf(nodes[0].addr)}`))!;
    expect(line).toContain('UNREACHABLE');
    expect(d.desc()).toContain('3 unreachable');
  });
});

describe('heap view: objects freed in this step', () => {
  const s = fixture('freed');
  const d = draw(s);
  const dead = s.objects.filter((o) => o.state === 'freed');
  const reborn = find(s, 'list', '[3]');

  it('draws freed objects dashed, with a zero badge, without arrows', () => {
    expect(dead).toHaveLength(2);
    for (const o of dead) {
      const el = d.object(o.addr, 'freed');
      expect(d.badge(el)).toBe('0');
      expect(d.texts(el)[0]).toBe('list · freed');
    }
    // The only edge out of that address is the new list's [0]; the inner freed list has none.
    expect(d.edges().filter((e) => e.from === hexOf(dead[0].addr))).toHaveLength(reborn.referents.length);
    expect(d.edges().filter((e) => e.from === hexOf(dead[1].addr) || e.to === hexOf(dead[1].addr))).toHaveLength(0);
  });

  it('draws the new object that took a freed object’s address too, and says so', () => {
    expect(reborn.addr).toBe(dead[0].addr);
    const live = d.objects().filter((e) => e.attrs['data-addr'] === hexOf(reborn.addr) && !hasClass(e, 'freed'));
    expect(live).toHaveLength(1);
    expect(d.badge(live[0])).toBe('1');
    expect(d.texts(d.object(dead[0].addr, 'freed'))).toContain('address reused');
    expect(d.title()).toContain('step 7');
    expect(d.texts()[0]).toBe(`Step 7 · line 4 · freed list at ${hexOf(dead[0].addr)}`);
  });
});

describe('heap view: large containers', () => {
  const s = fixture('large');
  const d = draw(s);
  const big = find(s, 'list', '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, …]');
  const same = find(s, 'list', '[None, None, None, …]');

  it('cuts a long list after 7 rows and says how many references are left', () => {
    const t = d.texts(d.object(big.addr));
    expect(t).toContain('[6]');
    expect(t).not.toContain('[7]');
    expect(t).toContain('… 993 more · 993 not drawn');
    expect(d.objects().length).toBeLessThan(20);
  });

  it('folds a run of items pointing to one object into one row', () => {
    const none = find(s, 'NoneType', 'None');
    expect(d.texts(d.object(same.addr))).toContain('[0]…[49] ×50');
    expect(d.edgeCount(same.addr, none.addr)).toBe(1);
  });

  it('keeps dict keys in the row labels instead of drawing the key objects', () => {
    const dict = find(s, 'dict', "{'0': 0, '1': 1, '2': 2, …}");
    expect(d.texts(d.object(dict.addr))).toEqual(expect.arrayContaining(["'0'", "'6'", '… 23 more · 23 not drawn']));
    expect(d.has(find(s, 'str', "'0'").addr)).toBe(false);
    const withKeys = draw(s, { keyEdges: true });
    expect(withKeys.has(find(s, 'str', "'0'").addr)).toBe(true);
  });

  it('shows more rows when asked', () => {
    const d20 = draw(s, { maxSlots: 20 });
    expect(d20.texts(d20.object(big.addr))).toContain('[18]');
  });
});

describe('heap view: the legend', () => {
  it('wraps to the diagram’s width: at 640 px no item is cut off, and the drawing grows to hold the rows', () => {
    const basic = fixture('basic');
    const bare: HeapSnapshot = { ...basic, objects: [], externalRefs: [] };
    const cases: [HeapSnapshot, number, number][] = [[bare, 640, 3], [basic, 698, 3]];
    for (const [snap, width, rows] of cases) {
      const d = new Drawing(renderHeap(snap).svg);
      const height = Number(d.root.attrs.height);
      expect(Number(d.root.attrs.width)).toBe(width);
      const legend = byClass(d.root, 'legend')[0];
      const labels = all(legend).filter((e) => e.tag === 'text' && hasClass(e, 's'));
      expect(labels.map((e) => e.text)).toEqual(expect.arrayContaining(['freed this step', 'to an object not shown']));
      for (const e of labels) {
        expect(Number(e.attrs.x) + textWidth(e.text, 9.5, Advance.SANS)).toBeLessThanOrEqual(width - 16);
        expect(Number(e.attrs.y)).toBeLessThan(height - 16);
      }
      // Up to 700 px (two heap columns) the boxes' key wraps once: three rows.
      expect(new Set(labels.map((e) => e.attrs.y)).size).toBe(rows);
    }
  });
});

describe('escaping', () => {
  it('escapes every text: markup, quotes, ampersands, control characters, lone surrogates', () => {
    const s = fixture('basic');
    const list = s.objects.find((o) => o.type === 'list')!;
    list.summary = `</text><script>alert("x")</script> & 'q' \u0000\u001b \ud800 ]]>`;
    list.type = 'Evil<&>"';
    s.frames[0].names[0].name = '<a href="x">';
    s.frames[0].codeName = '<module & "friends">';
    list.referents[0].label = { kind: 'index', text: '"0"<' };
    const svg = renderHeap(s).svg;
    expect(svg).not.toContain('<script>');
    const d = new Drawing(svg); // throws if anything broke the markup
    const texts = d.texts(d.object(list.addr));
    expect(texts.some((t) => t.startsWith('</text><script>alert('))).toBe(true);
    expect(texts).toContain('Evil<&>"');
    expect(d.texts()).toContain('<a href="x">');
    const item = d.srItems().find((i) => i.startsWith('Evil<&>"'))!;
    expect(item).toContain('</text><script>alert("x")</script> & \'q\' \ufffd\ufffd \ufffd ]]>');
  });
});

describe('themes and ids', () => {
  const s = fixture('basic');

  it('follows the page or the viewer by default, and writes one palette when asked', () => {
    const auto = renderHeap(s).svg;
    expect(auto).toContain('prefers-color-scheme:dark');
    expect(auto).toContain('[data-theme=dark] #hb{');
    expect(auto).toContain('var(--sl-color-bg');
    const dark = renderHeap(s, { theme: 'dark' }).svg;
    expect(dark).not.toContain('prefers-color-scheme');
    expect(dark).toContain('#hb{--hb-bg:var(--sl-color-bg,#17181c)');
  });

  it('prefixes ids so that several diagrams can share a page', () => {
    const svg = renderHeap(s, { idPrefix: 'cell3' }).svg;
    const ids = all(new Drawing(svg).root).map((e) => e.attrs.id).filter((x) => x !== undefined);
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) expect(id === 'cell3' || id.startsWith('cell3-')).toBe(true);
    expect(svg).toContain('url(#cell3-a)');
    expect(svg).not.toContain('#hb-');
    expect(new Set(ids).size).toBe(ids.length);
    const odd = renderHeap(s, { idPrefix: '3 cells "x"' }).svg;
    expect(odd).toContain('id="hb3_cells__x_"');
  });

  it('never repeats an id within a document, in any view', () => {
    const docs = [renderHeap(s).svg, renderHeap(fixture('garbage')).svg, renderDiagram(fixture('allocator'), 'allocator')];
    for (const svg of docs) {
      const ids = all(new Drawing(svg).root).map((e) => e.attrs.id).filter((x) => x !== undefined);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('stays compact: under 800 bytes per object for a 1,000-object heap', () => {
    const svg = renderHeap(synthSnapshot(1000, 7)).svg;
    expect(svg.length / 1000).toBeLessThan(800);
  });

  it('renders through renderDiagram and refuses other protocol versions', () => {
    expect(renderDiagram(s, 'heap')).toContain('<svg');
    expect(() => renderDiagram({ ...s, version: 2 as 1 }, 'heap')).toThrow(/protocol version 2/);
    expect(() => renderDiagram(s, 'gc')).toThrow(/no collection/);
  });
});

describe('robustness', () => {
  it('draws an empty heap, an empty collection and an allocator without arenas', () => {
    const empty: HeapSnapshot = {
      version: 1, step: { index: 0, line: null, filename: 'x.py', event: null }, frames: [], objects: [], externalRefs: [],
      allocator: {
        layout: { poolSize: 16384, poolOverhead: 48, arenaSize: 1 << 20 }, arenas: [], usableArenas: [], usedpools: [],
        maxarenas: 16, narenasCurrentlyAllocated: 0, narenasHighwater: 0, ntimesArenaAllocated: 0, allocatedBlocks: 0,
        rawAllocatedBlocks: 0, freeLists: { float: 0, tuple: [], list: 0, dict: 0, dictKeys: 0 },
      },
      gc: { counts: [0, 0, 0], thresholds: [700, 10, 10], enabled: true, collecting: false },
    };
    expect(new Drawing(renderHeap(empty).svg).title()).toBe('Heap at step 0: 0 frames, 0 objects');
    expect(new Drawing(renderDiagram(empty, 'allocator')).texts()).toContain('no arena allocated');
    const gc = renderDiagram({ ...empty, collection: { version: 1, generation: 2, phase: 'done', objects: [], collected: 0, uncollectable: 0 } }, 'gc');
    expect(new Drawing(gc).title()).toBe('Collecting generation 2, phase done: 0 objects');
  });

  it('draws names and slots that point to objects missing from the snapshot as hollow dots', () => {
    const s = fixture('basic');
    const list = s.objects.find((o) => o.type === 'list')!;
    const broken = { ...s, objects: s.objects.filter((o) => o !== list) };
    const d = new Drawing(renderHeap(broken).svg);
    expect(d.has(list.addr)).toBe(false);
    const frame = byClass(d.root, 'f')[0];
    expect(all(frame).filter((e) => e.tag === 'circle' && hasClass(e, 'x'))).toHaveLength(2); // a and b
  });
});
