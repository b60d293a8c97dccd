/**
 * Heapbook's memory diagrams: snapshot in, SVG string out. Pure TypeScript: no DOM, no kernel
 * code (only `import type` from kernel/protocol.ts), so the same functions run at build time in
 * Node, in the CLI and in the browser.
 *
 *   const memory = createPlacementMemory();           // one per run being stepped through
 *   const { svg } = renderHeap(snapshot, { memory }); // heap view
 *   renderAllocator(snapshot, { previousAllocator });  // needs snapshot.allocator
 *   renderGc(snapshot.collection!);                   // one collector phase
 */
import type { GcPhaseSnapshot, HeapSnapshot, ProtocolVersion } from '../../kernel/protocol.ts';
import { type AllocatorRenderOptions, renderAllocator } from './allocator_view.ts';
import { renderGc } from './gc_view.ts';
import { type HeapRenderOptions, renderHeap } from './heap_view.ts';

export { type AllocatorRenderOptions, changedPools, focusPools, renderAllocator } from './allocator_view.ts';
export { renderGc } from './gc_view.ts';
export { type HeapRender, type HeapRenderOptions, renderHeap } from './heap_view.ts';
export { type HeapLayout, type LayoutOptions, type PlacementMemory, createPlacementMemory, layoutHeap } from './layout.ts';
export { type Holder, heldCount, indexHolders } from './referrers.ts';
export type { RenderOptions } from './svg.ts';
export type { ThemeName } from './theme.ts';

/** The protocol version this renderer reads (checked against the type, so a bump fails to compile here). */
export const SUPPORTED_VERSION: ProtocolVersion = 1;

export type View = 'heap' | 'allocator' | 'gc';

/** Throws a readable error for a snapshot of another protocol version. */
export function checkVersion(x: { version: number }): void {
  if (x.version !== SUPPORTED_VERSION) {
    throw new Error(`diagram: snapshot protocol version ${x.version}, this renderer reads version ${SUPPORTED_VERSION}`);
  }
}

/** Any view of a snapshot; the gc view draws `snapshot.collection` (or says there is none). */
export function renderDiagram(snap: HeapSnapshot, view: View, opts: HeapRenderOptions & AllocatorRenderOptions = {}): string {
  checkVersion(snap);
  if (view === 'allocator') return renderAllocator(snap, opts);
  if (view === 'gc') {
    const c: GcPhaseSnapshot | null | undefined = snap.collection;
    if (c == null) throw new Error('diagram: no collection is running at this step (the gc view needs snapshot.collection)');
    return renderGc(c, opts);
  }
  return renderHeap(snap, opts).svg;
}
