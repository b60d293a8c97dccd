/**
 * NON-CPYTHON: `sys.getsizeof(o)` for a diagram, computed without side effects.
 * CPython 3.11: Python/sysmodule.c _PySys_GetSizeOf: `type(o).__sizeof__()` plus the GC head
 * and the managed-dict pre-header.
 *
 * sys.getsizeof calls `__sizeof__` through the type, which may be a method of a class (user
 * code). The diagram calls the builtin implementation instead: the `__sizeof__` of the first
 * builtin type in the type's base chain. That implementation returns an int object, which may
 * be allocated: the call runs with a scratch allocator installed and tracemalloc's hooks off, so
 * the program's heap, its addresses, allocation order and traces are untouched.
 */
import { type MethodDef, PyBaseObject_Type, type PyObject, type PyTypeObject, TPFlags } from '../objects/pyobject.ts';
import { PyListObject, PyList_Type, listSizeOf } from '../objects/listobject.ts';
import { PyDictObject, PyDict_Type, dictSizeOf } from '../objects/dictobject.ts';
import { PyLongObject } from '../objects/longobject.ts';
import { getAllocator, memTracer, newDefaultAllocator, setAllocator, setMemTracer } from '../memory/heap.ts';
import { decref } from '../memory/refcount.ts';
import { PyErr } from '../vm/errors.ts';

const enum Preheader {
  /** sizeof(PyGC_Head) */
  GC_HEAD = 16,
  /** 3.11 managed dict: the dict and values pointers before the GC head. */
  MANAGED_DICT = 16,
}

const scratch = newDefaultAllocator();

/** The builtin `__sizeof__` that applies to `t`'s instances (object's at the latest). */
function builtinSizeof(t: PyTypeObject | null): MethodDef | null {
  // Classes may change their bases (`__bases__`): only builtin types' answers are kept.
  while (t !== null && (t.tp_flags & TPFlags.HEAPTYPE) !== 0) t = t.tp_base;
  if (t === null) return null;
  let m = builtinSizeofs.get(t);
  if (m === undefined) builtinSizeofs.set(t, (m = findBuiltinSizeof(t)));
  return m;
}

/** A builtin type's builtin `__sizeof__`, by type (their methods and bases never change). */
const builtinSizeofs = new Map<PyTypeObject, MethodDef | null>();

function findBuiltinSizeof(t: PyTypeObject | null): MethodDef | null {
  for (; t !== null; t = t.tp_base) {
    if (t.tp_flags & TPFlags.HEAPTYPE) continue;
    const m = t.methods.find((d) => d.name === '__sizeof__');
    if (m !== undefined) return m;
  }
  return null;
}

/**
 * The builtin __sizeof__ of the commonest objects, computed without the call (so without an
 * int made and freed in the scratch allocator): object's (tuples, instances of classes),
 * list's and dict's. Found on first use (every type exists by then).
 */
let direct: Map<MethodDef, (o: PyObject) => number> | null = null;

function directSizes(): Map<MethodDef, (o: PyObject) => number> {
  const m = new Map<MethodDef, (o: PyObject) => number>();
  const put = (t: PyTypeObject, f: (o: PyObject) => number): void => {
    const def = builtinSizeof(t);
    if (def !== null) m.set(def, f);
  };
  put(PyBaseObject_Type, objectSizeOf);
  put(PyList_Type, (o) => listSizeOf(o as PyListObject));
  put(PyDict_Type, (o) => dictSizeOf(o as PyDictObject));
  return m;
}

/**
 * object.__sizeof__ without the call: tp_basicsize + tp_itemsize * Py_SIZE(o) (the size
 * kernel/host/init.ts's sizeof hook computes; tuples and instances of classes use it), so the
 * most common objects need no int made and freed in the scratch allocator.
 */
function objectSizeOf(o: PyObject): number {
  const t = o.ob_type;
  const n = (o as { items?: unknown[] }).items;
  const size = (o as { ob_size?: number }).ob_size ?? (Array.isArray(n) ? n.length : 0);
  return t.tp_basicsize + t.tp_itemsize * size;
}

/** sys.getsizeof(o) as the builtin types compute it; 0 when no size can be computed. */
export function sizeOf(o: PyObject): number {
  const def = builtinSizeof(o.ob_type);
  if (def === null) return 0;
  const f = (direct ??= directSizes()).get(def);
  if (f !== undefined) return f(o) + preheaderOf(o.ob_type);
  const saved = getAllocator();
  const tracer = memTracer;
  // Neither the heap nor tracemalloc's tables see the scratch int.
  setAllocator(scratch);
  setMemTracer(null);
  let size = 0;
  try {
    const r = def.fn(o, [], null);
    if (r instanceof PyLongObject) size = Number(r.v);
    decref(r);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    decref(e.exc);
  } finally {
    setAllocator(saved);
    setMemTracer(tracer);
  }
  return size + preheaderOf(o.ob_type);
}

function preheaderOf(t: PyTypeObject): number {
  let pre = 0;
  if (t.tp_flags & TPFlags.HAVE_GC) pre += Preheader.GC_HEAD;
  if (t.tp_flags & TPFlags.MANAGED_DICT) pre += Preheader.MANAGED_DICT;
  return pre;
}

