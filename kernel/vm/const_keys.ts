/**
 * The key objects of the compiler's constant cache.
 * CPython 3.11: Objects/codeobject.c _PyCode_ConstantKey; Python/compile.c c_const_cache,
 * merge_consts_recursive, merge_const_one, assemble and makecode.
 *
 * While CPython compiles, every constant it adds, every folded tuple, and each code object's
 * line table, exception table, bytecode, co_names, co_consts and co_localsplusnames get a key
 * object (for most kinds a new tuple: `(type, value)`, or for a tuple `(keys of the items,
 * value)`). The first key of each kind of value stays in c_const_cache until the compilation
 * ends; a repeated one is released at once, and the repeated tuple with it: code objects with
 * the same names share one co_names tuple. Released, the keys land on the tuple free lists, so
 * a script starts with the free lists its own compilation filled.
 *
 * kernel/compile/const_cache.ts logs which keys the compilation made (ConstKeyEvent); the
 * constant materialiser (pythonrun.ts) replays the log here with objects.
 */
import { type PyObject, type PyTypeObject } from '../objects/pyobject.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { Py_None } from '../objects/object.ts';
import { Py_Ellipsis } from '../objects/sliceobject.ts';
import { PyBool_Type } from '../objects/boolobject.ts';
import { PyBytes_Type } from '../objects/bytesobject.ts';
import { PyLong_FromValue, PyLong_Type } from '../objects/longobject.ts';
import { PyFloatObject, PyFloat_Type } from '../objects/floatobject.ts';
import { PyComplexObject, PyComplex_Type } from '../objects/complexobject.ts';
import { PyUnicode_Type } from '../objects/unicodeobject.ts';
import { PyTupleObject, PyTuple_Type, emptyTupleRef, tupleFromArray, tupleFromArraySteal } from '../objects/tupleobject.ts';
import { PyFrozenSet_Type, type PySetObject } from '../objects/setobject.ts';
import { PyCode_Type } from '../objects/codeobject.ts';
import { Py_False, Py_True } from '../objects/boolobject.ts';

/** Makes a frozenset of the given objects (borrowed); set by pythonrun.ts (constMakers). */
export type FrozenSetMaker = (items: PyObject[]) => PyObject;

function isNegZero(d: number): boolean {
  return d === 0 && Object.is(d, -0);
}

/** PyTuple_Pack: a new tuple holding new references to the items. */
function pack(...items: PyObject[]): PyTupleObject {
  return tupleFromArray(items);
}

/** CPython 3.11: Objects/codeobject.c _PyCode_ConstantKey (a new reference). */
export function constantKey(op: PyObject, frozenset: FrozenSetMaker): PyObject {
  const t: PyTypeObject = op.ob_type;
  // Objects of these types are always different from objects of other types and from tuples.
  if (op === Py_None || op === Py_Ellipsis || t === PyLong_Type || t === PyUnicode_Type || t === PyCode_Type) {
    return newref(op);
  }
  // Booleans are kept apart from 0 and 1, bytes from str.
  if (t === PyBool_Type || t === PyBytes_Type) return pack(t, op);
  if (t === PyFloat_Type) {
    // 0.0 and -0.0 must differ.
    return isNegZero((op as PyFloatObject).v) ? pack(t, op, Py_None) : pack(t, op);
  }
  if (t === PyComplex_Type) {
    const z = op as PyComplexObject;
    const realNegZero = isNegZero(z.real);
    const imagNegZero = isNegZero(z.imag);
    if (realNegZero && imagNegZero) return pack(t, op, Py_True);
    if (imagNegZero) return pack(t, op, Py_False);
    if (realNegZero) return pack(t, op, Py_None);
    return pack(t, op);
  }
  if (t === PyTuple_Type) {
    const items = (op as PyTupleObject).items;
    const keys = items.length === 0 ? emptyTupleRef() : tupleFromArraySteal(items.map((i) => constantKey(i, frozenset)));
    const key = pack(keys, op);
    decref(keys);
    return key;
  }
  if (t === PyFrozenSet_Type) {
    // The active entries in table order (_PySet_NextEntry); deleted ones hold the dummy key.
    const active = (op as PySetObject).keys.filter((k): k is PyObject => k !== null && k.ob_type.tp_name !== '<dummy key> type');
    const keys = active.map((i) => constantKey(i, frozenset));
    const set = frozenset(keys);
    for (const k of keys) decref(k);
    const key = pack(set, op);
    decref(set);
    return key;
  }
  // Any other type: the object's address makes it unique (PyLong_FromVoidPtr).
  const id = PyLong_FromValue(op.addr);
  const key = pack(id, op);
  decref(id);
  return key;
}

/**
 * CPython 3.11: Python/compile.c c_const_cache: for each key, the first value merged under it
 * and its key object, until the compilation ends (`release`).
 *
 * NON-CPYTHON `keyed: false`: for a module CPython would load from its .pyc (the kernel's
 * library modules, compiled from source on import), marshal rebuilds the code objects with
 * their tuples shared, but no key objects are ever made; the cache then only merges.
 */
export class ConstKeyCache {
  /** The first value of each key (a new reference), in insertion order. */
  private readonly values = new Map<string, PyObject>();
  /** The key objects, in insertion order (keyed mode). */
  private readonly keys: PyObject[] = [];

  constructor(private readonly frozenset: FrozenSetMaker, private readonly keyed: boolean) {}

  /** Makes o's key object; a new key is kept, a repeated one released at once. */
  private register(key: string, o: PyObject): boolean {
    const isNew = !this.values.has(key);
    if (isNew) this.values.set(key, newref(o));
    if (this.keyed) {
      const k = constantKey(o, this.frozenset);
      if (isNew) this.keys.push(k);
      else decref(k);
    }
    return isNew;
  }

  /** merge_consts_recursive / merge_const_one for a constant. */
  merge(key: string, o: PyObject): void {
    this.register(key, o);
  }

  /**
   * merge_const_one for a tuple a code object will hold (co_names, co_consts,
   * co_localsplusnames): consumes `t` and returns the tuple to use, an equal one merged before
   * when there is one.
   */
  mergeTuple(key: string, t: PyTupleObject): PyTupleObject {
    if (this.register(key, t)) return t;
    const same = this.values.get(key)!;
    if (!(same instanceof PyTupleObject) || same === t) return t;
    incref(same);
    decref(t);
    return same;
  }

  /**
   * merge_const_one for one of a code object's bytes objects (line table, exception table,
   * bytecode): a `(bytes, value)` key.
   * NON-CPYTHON: the kernel has no such bytes objects; None stands in for them.
   */
  mergeBytes(key: string): void {
    const isNew = !this.values.has(key);
    if (isNew) this.values.set(key, newref(Py_None));
    if (!this.keyed) return;
    const k = pack(PyBytes_Type, Py_None);
    if (isNew) this.keys.push(k);
    else decref(k);
  }

  /** compiler_free: the cache dict is released, its entries in insertion order. */
  release(): void {
    for (const v of this.values.values()) decref(v);
    this.values.clear();
    for (const k of this.keys) decref(k);
    this.keys.length = 0;
  }
}
