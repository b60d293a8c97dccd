/**
 * Text for SVG: escaping, cutting to a width, number formats. No DOM, so widths are estimated
 * from character counts (monospace text is exact; sans-serif uses an average advance).
 */

/** Average advance of a character, in em: monospace is exact, sans-serif an estimate. */
export const enum Advance {
  MONO = 0.6,
  SANS = 0.58,
}

/**
 * Characters XML 1.0 forbids (controls other than tab/newline/return, lone surrogates, U+FFFE
 * and U+FFFF) become U+FFFD: a Python str may hold any of them, and one would make the whole
 * SVG fail to parse.
 */
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Anything esc() has to change: most text has none, and skips both replacements. */
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Text safe inside an element or a double-quoted attribute (the only kind written here). */
export function esc(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return s.replace(INVALID_XML, '\ufffd').replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

/** Cuts `s` to at most `max` characters (code points), ending in '…' when cut. */
export function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const cps = Array.from(s);
  if (cps.length <= max) return s;
  return cps.slice(0, Math.max(0, max - 1)).join('') + '…';
}

/** Words of `s` in lines of at most `max` characters (a longer word gets a line of its own). */
export function wrap(s: string, max: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of s.split(' ')) {
    if (cur !== '' && cur.length + 1 + word.length > max) {
      lines.push(cur);
      cur = word;
    } else {
      cur = cur === '' ? word : `${cur} ${word}`;
    }
  }
  if (cur !== '') lines.push(cur);
  return lines;
}

/** Characters of text that fit in `width` pixels at `fontSize` with the given advance. */
export function fits(width: number, fontSize: number, advance: number): number {
  return Math.max(1, Math.floor(width / (fontSize * advance)));
}

/** Estimated width of `s` in pixels. */
export function textWidth(s: string, fontSize: number, advance: number): number {
  return s.length * fontSize * advance;
}

const TWO_32 = 4294967296;

/**
 * An address as CPython prints it in reprs: 0x7f3a1c000030. Addresses are beyond 32 bits, where
 * Number#toString(16) is slow: the two halves are converted apart.
 */
export function hex(addr: number): string {
  if (addr < TWO_32 && addr >= 0) return '0x' + addr.toString(16);
  const hi = Math.floor(addr / TWO_32);
  const lo = (addr - hi * TWO_32).toString(16);
  return '0x' + hi.toString(16) + '00000000'.slice(lo.length) + lo;
}

/** A byte count: 88 B, 16 KiB, 1 MiB. */
export function bytes(n: number): string {
  if (n >= 1 << 20 && n % (1 << 20) === 0) return `${n / (1 << 20)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} B`;
}

/** A count with thin grouping, for badges: 1000000478 -> 1 000 000 478. */
export function count(n: number): string {
  const s = String(n);
  if (Math.abs(n) < 10000) return s;
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009');
}

/** Rounds a coordinate for output (integers keep the SVG short). */
export function r(n: number): number {
  return Math.round(n);
}
