// Timelines (kernel/observe/timeline.ts): steps stored as deltas come back as the same
// snapshots, forwards, backwards and at random; budgets end a recording with a reason; a long
// run stays small.
import { describe, expect, it } from 'vitest';
import {
  TimelineRecorder,
  applyDelta,
  diffList,
  applySplice,
  diffSnapshots,
  estimateSize,
  reconstruct,
  registerObjectChanges,
  stepCount,
} from '../../kernel/observe/timeline.ts';
import type { HeapSnapshot, ObjectSnapshot } from '../../kernel/protocol.ts';
import type { ObjectChanges } from '../../kernel/observe/timeline.ts';
import { fixture, steps } from './load.ts';
import { prng, synthSnapshot } from './synth.ts';

/** A snapshot with objects in address order (a snapshot's object order is not significant). */
function norm(s: HeapSnapshot): HeapSnapshot {
  const objects = s.objects.slice().sort((a, b) => a.addr - b.addr || a.state.localeCompare(b.state));
  const externalRefs = s.externalRefs.slice().sort((a, b) => a.addr - b.addr || a.kind.localeCompare(b.kind) || (a.frame ?? 0) - (b.frame ?? 0));
  return JSON.parse(JSON.stringify({ ...s, objects, externalRefs })) as HeapSnapshot;
}

function record(run: HeapSnapshot[], opts = {}): TimelineRecorder {
  const r = new TimelineRecorder(opts);
  for (const s of run) r.push(s);
  return r;
}

describe('splices', () => {
  it('turn any list into any other with one splice', () => {
    const rnd = prng(9);
    for (let k = 0; k < 300; k++) {
      const a = Array.from({ length: Math.floor(rnd() * 8) }, () => Math.floor(rnd() * 4));
      const b = Array.from({ length: Math.floor(rnd() * 8) }, () => Math.floor(rnd() * 4));
      const sp = diffList(a, b, (x, y) => x === y);
      expect(sp === null ? a : applySplice(a, sp)).toEqual(b);
    }
  });

  it('describe an append as an append', () => {
    expect(diffList([1, 2, 3], [1, 2, 3, 4], (x, y) => x === y)).toEqual({ start: 3, deleteCount: 0, items: [4] });
  });
});

describe('recording and replaying a run', () => {
  const run = steps();

  it('reconstructs every step exactly, with keyframes every step, every 3 steps, or only at 0', () => {
    for (const keyframeInterval of [1, 3, 1000]) {
      const t = record(run, { keyframeInterval }).timeline;
      expect(stepCount(t)).toBe(run.length);
      for (let i = 0; i < run.length; i++) {
        expect(norm(reconstruct(t, i))).toEqual(norm({ ...run[i], step: { ...run[i].step, index: i } }));
      }
    }
  });

  it('steps backwards and at random as well as forwards', () => {
    const t = record(run, { keyframeInterval: 2 }).timeline;
    for (const i of [6, 0, 5, 2, 3, 3, 1, 4]) expect(norm(reconstruct(t, i))).toEqual(norm(run[i]));
    expect(() => reconstruct(t, run.length)).toThrow(RangeError);
    expect(() => reconstruct(t, -1)).toThrow(RangeError);
  });

  it('stores a step as what changed', () => {
    const d = diffSnapshots(run[3], run[4]); // a.append(3)
    expect(d.added?.map((o) => o.summary)).toEqual(['3']);
    const list = d.changed!.find((p) => p.addr === 0x7f6a_2b3c_0010)!;
    expect(list.referents).toEqual({ start: 2, deleteCount: 0, items: [{ label: { kind: 'index', text: '2' }, addr: run[4].objects.find((o) => o.summary === '3')!.addr }] });
    expect(list.summary).toBe('[1, 2, 3]');
    expect(list.type).toBeUndefined();
    expect(d.frames?.changed?.[0].line).toBe(5);
    expect(estimateSize(d)).toBeLessThan(estimateSize(run[4]) / 4);
  });

  it('carries freed objects for their step only, even when a new object has their address', () => {
    const s0 = fixture('basic');
    const s1 = fixture('freed');
    const d = diffSnapshots(s0, s1);
    const next = applyDelta(s0, d);
    expect(norm(next)).toEqual(norm(s1));
    const s2 = { ...s1, objects: s1.objects.filter((o) => o.state !== 'freed') };
    const after = applyDelta(next, diffSnapshots(s1, s2));
    expect(after.objects.some((o) => o.state === 'freed')).toBe(false);
  });

  it('replays random changes of every field', () => {
    const rnd = prng(5);
    let s = synthSnapshot(60, 11);
    const run2: HeapSnapshot[] = [s];
    for (let i = 0; i < 80; i++) {
      s = randomChange(s, rnd, i);
      run2.push(s);
    }
    const t = record(run2, { keyframeInterval: 16 }).timeline;
    for (let i = 0; i < run2.length; i += 7) expect(norm(reconstruct(t, i))).toEqual(norm({ ...run2[i], step: { ...run2[i].step, index: i } }));
  });
});

