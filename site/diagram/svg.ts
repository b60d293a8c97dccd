/**
 * The SVG document around a view: size, theme styles, shared definitions (arrowheads, the
 * garbage hatching), and the text alternative for screen readers: <title>, <desc> and a
 * visually hidden list inside a <foreignObject>. The drawing itself is aria-hidden.
 */
import { BASE_CSS, type ThemeName, themeCss } from './theme.ts';
import { esc } from './text.ts';

export interface RenderOptions {
  /** Palette: 'auto' follows the page (Starlight's data-theme) or the viewer's colour scheme. */
  theme?: ThemeName;
  /** Prefix of the ids in the document; give each diagram of one page its own. */
  idPrefix?: string;
}

/**
 * The diagram's id (and the prefix of every id inside it), made safe for CSS selectors and
 * url(#...) references: letters, digits, '-' and '_', not starting with a digit.
 */
export function diagramId(opts: RenderOptions): string {
  const raw = (opts.idPrefix ?? 'hb').replace(/[^A-Za-z0-9_-]/g, '_');
  return /^[A-Za-z_]/.test(raw) ? raw : `hb${raw}`;
}

export interface SvgParts {
  width: number;
  height: number;
  title: string;
  desc: string;
  /** Lines of the hidden list, one per frame, object or pool. */
  items: string[];
  /** View-specific CSS (after the theme and base rules). */
  css: string;
  /** Extra <defs> content. */
  defs: string;
  body: string;
}

/** Arrowheads (one per edge colour) and the hatching of unreachable objects. */
export function commonDefs(id: string): string {
  const head = (name: string, cls: string): string =>
    `<marker id="${id}-${name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0 1L10 5L0 9z" class="${cls}"/></marker>`;
  const dot = (name: string, cls: string): string =>
    `<marker id="${id}-${name}" viewBox="0 0 6 6" refX="3" refY="3" markerWidth="6" markerHeight="6" markerUnits="userSpaceOnUse"><circle cx="3" cy="3" r="2.6" class="${cls}"/></marker>`;
  return (
    dot('d', 'ah') +
    dot('dw', 'ah w') +
    head('a', 'ah') +
    head('aw', 'ah w') +
    head('ag', 'ah g') +
    `<pattern id="${id}-h" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="7" height="7" class="hb-hf"/><line x1="0" y1="0" x2="0" y2="7" class="hb-hl"/></pattern>`
  );
}

export const COMMON_CSS =
  '.hb .c{text-anchor:middle}.hb .r{text-anchor:end}' +
  '.hb .ah{fill:var(--hb-edge)}.hb .ah.w{fill:var(--hb-weak)}.hb .ah.g{fill:var(--hb-garbage)}' +
  '.hb .hb-hf{fill:var(--hb-box)}.hb .hb-hl{stroke:var(--hb-garbage);stroke-width:2.2;stroke-opacity:.35}';

/**
 * Edges get their dots and arrowheads from CSS (marker properties), scoped to this diagram
 * since the marker ids carry its prefix.
 */
function markerCss(id: string): string {
  const me = `#${id}`;
  return (
    `${me} .e{marker-start:url(#${id}-d);marker-end:url(#${id}-a)}` +
    `${me} .e.w{marker-start:url(#${id}-dw);marker-end:url(#${id}-aw)}` +
    `${me} .e.g{marker-end:url(#${id}-ag)}`
  );
}

export function svgDocument(p: SvgParts, opts: RenderOptions): string {
  const id = diagramId(opts);
  const theme = opts.theme ?? 'auto';
  const w = Math.ceil(p.width);
  const h = Math.ceil(p.height);
  let list = '';
  for (const item of p.items) list += `<li>${esc(item)}</li>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" class="hb" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="figure" aria-labelledby="${id}-title" aria-describedby="${id}-desc">` +
    `<title id="${id}-title">${esc(p.title)}</title><desc id="${id}-desc">${esc(p.desc)}</desc>` +
    `<style>${themeCss(theme, id)}${BASE_CSS}${COMMON_CSS}${markerCss(id)}${p.css}</style>` +
    `<defs>${commonDefs(id)}${p.defs}</defs>` +
    `<rect class="bg" width="100%" height="100%"/>` +
    `<g aria-hidden="true">${p.body}</g>` +
    `<foreignObject width="1" height="1"><div xmlns="http://www.w3.org/1999/xhtml" class="sr"><ul>${list}</ul></div></foreignObject>` +
    `</svg>`
  );
}

const ANCHOR_CLASS = { '': '', middle: 'c', end: 'r' } as const;

/** A <text> element; `s` is escaped here. Anchors are classes (.c middle, .r end): shorter. */
export function text(x: number, y: number, s: string, cls = '', anchor: '' | 'middle' | 'end' = ''): string {
  const a = ANCHOR_CLASS[anchor];
  const all = cls === '' ? a : a === '' ? cls : `${cls} ${a}`;
  const c = all === '' ? '' : ` class="${all}"`;
  return `<text x="${Math.round(x)}" y="${Math.round(y)}"${c}>${esc(s)}</text>`;
}
