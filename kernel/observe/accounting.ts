/**
 * NON-CPYTHON: the external references of a snapshot (kernel/PROTOCOL.md, "externalRefs and
 * adding up"): frames' stacks, code objects' constants, the parser's arenas, the modules, the
 * interpreter state, the static counts, and the two rules for static objects and for builtin
 * calls in progress.
 */
import type { PyObject } from '../objects/pyobject.ts';
import { PyTypeObject, TPFlags, staticTypes } from '../objects/pyobject.ts';
import { PyTupleObject } from '../objects/tupleobject.ts';
import { PyWeakReference, PyWeakref_RefType, getWeakrefs } from '../objects/weakrefobject.ts';
import { PyCodeObject } from '../objects/codeobject.ts';
import { PyDictObject } from '../objects/dictobject.ts';
import { PyUnicodeObject } from '../objects/unicodeobject.ts';
import type { Frame } from '../vm/frame.ts';
import { liveArenas } from '../vm/pythonrun.ts';
import { tstate } from '../vm/state.ts';
import { gcCallbacksList, gcGarbageList } from '../modules/gcmodule.ts';
import { describeHolder, Holders, walkUndrawn } from './holders.ts';
import { type Drawing, type World, isRuntime } from './drawing.ts';
import { type FrameRecord, FrameIds } from './frames.ts';
import type { Dying } from './snapshot.ts';
import { isStatic, staticBaseCount } from './object_info.ts';
import { typeNameOf } from './summary.ts';

export function account(d: Drawing, frames: FrameRecord[], w: World, searchRuntime: boolean, dying: readonly Dying[] = []): Holders {
  d.collapseDrawnInners();
  const h = new Holders(d.nodes, d.list);
  const undrawn: PyObject[] = [];
  for (const r of frames) accountFrame(r, h, undrawn);
  for (const n of d.list) {
    // One note per kind of hidden reference of the object (a long list's items left out share one).
    let what = '';
    let note = '';
    for (const x of n.hidden) {
      const target = d.nodes.get(x.target);
      if (target === undefined) {
        undrawn.push(x.target);
        continue;
      }
      if (x.what !== what || note === '') {
        what = x.what;
        note = `${describeHolder(n.o)}: ${what}`;
      }
      h.addTo(target, 'hidden', 1, note);
    }
    // The drawn edges count for their targets; what they point at undrawn is walked.
    for (const t of n.targets) if (!h.edge(t)) undrawn.push(t);
  }
  for (const o of d.capped) undrawn.push(o);
  for (const o of d.undrawnGarbage) undrawn.push(o);
  const visited = new Set<PyObject>();
  for (const o of d.inners) if (!d.nodes.has(o)) visited.add(o);
  const stop = (o: PyObject): boolean => isRuntime(o, w) || isStatic(o);
  walkUndrawn(undrawn, d, h, visited, stop, (o) => (o instanceof PyCodeObject ? 'consts' : 'hidden'), describeHolder);
  accountArenas(h);
  accountModules(h, w);
  accountThread(h, d);
  accountDying(dying, d, h);
  if (searchRuntime && builtinCallFrame(frames) === null) {
    if (needsRuntimeSearch(d, h)) {
      walkUndrawn(runtimeRoots(w, visited), d, h, visited, (o) => isStatic(o) && !(o instanceof PyTypeObject), () => 'runtime', runtimeNote(w));
    } else {
      h.complete = true;
    }
  }
  accountStatic(d, h);
  accountBuiltinCall(frames, d, h);
  return h;
}

/** A frame holds its names' objects (fast locals and cells), its function, namespace and stack. */
function accountFrame(r: FrameRecord, h: Holders, undrawn: PyObject[]): void {
  const id = r.snapshot.id;
  // Undrawn objects the frame holds (a frame object, a code object) are walked for what they hold.
  r.snapshot.names.forEach((b, i) => {
    const t = r.targets[i];
    if (t === null || b.kind === 'global') return;
    h.edge(t);
    undrawn.push(t);
  });
  const f = r.frame;
  if (f === null) return;
  if (f.func !== null) {
    // A suspended generator's function is held through the generator (its hidden f_func).
    if (!r.snapshot.suspended) h.add(f.func, 'stack', 1, 'f_func', id);
    undrawn.push(f.func);
  }
  if (f.locals !== null && !r.snapshot.suspended) h.add(f.locals, 'stack', 1, 'f_locals', id);
  for (let i = 0; i < f.sp; i++) {
    const v = f.stack[i];
    if (v === null) continue;
    h.add(v, 'stack', 1, undefined, id);
    undrawn.push(v);
  }
}

/** The parser arenas alive (a script's literals while its module body runs). */
function accountArenas(h: Holders): void {
  for (const arena of liveArenas) for (const o of arena) h.add(o, 'arena', 1);
}

