// The build's cell plugins on small chapters: a cell's markup carries its code, its output and
// its options; a cell that fails at build time fails the build naming the file and the cell.
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { reconstruct, snapshots, stepCount } from '../../kernel/observe/timeline.ts';
import { parseCellOptions, pyCellsHast, pyCellsMdast, runChapter } from '../../site/cells/build/index.ts';
import { diagramAt } from '../../site/cells/build/diagram.ts';
import { cellNames } from '../../site/cells/build/options.ts';
import { encodeTimeline, pageTimeline } from '../../site/cells/build/page-timeline.ts';
import { decodeTimeline } from '../../site/cells/client/timeline-data.ts';
import { renderDiagram } from '../../site/diagram/index.ts';

function compile(source: string): string {
  return mdxToJs(source, {
    mdastPlugins: [pyCellsMdast()],
    hastPlugins: [pyCellsHast()],
    fileURL: pathToFileURL(`${process.cwd()}/content/example.mdx`),
  } as never).code;
}

describe('the build-time cell plugins', () => {
  it('write each cell with its output, outside the search index', () => {
    const js = compile('# T\n\n```python cell hidden\nn = 6 * 7\n```\n\n```python cell step=2 view=heap\nprint(n)\n```\n');
    expect(js).toContain('"data-source": "print(n)\\n"');
    expect(js).toContain('children: "42\\n"');
    expect(js).toContain('"data-pagefind-ignore"');
    expect(js).toContain('"data-view": "heap"');
    expect(js).toContain('"data-step": "2"');
    expect(js).toMatch(/hidden: true/);
  });

  it('draw the diagram a cell asks for at its step, with the recorded timeline for the stepper', () => {
    const heap = compile('```python cell view=heap step=1\nx = [1, 2]\ny = x\n```\n');
    expect(heap).toContain('step 1 of 0–3 · line 1');
    expect(heap).toContain('"data-timeline"');
    expect(heap).toMatch(/_components\.svg|"svg"/);
    const alloc = compile('```python cell view=allocator\nx = [1.5, 2.5]\n```\n');
    expect(alloc).toContain('step 2 of 0–2 · after the last line');
    const gc = compile('```python cell view=gc\nimport gc\na = []\na.append(a)\ndel a\ngc.collect()\n```\n');
    expect(gc).toMatch(/step \d+ of 0–\d+/);
  });

  it('embed a timeline cut to what the allocator view draws, which draws every step as the full one does', async () => {
    const source = 'xs = [float(i) for i in range(50)]\nd = {"a": xs}\ndel xs[::2]\nt = (1.5, 2.5)\n';
    const [r] = runChapter([{ index: 1, source, options: parseCellOptions('cell view=allocator'), line: 1, offset: 0 }]);
    const full = r.timeline!;
    const page = pageTimeline(full, 'allocator');
    expect(stepCount(page)).toBe(stepCount(full));
    // The protocol's own timeline keeps every pool's blocks; the page's keeps them for the drawn pools only.
    const blocks = (t: typeof full, i: number): number =>
      reconstruct(t, i).allocator!.arenas.flatMap((a) => a.pools).filter((p) => p.blocks !== undefined).length;
    expect(blocks(page, 1)).toBeLessThan(blocks(full, 1));
    expect(JSON.stringify(page).length).toBeLessThan(JSON.stringify(full).length / 2);
    expect(encodeTimeline(page).length).toBeLessThan(JSON.stringify(full).length / 10);
    const decoded = await decodeTimeline(encodeTimeline(page));
    expect(decoded).toEqual(page);
    for (let i = 0; i < stepCount(full); i++) {
      const prev = (t: typeof full): null | ReturnType<typeof reconstruct>['allocator'] => (i > 0 ? reconstruct(t, i - 1).allocator : null);
      const svg = (t: typeof full): string => renderDiagram(reconstruct(t, i), 'allocator', { previousAllocator: prev(t) });
      expect(svg(decoded)).toBe(svg(full));
    }
    // Other views record no allocator state: their timeline goes as recorded.
    expect(pageTimeline(full, 'heap')).toBe(full);
    const html = compile(`\`\`\`python cell view=allocator\n${source}\`\`\`\n`);
    const attr = /"data-timeline": "([A-Za-z0-9+/=]+)"/.exec(html)![1];
    expect(stepCount(await decodeTimeline(attr))).toBe(stepCount(full));
  });

  it('name the function and file in a step caption whose line is in another cell', () => {
    const js = compile('```python cell hidden\ndef f():\n    a = 1\n    b = [a]\n    c = (b, a)\n    return c\n```\n\n' +
      '```python cell view=heap step=3\nx = f()\n```\n');
    expect(js).toMatch(/step 3 of 0–\d+ · line 2 in f \(cell1\.py\)/);
    // The diagram's own title says so too.
    expect(js).toMatch(/Step 3 · line 2 in f \(cell1\.py\)/);
    // Lines of the cell itself stay plain.
    const own = compile('```python cell view=heap step=1\nx = [1]\ny = x\n```\n');
    expect(own).toMatch(/step 1 of 0–\d+ · line 1\b/);
  });

  it('show the finalize phase in the gc view while __del__ runs inside a collection', () => {
    const source = 'import gc\nclass N:\n    def __del__(self):\n        x = 1\n        y = 2\na = N()\na.me = a\ndel a\ngc.collect()\n';
    const [r] = runChapter([{ index: 1, source, options: parseCellOptions('cell view=gc'), line: 1, offset: 0 }]);
    const inDel = [...snapshots(r.timeline!)].filter((s) => s.frames.some((f) => f.codeName === '__del__'));
    expect(inDel.length).toBeGreaterThan(0);
    for (const s of inDel) {
      expect(s.collection?.phase).toBe('finalize');
      expect(renderDiagram(s, 'gc')).toContain('phase 4 of 6: finalize');
    }
    // The phases in order: finalize starts before the first __del__ and ends after the last.
    const phases = [...snapshots(r.timeline!)].filter((s) => s.step.event?.kind === 'gc-phase').map((s) => s.collection!.phase);
    expect(phases).toEqual(['update_refs', 'subtract_refs', 'move_unreachable', 'finalize', 'finalize', 'clear', 'done']);
  });

  it('draw only the globals a cell binds or uses with names=cell', () => {
    const cells = [
      { index: 1, source: 'a = [1, 2]\nbig = {"k": [3, 4]}\n', options: parseCellOptions('cell hidden'), line: 1, offset: 0 },
      { index: 2, source: 'c = (a, 5)  # not big\nprint(f"{c}", "big")\n', options: parseCellOptions('cell view=heap names=cell'), line: 5, offset: 40 },
    ];
    expect(cells[1].options.names).toBe('cell');
    expect([...cellNames(cells[1].source)].sort()).toEqual(['a', 'c', 'f', 'print']);
    const [, r] = runChapter(cells);
    const names = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>(a|big|c)<\/text>/g)].map((m) => m[1]).sort();
    const own = diagramAt(r.timeline!, 'heap', 'last', 'p', { names: cellNames(cells[1].source) }).svg;
    const all = diagramAt(r.timeline!, 'heap', 'last', 'p').svg;
    expect(names(all)).toEqual(['a', 'big', 'c']);
    expect(names(own)).toEqual(['a', 'c']);
    // The dict only `big` holds is not drawn either.
    expect(all).toContain("{'k': [3, 4]}");
    expect(own).not.toContain("{'k': [3, 4]}");
    const js = compile('```python cell view=heap names=cell\nx = 1\n```\n');
    expect(js).toContain('"data-names": "cell"');
    expect(() => parseCellOptions('cell names=some')).toThrow(/names=all\|cell/);
  });

  it('fail the build on a step the run does not have, or a gc view without a collection', () => {
    expect(() => compile('```python cell view=heap step=9\nx = 1\n```\n')).toThrow("content/example.mdx:1: cell 1: step=9, but the run's steps are 0 to 2");
    expect(() => compile('```python cell view=gc\nx = 1\n```\n')).toThrow('no collection runs in the cell');
  });

  it('leave other code blocks alone', () => {
    const js = compile('```python\nprint(1)\n```\n');
    expect(js).not.toContain('pycell');
  });

  it('fail the build on an unexpected exception, naming the file, the line and the cell', () => {
    expect(() => compile('text\n\n```python cell\nx = 1\n```\n\n```python cell\nprint(y)\n```\n'))
      .toThrow(/content\/example\.mdx:7: cell 2 raised NameError:\n[^]*name 'y' is not defined/);
  });

  it('fail the build when an expected exception does not come', () => {
    expect(() => compile('```python cell raises=ZeroDivisionError\nprint(1 / 1)\n```\n'))
      .toThrow('content/example.mdx:1: cell 1 was expected to raise ZeroDivisionError but ran without an exception');
  });

  it('accept the expected exception', () => {
    expect(compile('```python cell raises=ZeroDivisionError\n1 / 0\n```\n')).toContain('ZeroDivisionError: division by zero');
  });

  it('reject an unknown option', () => {
    expect(() => compile('```python cell hiden\npass\n```\n')).toThrow('content/example.mdx:1: cell 1: unknown cell option `hiden`');
  });
});
