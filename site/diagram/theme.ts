/**
 * Colours of the diagrams, light and dark, as CSS custom properties on the <svg class="hb">.
 *
 * Inline in a Starlight page the neutral colours follow the site (they fall back to Starlight's
 * --sl-color-* variables), and the palette follows Starlight's `data-theme` attribute on <html>;
 * a standalone .svg file follows the viewer's prefers-color-scheme. A fixed `theme` option
 * writes one palette only (for PNG rendering and tests).
 */

export type ThemeName = 'auto' | 'light' | 'dark';

/** One palette: CSS variable name (without `--hb-`) to colour. */
export type Palette = Readonly<Record<PaletteKey, string>>;

export type PaletteKey =
  | 'bg' // page background
  | 'fg' // text
  | 'muted' // secondary text (addresses, sizes, labels)
  | 'box' // object body
  | 'line' // object outline when untracked
  | 'frame' // frame body
  | 'frame-head' // frame header band
  | 'edge' // strong references
  | 'weak' // weak references
  | 'badge' // refcount badge
  | 'badge-fg'
  | 'g0' // generation 0
  | 'g1'
  | 'g2'
  | 'gp' // permanent generation (gc.freeze)
  | 'untracked'
  | 'mark' // small-int / interned / singleton / static chips
  | 'garbage' // unreachable hatching and labels
  | 'freed' // freed objects' outline and badge
  | 'alloc' // allocated block
  | 'free' // block on a pool's free list
  | 'virgin'; // block never handed out (objects in blocks use 'badge')

export const LIGHT: Palette = {
  bg: 'var(--sl-color-bg,#ffffff)',
  fg: 'var(--sl-color-text,#23262f)',
  muted: 'var(--sl-color-gray-3,#5e6372)',
  box: '#f6f7f9',
  line: '#aeb3bf',
  frame: '#eef0fb',
  'frame-head': '#d9ddf7',
  edge: '#3f4656',
  weak: '#7b8194',
  badge: '#3346d3',
  'badge-fg': '#ffffff',
  g0: '#1f9e89',
  g1: '#d48a12',
  g2: '#8b4fd1',
  gp: '#5b6472',
  untracked: '#aeb3bf',
  mark: '#e6e9f2',
  garbage: '#d1452f',
  freed: '#c23b2b',
  alloc: '#9fabe6',
  free: '#f2c46d',
  virgin: '#eceef3',
};

export const DARK: Palette = {
  bg: 'var(--sl-color-bg,#17181c)',
  fg: 'var(--sl-color-text,#e3e5ea)',
  muted: 'var(--sl-color-gray-3,#9aa0ae)',
  box: '#23262e',
  line: '#565c6b',
  frame: '#22263a',
  'frame-head': '#313761',
  edge: '#c4c9d6',
  weak: '#8d93a6',
  badge: '#7c8cff',
  'badge-fg': '#0f1117',
  g0: '#3cc7ae',
  g1: '#f0a93a',
  g2: '#b383f2',
  gp: '#8a93a3',
  untracked: '#565c6b',
  mark: '#343846',
  garbage: '#f26b55',
  freed: '#f26b55',
  alloc: '#4b5694',
  free: '#9a7430',
  virgin: '#2a2d36',
};

function vars(p: Palette): string {
  let s = '';
  for (const k of Object.keys(p) as PaletteKey[]) s += `--hb-${k}:${p[k]};`;
  return s;
}

/**
 * The CSS variables for the chosen theme, scoped to one diagram (`#id`): styles inside an inline
 * <svg> apply to the whole page, so two diagrams with different themes must not share rules.
 */
export function themeCss(theme: ThemeName, id: string): string {
  const me = `#${id}`;
  if (theme === 'light') return `${me}{${vars(LIGHT)}}`;
  if (theme === 'dark') return `${me}{${vars(DARK)}}`;
  const light = vars(LIGHT);
  const dark = vars(DARK);
  return (
    `${me}{${light}}` +
    `@media (prefers-color-scheme:dark){${me}{${dark}}}` +
    `[data-theme=light] ${me}{${light}}` +
    `[data-theme=dark] ${me}{${dark}}`
  );
}

/** Generation key for colours: g0, g1, g2, gp, or untracked. */
export function generationKey(g: 0 | 1 | 2 | 'permanent' | null): 'g0' | 'g1' | 'g2' | 'gp' | 'untracked' {
  if (g === null) return 'untracked';
  if (g === 'permanent') return 'gp';
  return g === 0 ? 'g0' : g === 1 ? 'g1' : 'g2';
}

/** Styles shared by all views (class names are short: they repeat thousands of times). */
export const BASE_CSS =
  '.hb{font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",sans-serif;font-size:12px}' +
  '.hb text{fill:var(--hb-fg)}' +
  '.hb .m{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:11px}' +
  '.hb .s{font-size:9.5px;fill:var(--hb-muted)}' +
  '.hb .b{font-weight:600}' +
  '.hb .bg{fill:var(--hb-bg)}' +
  '.hb .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}';
