/**
 * Structural pattern matching support for the eval loop (MATCH_CLASS, MATCH_KEYS, MATCH_MAPPING,
 * MATCH_SEQUENCE).
 * CPython 3.11: Python/ceval.c match_class, match_keys, match_class_attr.
 */
import { PyBaseObject_Type, PyObject, PyTypeObject, TPFlags } from '../objects/pyobject.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { raise } from './errors.ts';
import { PyExc_TypeError, PyExc_ValueError } from '../objects/exceptions.ts';
import { PyObject_RichCompareBool, Py_None, _PyObject_LookupAttr, reprString } from '../objects/object.ts';
import { PyObject_Call, PyObject_IsInstance } from '../objects/abstract.ts';
import { PyUnicodeObject, internString } from '../objects/unicodeobject.ts';
import { PyTupleObject, tupleFromArraySteal } from '../objects/tupleobject.ts';

export function isMapping(o: PyObject): boolean {
  return (o.ob_type.tp_flags & TPFlags.MAPPING) !== 0;
}

export function isSequence(o: PyObject): boolean {
  return (o.ob_type.tp_flags & TPFlags.SEQUENCE) !== 0;
}

/** CPython 3.11: Python/ceval.c match_keys: a tuple of values, or None if a key is missing. */
export function matchKeys(map: PyObject, keys: PyObject): PyObject {
  const ks = (keys as PyTupleObject).items;
  if (ks.length === 0) return tupleFromArraySteal([]);
  const get = _PyObject_LookupAttr(map, internString('get'));
  if (get === null) raise(PyExc_TypeError, `'${map.ob_type.tp_name}' object has no attribute 'get'`);
  // NON-CPYTHON: a private sentinel standing in for CPython's `dummy` object.
  const dummy = new PyObject(PyBaseObject_Type);
  dummy.ob_refcnt = 1 << 30;
  const values: PyObject[] = [];
  const seen: PyObject[] = [];
  try {
    for (const k of ks) {
      for (const s of seen) {
        if (PyObject_RichCompareBool(s, k, 2)) raise(PyExc_ValueError, `mapping pattern checks duplicate key (${reprString(k)})`);
      }
      seen.push(k);
      const v = PyObject_Call(get, [k, dummy], null);
      if (v === dummy) {
        decref(v);
        for (const x of values) decref(x);
        return newref(Py_None);
      }
      values.push(v);
    }
  } catch (e) {
    for (const x of values) decref(x);
    throw e;
  } finally {
    decref(get);
  }
  return tupleFromArraySteal(values);
}

const MATCH_SELF_TYPES = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

function matchSelf(type: PyTypeObject): boolean {
  for (let t: PyTypeObject | null = type; t !== null; t = t.tp_base) {
    if (!(t.tp_flags & TPFlags.HEAPTYPE) && MATCH_SELF_TYPES.has(t.tp_name)) return true;
  }
  return false;
}

/** CPython 3.11: Python/ceval.c match_class: a tuple of the matched attributes, or None. */
export function matchClass(subject: PyObject, type: PyObject, nargs: number, kwargs: PyTupleObject): PyObject {
  if (!(type instanceof PyTypeObject)) raise(PyExc_TypeError, 'called match pattern must be a type');
  if (!PyObject_IsInstance(subject, type)) return newref(Py_None);
  const seen: string[] = [];
  const attrs: PyObject[] = [];
  const getAttr = (name: PyUnicodeObject): boolean => {
    if (seen.includes(name.s)) raise(PyExc_TypeError, `${type.qualname}() got multiple sub-patterns for attribute '${name.s}'`);
    seen.push(name.s);
    const v = _PyObject_LookupAttr(subject, name);
    if (v === null) return false;
    attrs.push(v);
    return true;
  };
  try {
    if (nargs > 0) {
      const matchArgs = _PyObject_LookupAttr(type, internString('__match_args__'));
      let self = false;
      let names: PyObject[] = [];
      if (matchArgs !== null) {
        if (!(matchArgs instanceof PyTupleObject)) {
          const tn = matchArgs.ob_type.tp_name;
          decref(matchArgs);
          raise(PyExc_TypeError, `${type.qualname}.__match_args__ must be a tuple (got ${tn})`);
        }
        names = matchArgs.items.slice();
        decref(matchArgs);
      } else self = matchSelf(type);
      const allowed = self ? 1 : names.length;
      if (allowed < nargs) {
        raise(PyExc_TypeError, `${type.qualname}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
      }
      if (self) {
        incref(subject);
        attrs.push(subject);
      } else {
        for (let i = 0; i < nargs; i++) {
          const n = names[i];
          if (!(n instanceof PyUnicodeObject)) {
            raise(PyExc_TypeError, `__match_args__ elements must be strings (got ${n.ob_type.tp_name})`);
          }
          if (!getAttr(n)) {
            for (const a of attrs) decref(a);
            return newref(Py_None);
          }
        }
      }
    }
    for (const k of kwargs.items) {
      if (!getAttr(k as PyUnicodeObject)) {
        for (const a of attrs) decref(a);
        return newref(Py_None);
      }
    }
  } catch (e) {
    for (const a of attrs) decref(a);
    throw e;
  }
  return tupleFromArraySteal(attrs);
}