function randomChange(s: HeapSnapshot, rnd: () => number, i: number): HeapSnapshot {
  const objects: ObjectSnapshot[] = s.objects.filter((o) => o.state !== 'freed').map((o) => ({ ...o }));
  const pick = (): ObjectSnapshot => objects[Math.floor(rnd() * objects.length)];
  const frames = s.frames.map((f) => ({ ...f, names: f.names.slice() }));
  for (let k = 0; k < 4; k++) {
    const r = rnd();
    const o = pick();
    if (r < 0.2) o.refcount += rnd() < 0.5 ? 1 : -1;
    else if (r < 0.3) o.referents = [...o.referents, { label: { kind: 'attr', text: `x${i}` }, addr: pick().addr }];
    else if (r < 0.4) o.referents = o.referents.slice(1);
    else if (r < 0.45) o.generation = o.tracked ? 1 : null;
    else if (r < 0.5) o.length = i;
    else if (r < 0.55) delete o.length;
    else if (r < 0.6) o.state = o.state === 'live' ? 'unreachable' : 'live';
    else if (r < 0.65) o.flags = { ...o.flags, interned: !o.flags.interned };
    else if (r < 0.7) o.weakReferents = [{ label: { kind: 'other', text: 'referent' }, addr: pick().addr }];
    else if (r < 0.8) objects.push({ ...o, addr: 0x7f6a_3000_0000 + i * 256 + k * 16, referents: [] });
    else if (r < 0.85) objects.splice(objects.indexOf(o), 1);
    else if (r < 0.9) frames[0].names.push({ name: `n${i}_${k}`, addr: o.addr, kind: 'local' });
    else if (r < 0.95) frames[0].line = i;
    else objects.push({ ...o, state: 'freed', refcount: 0, referents: [] });
  }
  // Sometimes a call: a frame comes, or goes.
  if (i % 9 === 3) frames.push({ id: 100 + i, codeName: `f${i}`, filename: 'synth.py', line: i, suspended: false, globals: null, names: [] });
  if (i % 9 === 6) frames.pop();
  return {
    ...s,
    step: { ...s.step, line: i },
    frames,
    objects,
    externalRefs: i % 5 === 0 ? [{ addr: objects[0].addr, kind: 'stack', count: i % 3, frame: 1 }] : s.externalRefs,
    gc: i % 4 === 0 ? { ...s.gc, counts: [i, 0, 0] } : s.gc,
  };
}

/** What a snapshot's producer would say of `next`'s change from `prev` (every live record fresh). */
function changesOf(prev: HeapSnapshot, next: HeapSnapshot): ObjectChanges {
  const liveOf = (s: HeapSnapshot) => s.objects.filter((o) => o.state !== 'freed');
  const now = new Set(liveOf(next).map((o) => o.addr));
  return {
    basis: prev.objects,
    basisLive: liveOf(prev).length,
    live: liveOf(next).length,
    fresh: liveOf(next),
    freed: next.objects.filter((o) => o.state === 'freed'),
    gone: new Set(liveOf(prev).filter((o) => !now.has(o.addr)).map((o) => o.addr)),
  };
}