/** Modules hold their dicts; sys.modules and the module dicts hold what the program stored there. */
function accountModules(h: Holders, w: World): void {
  for (const [m, name] of w.modules) {
    h.add(m.dict, 'runtime', 1, `module ${name}`);
    for (const o of m.state) h.add(o, 'runtime', 1, `module ${name}'s state`);
    if (m.dict === w.main) continue;
    const dk = m.dict.keys;
    for (let i = 0; i < dk.nentries; i++) {
      const k = dk.keys[i];
      if (k === null) continue;
      h.add(k, 'runtime', 1, `module ${name}`);
      h.add(dk.values[i]!, 'runtime', 1, `module ${name}`);
    }
  }
}

/**
 * The interpreter state's own references: the exception being handled (sys.exc_info()), and
 * gc.garbage and gc.callbacks, which the collector's state holds besides the gc module.
 */
function accountThread(h: Holders, d: Drawing): void {
  for (const e of tstate.excInfo) if (e !== null) h.add(e, 'runtime', 1, 'sys.exc_info()');
  for (const n of d.list) accountSubclassRef(h, n.o);
  const garbage = gcGarbageList();
  if (garbage !== null) h.add(garbage, 'runtime', 1, 'the collector state (gc.garbage)');
  const callbacks = gcCallbacksList();
  if (callbacks !== null) h.add(callbacks, 'runtime', 1, 'the collector state (gc.callbacks)');
}

/**
 * A class's basic weak reference (the one `weakref.ref(cls)` returns) is also held by the
 * `tp_subclasses` of each of its bases (CPython 3.11: Objects/typeobject.c add_subclass).
 */
function accountSubclassRef(h: Holders, o: PyObject): void {
  if (!(o instanceof PyWeakReference) || o.ob_type !== PyWeakref_RefType || o.wr_callback !== null) return;
  const t = o.wr_object;
  if (!(t instanceof PyTypeObject) || (t.tp_flags & TPFlags.HEAPTYPE) === 0 || !(t.tp_bases instanceof PyTupleObject)) return;
  // Only the type's first basic reference is the shared one the bases hold.
  if (firstBasicRef(t) !== o) return;
  h.add(o, 'runtime', t.tp_bases.items.length, '__subclasses__ of the bases');
}

/** The basic reference of an object: the first plain `weakref.ref` without a callback in its list. */
function firstBasicRef(o: PyObject): PyWeakReference | null {
  for (const w of getWeakrefs(o)) if (w.ob_type === PyWeakref_RefType && w.wr_callback === null) return w;
  return null;
}

/**
 * An object being deallocated (a fine dealloc step) still holds what it has not released yet:
 * of what it held when its deallocation started, the part of each drawn object's count no other
 * holder explains (list_dealloc releases its items last to first, so some are gone already).
 */
function accountDying(dying: readonly Dying[], d: Drawing, h: Holders): void {
  for (const x of dying) {
    const refs = new Map<PyObject, number>();
    for (const t of x.targets) if (d.nodes.has(t)) refs.set(t, (refs.get(t) ?? 0) + 1);
    for (const [t, n] of refs) {
      const rest = t.ob_refcnt - h.explained(t);
      if (rest > 0) h.add(t, 'hidden', Math.min(rest, n), x.note);
    }
  }
}

/**
 * The innermost frame entered from a builtin (a class body run by __build_class__, an
 * __init__ called by type.__call__, a __del__ called by a deallocation), if any: a builtin
 * call is in progress below it.
 */
export function builtinCallFrame(frames: readonly FrameRecord[]): Frame | null {
  let found: Frame | null = null;
  for (const r of frames) {
    // The module frame is entered by the host's runMain, whose references the arena and the
    // module's function account for; any other entered frame was called by a builtin.
    if (r.frame === null || r.snapshot.suspended || r.snapshot.id === FrameIds.MAIN) continue;
    if (r.frame.isEntry) found = r.frame;
  }
  return found;
}

/**
 * While a builtin call is in progress, C locals no snapshot can read hold references: the
 * function it calls and the arguments it passes, a return value in flight, the namespace of a
 * class body. What is still unexplained of a drawn object then is counted as held by that call
 * (`runtime`). With no builtin call in progress, every count adds up without this.
 */
function accountBuiltinCall(frames: FrameRecord[], d: Drawing, h: Holders): void {
  const entry = builtinCallFrame(frames);
  if (entry === null) return;
  const note = `the builtin call running ${entry.code.name.s}`;
  const rests: [PyObject, number][] = [];
  for (const n of d.list) {
    const rest = n.o.ob_refcnt - h.explainedAt(n);
    if (rest !== 0) rests.push([n.o, rest]);
  }
  const below = callerFrameIds(frames, entry);
  for (const [o, rest] of rests) {
    if (rest > 0) h.add(o, 'runtime', rest, note);
    else trimCallerStacks(h, o, -rest, below);
  }
}

