/**
 * A cell's markup as the build writes it: the highlighted code, the output the build's run
 * printed, and the diagram, readable with JavaScript off. The page's script (site/cells/client/)
 * finds cells by `.pycell` and reads their source and options from the data attributes.
 */
import { cellFilename } from './extract.ts';
import type { OutputChunk } from './output.ts';
import type { CellResult } from './run.ts';
import { highlightPython } from './highlight.ts';
import type { CellDiagram } from './diagram.ts';
import { encodeTimeline, pageTimeline } from './page-timeline.ts';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The output as `<pre>`: stdout plain, stderr in `.pycell-stderr` spans. */
export function outputHtml(output: readonly OutputChunk[]): string {
  const parts = mergeChunks(output).map((c) =>
    c.fd === 2 ? `<span class="pycell-stderr">${escapeHtml(c.text)}</span>` : escapeHtml(c.text));
  return `<pre class="pycell-static-output">${parts.join('')}</pre>`;
}

/** Adjacent chunks of the same stream as one. */
function mergeChunks(output: readonly OutputChunk[]): OutputChunk[] {
  const merged: OutputChunk[] = [];
  for (const c of output) {
    const last = merged.at(-1);
    if (last !== undefined && last.fd === c.fd) last.text += c.text;
    else merged.push({ ...c });
  }
  return merged;
}

/** An SVG document as an element inside HTML, where the namespace is implied. */
function inlineSvg(svg: string): string {
  return svg.replace(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '<svg');
}

/**
 * The diagram: the SVG at the cell's step, its caption, and the recorded timeline (cut to what
 * the view draws, gzipped JSON in base64: page-timeline.ts) from which the page's stepper draws
 * the other steps.
 */
function figureHtml(r: CellResult, d: CellDiagram): string {
  return `<figure class="pycell-diagram" data-pagefind-ignore data-timeline="${r.timeline === null ? '' : encodeTimeline(pageTimeline(r.timeline, r.cell.options.view ?? 'heap'))}">` +
    `<div class="pycell-picture">${inlineSvg(d.svg)}</div><figcaption class="pycell-step">${escapeHtml(d.caption)}</figcaption></figure>`;
}

export function cellHtml(r: CellResult, diagram: CellDiagram | null): string {
  const { cell } = r;
  const o = cell.options;
  const attrs = [
    'class="pycell not-content"',
    `data-cell="${cell.index}"`,
    `data-file="${cellFilename(cell.index)}"`,
    `data-source="${escapeHtml(cell.source)}"`,
    `data-count="${r.count}"`,
    `data-step="${o.step}"`,
    o.raises === null ? '' : `data-raises="${escapeHtml(o.raises)}"`,
    o.view === null ? '' : `data-view="${o.view}"`,
    o.names === 'all' ? '' : `data-names="${o.names}"`,
    o.hidden ? 'hidden data-pagefind-ignore' : '',
  ].filter((a) => a !== '');
  const hasOutput = r.output.length > 0;
  return [
    `<div ${attrs.join(' ')}>`,
    `<div class="pycell-head"><span class="pycell-count" title="execution count">[${r.count}]</span></div>`,
    `<div class="pycell-code">${highlightPython(cell.source)}</div>`,
    `<div class="pycell-output${hasOutput ? '' : ' pycell-empty'}" data-pagefind-ignore>${hasOutput ? outputHtml(r.output) : ''}</div>`,
    diagram === null ? '' : figureHtml(r, diagram),
    '</div>',
  ].join('');
}