describe('changes told by the snapshots\' producer', () => {
  // The run, then a step where its last live object is freed, and one where the next is no longer drawn.
  const base = steps();
  const last = base[base.length - 1];
  const [gone, freed] = last.objects.filter((o) => o.state !== 'freed').slice(-2);
  const dies = { ...last, objects: [...last.objects.filter((o) => o !== freed), { ...freed, refcount: 0, referents: [], weakReferents: [], state: 'freed' as const }] };
  const run = [...base, dies, { ...last, objects: last.objects.filter((o) => o !== freed && o !== gone) }];
  const plain = JSON.stringify(record(run).timeline);

  /** `run` recorded with each step's objects registered with what `tell` says of them. */
  function told(tell: (prev: HeapSnapshot, next: HeapSnapshot) => ObjectChanges): string {
    const copies = run.map((s) => ({ ...s, objects: s.objects.slice() }));
    for (let i = 1; i < copies.length; i++) registerObjectChanges(copies[i].objects, tell(copies[i - 1], copies[i]));
    return JSON.stringify(record(copies).timeline);
  }

  it('give the same deltas as comparing every record', () => {
    expect(run.some((s, i) => i > 0 && changesOf(run[i - 1], s).gone.size > 0), 'a step removes an object').toBe(true);
    expect(run.some((s) => s.objects.some((o) => o.state === 'freed')), 'a step frees an object').toBe(true);
    expect(told(changesOf)).toBe(plain);
  });

  it('that do not add up are not used: every record is compared', () => {
    expect(told((prev, next) => ({ ...changesOf(prev, next), gone: new Set() }))).toBe(plain);
    expect(told((prev, next) => ({ ...changesOf(prev, next), fresh: [] }))).toBe(plain);
  });
});

describe('budgets', () => {
  const run = steps();

  it('keeps the recorded prefix and says why it stopped after the step budget', () => {
    const r = record(run, { maxSteps: 3 });
    expect(stepCount(r.timeline)).toBe(3);
    expect(r.timeline.end).toEqual({ reason: 'step-budget', message: 'stopped after 3 steps (the step budget)' });
    expect(norm(reconstruct(r.timeline, 2))).toEqual(norm(run[2]));
    expect(r.push(run[0])).toBe(false);
  });

  it('stops at the size budget', () => {
    const r = record(run, { maxBytes: estimateSize(run[0]) + 500 });
    expect(r.timeline.end?.reason).toBe('size-budget');
    expect(stepCount(r.timeline)).toBeLessThan(run.length);
  });

  it('ends with the reason the host gives', () => {
    const r = record(run);
    r.finish('exception', 'ZeroDivisionError: division by zero');
    r.finish('finished');
    expect(r.timeline.end).toEqual({ reason: 'exception', message: 'ZeroDivisionError: division by zero' });
  });
});

describe('size of a long run', () => {
  it('10,000 steps of a 1,000-object program fit in 50 MB', () => {
    const rnd = prng(77);
    let s = synthSnapshot(1000, 5);
    const r = new TimelineRecorder({ maxSteps: 10_000 });
    r.push(s);
    for (let i = 1; i < 10_000; i++) {
      // A typical line: a few counts change, sometimes an object comes or a container grows.
      const objects = s.objects.slice();
      for (let k = 0; k < 3; k++) {
        const j = Math.floor(rnd() * objects.length);
        objects[j] = { ...objects[j], refcount: objects[j].refcount + 1 };
      }
      if (i % 10 === 0) {
        const j = Math.floor(rnd() * objects.length);
        objects[j] = { ...objects[j], referents: [...objects[j].referents, { label: { kind: 'index', text: String(i) }, addr: objects[0].addr }] };
      }
      const frames = [{ ...s.frames[0], line: 1 + (i % 50) }];
      s = { ...s, step: { ...s.step, line: 1 + (i % 50) }, frames, objects };
      if (!r.push(s)) throw new Error(`step ${i} refused: ${r.timeline.end?.message}`);
    }
    expect(stepCount(r.timeline)).toBe(10_000);
    const bytes = r.bytes;
    expect(bytes).toBe(r.timeline.keyframes.reduce((n, k) => n + estimateSize(k.snapshot), 0) + r.timeline.deltas.reduce((n, d) => n + estimateSize(d), 0));
    expect(bytes).toBeLessThan(50 * 1024 * 1024);
    expect(norm(reconstruct(r.timeline, 9_999))).toEqual(norm({ ...s, step: { ...s.step, index: 9_999 } }));
  }, 120_000);
});
