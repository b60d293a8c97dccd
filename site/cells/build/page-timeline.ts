/**
 * The copy of a recorded timeline that a page embeds for its stepper: only what the cell's view
 * draws. The kernel records pymalloc's whole state at every step (the protocol keeps it intact
 * for other consumers); the allocator view draws block states only for the pools of interest
 * at each step (site/diagram/allocator_view.ts focusPools), so the page's copy keeps `blocks`
 * and `freeList` for those pools only, and drops the address lists the view never reads
 * (usedpools, arenas' freepools) and the objects' references (the allocator view places
 * objects, it draws no edges). Counts stay, so every step draws as from the full timeline.
 * Views other than the allocator's record no allocator state, and their timeline is kept as is.
 *
 * The page carries the timeline as gzipped JSON in base64 (`encodeTimeline`; the page's
 * `decodeTimeline` in site/cells/client/timeline-data.ts): JSON in an attribute costs a
 * `&quot;` per quote, and recorded steps compress well.
 */
import { gzipSync } from 'node:zlib';
import type { AllocatorSnapshot, Address, HeapSnapshot, ObjectSnapshot, PoolSnapshot, Timeline } from '../../../kernel/protocol.ts';
import { TimelineRecorder, snapshots } from '../../../kernel/observe/timeline.ts';
import { focusPools } from '../../diagram/index.ts';
import type { CellView } from './options.ts';

function trimObject(o: ObjectSnapshot): ObjectSnapshot {
  return o.referents.length === 0 && o.weakReferents.length === 0 ? o : { ...o, referents: [], weakReferents: [] };
}

function trimPool(p: PoolSnapshot): PoolSnapshot {
  const { blocks: _blocks, freeList: _freeList, ...rest } = p;
  return rest;
}

/** The allocator state with block detail only for the pools in `keep`. */
export function trimAllocator(a: AllocatorSnapshot, keep: ReadonlySet<Address> | ReadonlyMap<Address, unknown>): AllocatorSnapshot {
  return {
    ...a,
    usedpools: [],
    arenas: a.arenas.map((ar) => ({ ...ar, freepools: [], pools: ar.pools.map((p) => (keep.has(p.address) ? p : trimPool(p))) })),
  };
}

export function pageTimeline(t: Timeline, view: CellView): Timeline {
  if (view !== 'allocator' || t.keyframes.length === 0) return t;
  const rec = new TimelineRecorder({ maxSteps: Number.MAX_SAFE_INTEGER, maxBytes: Number.MAX_SAFE_INTEGER });
  let prev: HeapSnapshot | null = null;
  for (const s of snapshots(t)) {
    const a = s.allocator;
    const objects = s.objects.map(trimObject);
    rec.push(a === null ? { ...s, objects } : { ...s, objects, allocator: trimAllocator(a, focusPools(s, prev?.allocator)) });
    prev = s;
  }
  const out = rec.timeline;
  out.end = t.end;
  return out;
}

/** The page's copy of a timeline as text for an attribute: gzipped JSON, base64. */
export function encodeTimeline(t: Timeline): string {
  return gzipSync(JSON.stringify(t), { level: 9 }).toString('base64');
}
