// Fixture loading and SVG queries shared by the diagram tests.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GcPhaseSnapshot, HeapSnapshot } from '../../kernel/protocol.ts';
import { type El, all, byClass, hasClass, parseXml } from './svg_walk.ts';

const here = dirname(fileURLToPath(import.meta.url));

export function fixture(name: string): HeapSnapshot {
  return JSON.parse(readFileSync(join(here, 'fixtures', `${name}.json`), 'utf8')) as HeapSnapshot;
}

export function steps(): HeapSnapshot[] {
  return JSON.parse(readFileSync(join(here, 'fixtures', 'steps.json'), 'utf8')) as HeapSnapshot[];
}

export function gcPhases(): GcPhaseSnapshot[] {
  return JSON.parse(readFileSync(join(here, 'fixtures', 'gc.json'), 'utf8')) as GcPhaseSnapshot[];
}

export const hexOf = (n: number): string => '0x' + n.toString(16);

/** The drawing of an SVG produced by the renderer: its object groups, edges and texts. */
export class Drawing {
  readonly root: El;

  constructor(readonly svg: string) {
    this.root = parseXml(svg);
  }

  /** Object groups (class "o"), by their data-addr (freed ones may share an address). */
  objects(): El[] {
    return byClass(this.root, 'o');
  }

  object(addr: number, state?: string): El {
    const found = this.objects().filter((e) => e.attrs['data-addr'] === hexOf(addr) && (state === undefined || hasClass(e, state)));
    if (found.length !== 1) throw new Error(`expected one object ${hexOf(addr)}${state ?? ''}, found ${found.length}`);
    return found[0];
  }

  has(addr: number): boolean {
    return this.objects().some((e) => e.attrs['data-addr'] === hexOf(addr));
  }

  /** Edges as 'from->to' ('frame->to' for names), with their classes. */
  edges(): { from: string; to: string; cls: string }[] {
    return all(this.root)
      .filter((e) => e.tag === 'path' && hasClass(e, 'e') && e.attrs['data-to'] !== undefined)
      .map((e) => ({ from: e.attrs['data-from'] ?? 'frame', to: e.attrs['data-to'], cls: e.attrs.class }));
  }

  edgeCount(from: number | 'frame', to: number): number {
    const f = from === 'frame' ? 'frame' : hexOf(from);
    return this.edges().filter((e) => e.from === f && e.to === hexOf(to)).length;
  }

  /** The texts of <text> elements inside `el`. */
  texts(el: El = this.root): string[] {
    return all(el).filter((e) => e.tag === 'text').map((e) => e.text);
  }

  /** The refcount badge's text of an object group. */
  badge(el: El): string {
    const t = all(el).find((e) => e.tag === 'text' && hasClass(e, 'bt'));
    if (t === undefined) throw new Error('no badge');
    return t.text;
  }

  /** Items of the hidden list for screen readers. */
  srItems(): string[] {
    return all(this.root).filter((e) => e.tag === 'li').map((e) => e.text);
  }

  title(): string {
    return all(this.root).find((e) => e.tag === 'title' && e.parent === this.root)!.text;
  }

  desc(): string {
    return all(this.root).find((e) => e.tag === 'desc' && e.parent === this.root)!.text;
  }
}