/** The ids of the frames under the builtin call (the one whose instruction called it, and below). */
function callerFrameIds(frames: FrameRecord[], entry: Frame): Set<number> {
  const ids = new Set<number>();
  for (const r of frames) {
    if (r.frame === entry) break;
    if (!r.snapshot.suspended) ids.add(r.snapshot.id);
  }
  return ids;
}

/**
 * The instruction that made the builtin call is still in progress: it may already have
 * released references its frame's value stack shows (a call releasing its arguments, whose
 * deallocation runs a __del__). Those stack entries are taken off.
 */
function trimCallerStacks(h: Holders, o: PyObject, excess: number, below: Set<number>): void {
  for (const e of h.externalOf(o)) {
    if (excess === 0) break;
    if (e.kind !== 'stack' || e.frame === undefined || !below.has(e.frame) || e.note !== undefined) continue;
    const take = Math.min(excess, e.count);
    e.count -= take;
    excess -= take;
  }
  h.dropEmpty();
}

/**
 * Some drawn object that is neither static nor interned has holders not found yet. While a
 * builtin call is in progress (builtinCallFrame), its C locals hold references no walk finds
 * (the instance type.__call__ is initialising, the object whose __del__ runs): what is left
 * unexplained then is the call's (accountBuiltinCall), and the interpreter is not searched.
 */
export function needsRuntimeSearch(d: Drawing, h: Holders): boolean {
  for (const n of d.list) {
    const o = n.o;
    if (isStatic(o) || (o instanceof PyUnicodeObject && o.interned !== 0)) continue;
    if (h.explainedAt(n) < o.ob_refcnt) return true;
  }
  return false;
}

/**
 * Where the search of the whole interpreter starts: what the modules' dicts hold (the modules
 * and their dicts were counted already by accountModules), and the builtin types.
 */
function runtimeRoots(w: World, visited: Set<PyObject>): PyObject[] {
  const roots: PyObject[] = [];
  for (const m of w.modules.keys()) {
    visited.add(m);
    visited.add(m.dict);
  }
  for (const m of w.modules.keys()) {
    const dk = m.dict.keys;
    for (let i = 0; i < dk.nentries; i++) {
      const k = dk.keys[i];
      if (k === null) continue;
      roots.push(k, dk.values[i]!);
    }
  }
  for (const t of staticTypes) roots.push(t);
  return roots;
}

function runtimeNote(w: World): (o: PyObject) => string {
  return (o) => {
    if (o instanceof PyDictObject && w.moduleDicts.has(o)) return `module ${w.moduleDicts.get(o)}`;
    if (o instanceof PyTypeObject) return `type ${o.tp_name}`;
    return `the interpreter (${typeNameOf(o)})`;
  };
}

/**
 * A heap type the interpreter makes at start-up and keeps in a C global (PyExc_ExceptionGroup,
 * made by PyErr_NewException): the global and interp->builtins_copy hold it beyond what the walk
 * finds.
 */
function isRuntimeHeapType(o: PyObject): boolean {
  return o instanceof PyTypeObject && (o.tp_flags & TPFlags.HEAPTYPE) !== 0 && staticTypeSet().has(o);
}

let staticTypeSetCache: Set<PyTypeObject> | null = null;
let staticTypeSetSize = -1;

function staticTypeSet(): Set<PyTypeObject> {
  if (staticTypeSetCache === null || staticTypeSetSize !== staticTypes.length) {
    staticTypeSetCache = new Set(staticTypes);
    staticTypeSetSize = staticTypes.length;
  }
  return staticTypeSetCache;
}

/**
 * Static objects start with their static count (999999999, or 1 for None and the bools); an
 * interned or static object is held all over the interpreter (names in code objects, keys of
 * every dict), so what the walk did not find is `runtime`.
 */
function accountStatic(d: Drawing, h: Holders): void {
  const rests: [PyObject, number, number][] = [];
  for (const n of d.list) {
    const o = n.o;
    const base = staticBaseCount(o);
    if (base === 0 && !(o instanceof PyUnicodeObject && o.interned !== 0) && !isRuntimeHeapType(o)) continue;
    rests.push([o, base, o.ob_refcnt - base - h.explainedAt(n)]);
  }
  for (const [o, base, rest] of rests) {
    // The kernel shares its static objects between interpreters and does not count every
    // reference its own tables hold to them: the static part is then what is left.
    if (base > 0) h.add(o, 'static', rest < 0 ? Math.max(0, base + rest) : base);
    if (rest > 0) h.add(o, 'runtime', rest, 'references from the interpreter');
  }
}

/** What never changes about an object of an immutable scalar type (int, str, bytes...). */
