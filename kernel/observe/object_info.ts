/**
 * NON-CPYTHON: the facts a diagram marks on an object: statically allocated, small-int cache,
 * interned, singleton; where its memory block starts; which collector generation holds it.
 * All read from the object's fields, nothing changed.
 */
import { type PyObject, TPFlags } from '../objects/pyobject.ts';
import type { Generation, ObjectFlags } from '../protocol.ts';
import { PyLongObject, PyLong_Type } from '../objects/longobject.ts';
import { Interned, PyUnicodeObject, PyUnicode_Type } from '../objects/unicodeobject.ts';
import { PyTupleObject, PyTuple_Type } from '../objects/tupleobject.ts';
import { PyBytesObject, PyBytes_Type } from '../objects/bytesobject.ts';
import { PyBool_Type } from '../objects/boolobject.ts';
import { PyByteArrayObject } from '../objects/bytearrayobject.ts';
import { PyListObject } from '../objects/listobject.ts';
import { PyDictObject } from '../objects/dictobject.ts';
import { PySetObject } from '../objects/setobject.ts';
import { gcstate } from '../gc/gcstate.ts';

const enum StaticSegment {
  /**
   * Where kernel/memory/heap.ts allocStatic starts the interpreter's static data (small ints,
   * _Py_ID strings, None, True, False, the empty tuple); static types sit at address 0.
   */
  START = 0x5581_2a40_0000,
  /** Far more than the static objects take. */
  END = 0x5581_2b40_0000,
}

const enum Refcnt {
  /** 3.11 _PyObject_IMMORTAL_INIT: the count statically allocated objects start with. */
  IMMORTAL_INIT = 999_999_999,
}

const enum Preheader {
  GC_HEAD = 16,
  MANAGED_DICT = 16,
}

/** Statically allocated: part of the interpreter binary, never freed. */
export function isStatic(o: PyObject): boolean {
  return o.addr === 0 || (o.addr >= StaticSegment.START && o.addr < StaticSegment.END);
}

/**
 * The references a static object started with: 999999999 for the immortal-initialised ones
 * (small ints, _Py_ID and one-character strings, the empty tuple and bytes), 1 for None, True,
 * False, Ellipsis and NotImplemented (PyObject_HEAD_INIT), 0 for an object that is not static.
 */
export function staticBaseCount(o: PyObject): number {
  if (!isStatic(o)) return 0;
  return o.ob_refcnt >= Refcnt.IMMORTAL_INIT ? Refcnt.IMMORTAL_INIT : 1;
}

/** One of the cached small ints -5..256 (bool is an int subclass, but not cached there). */
function isSmallInt(o: PyObject): boolean {
  if (!(o instanceof PyLongObject) || o.ob_type !== PyLong_Type || !isStatic(o)) return false;
  return typeof o.v === 'number' && o.v >= -5 && o.v <= 256;
}

/** One object per interpreter for its value: None, True, (), '', a one-character string… */
function isSingleton(o: PyObject): boolean {
  if (!isStatic(o) || isSmallInt(o)) return false;
  const t = o.ob_type;
  if (t === PyBool_Type) return true;
  if (t === PyTuple_Type) return (o as PyTupleObject).items.length === 0;
  if (t === PyBytes_Type) return (o as PyBytesObject).b.length <= 1;
  if (t === PyUnicode_Type) return (o as PyUnicodeObject).s.length <= 1;
  return t.tp_name === 'NoneType' || t.tp_name === 'ellipsis' || t.tp_name === 'NotImplementedType';
}

/** The 16 flag combinations, shared (plain data no consumer changes). */
const FLAGS: ObjectFlags[] = [];
for (let i = 0; i < 16; i++) FLAGS.push({ smallInt: (i & 1) !== 0, interned: (i & 2) !== 0, singleton: (i & 4) !== 0, static: (i & 8) !== 0 });

export function objectFlags(o: PyObject): ObjectFlags {
  if (!isStatic(o)) return FLAGS[o instanceof PyUnicodeObject && o.interned !== Interned.NOT_INTERNED ? 2 : 0];
  const interned = o instanceof PyUnicodeObject && o.interned !== Interned.NOT_INTERNED;
  return FLAGS[(isSmallInt(o) ? 1 : 0) | (interned ? 2 : 0) | (isSingleton(o) ? 4 : 0) | 8];
}

/** Start of the object's memory block (its id minus the pre-headers); null for static objects. */
export function blockOf(o: PyObject): number | null {
  if (isStatic(o)) return null;
  const t = o.ob_type;
  let pre = 0;
  if (t.tp_flags & TPFlags.HAVE_GC) pre += Preheader.GC_HEAD;
  if (t.tp_flags & TPFlags.MANAGED_DICT) pre += Preheader.MANAGED_DICT;
  return o.addr - pre;
}

/**
 * Which generation list the tracked objects of the young generations are on (read by walking
 * generations 0 and 1, and the permanent one when gc.freeze() filled it): `found` is called
 * with each. A tracked object found in none of them is in generation 2, the oldest.
 */
export function forEachYoung(found: (o: PyObject, g: Generation) => void): void {
  const gens = gcstate.generations;
  for (let g = 0; g < 2; g++) {
    const head = gens[g].head;
    for (let o = head.gcNext; o !== null && o !== head; o = o.gcNext) found(o, g as Generation);
  }
  const p = gcstate.permanent.head;
  for (let o = p.gcNext; o !== null && o !== p; o = o.gcNext) found(o, 'permanent');
}

/** len(o) for the sized builtin kinds (no __len__ of a class is called). */
export function lengthOf(o: PyObject): number | undefined {
  if (o instanceof PyUnicodeObject) return o.length;
  if (o instanceof PyBytesObject) return o.b.length;
  if (o instanceof PyByteArrayObject) return o.size;
  if (o instanceof PyTupleObject || o instanceof PyListObject) return o.items.length;
  if (o instanceof PyDictObject || o instanceof PySetObject) return o.used;
  return undefined;
}
