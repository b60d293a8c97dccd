/**
 * Exception groups and `except*`.
 * CPython 3.11: Objects/exceptions.c (BaseExceptionGroup_new, split, subgroup, derive,
 * _PyExc_PrepReraiseStar), Python/ceval.c exception_group_match.
 */
import type { PyObject, PyTypeObject } from '../objects/pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { raise } from './errors.ts';
import {
  PyBaseExceptionObject, PyExc_BaseExceptionGroup, PyExc_Exception, PyExc_ExceptionGroup, PyExc_TypeError, PyExc_ValueError,
  getField, isExceptionInstance, newExceptionOfType, setField, isExceptionClass,
} from '../objects/exceptions.ts';
import { Py_None, PyObject_SetAttr, PyObject_TypeCheck } from '../objects/object.ts';
import { excNotes } from '../objects/exceptions_init.ts';
import { PyObject_IsInstance, sequenceToArray, PyObject_Call } from '../objects/abstract.ts';
import { PyUnicodeObject, PyUnicode_FromString, internString } from '../objects/unicodeobject.ts';
import { PyTupleObject, tupleFromArray, tupleFromArraySteal } from '../objects/tupleobject.ts';
import { PyListObject, PySequence_List, listFromArray } from '../objects/listobject.ts';
import { PyType_IsSubtype as isSubtypeHook } from '../objects/object.ts';

export function isExceptionGroup(o: PyObject): o is PyBaseExceptionObject {
  return isExceptionInstance(o) && PyObject_TypeCheck(o, PyExc_BaseExceptionGroup);
}

function groupExcs(eg: PyBaseExceptionObject): PyObject[] {
  return (getField(eg, 'exceptions') as PyTupleObject).items;
}

/** CPython 3.11: Objects/exceptions.c BaseExceptionGroup_new */
export function newExceptionGroup(type: PyTypeObject, message: PyObject, excsIn: PyObject): PyBaseExceptionObject {
  if (!(message instanceof PyUnicodeObject)) raise(PyExc_TypeError, 'argument 1 must be str, not ' + message.ob_type.tp_name);
  if (excsIn.ob_type.sq_length === null || excsIn instanceof PyUnicodeObject) {
    raise(PyExc_TypeError, 'second argument (exceptions) must be a sequence');
  }
  const excs = sequenceToArray(excsIn);
  try {
    if (excs.length === 0) raise(PyExc_ValueError, 'second argument (exceptions) must be a non-empty sequence');
    let nestedBase = false;
    for (const [i, e] of excs.entries()) {
      if (!isExceptionInstance(e)) raise(PyExc_ValueError, `Item ${i} of second argument (exceptions) is not an exception`);
      if (!PyObject_TypeCheck(e, PyExc_Exception)) nestedBase = true;
    }
    let cls = type;
    if (type === PyExc_BaseExceptionGroup) {
      if (!nestedBase) cls = PyExc_ExceptionGroup;
    } else if (type === PyExc_ExceptionGroup) {
      if (nestedBase) raise(PyExc_TypeError, 'Cannot nest BaseExceptions in an ExceptionGroup');
    } else if (nestedBase && isSubtypeHook(type, PyExc_Exception)) {
      raise(PyExc_TypeError, `Cannot nest BaseExceptions in '${type.tp_name}'`);
    }
    const tuple = tupleFromArray(excs);
    // args keeps the sequence as given; .exceptions is a tuple.
    const eg = newExceptionOfType(cls, tupleFromArray([message, excsIn]));
    setField(eg, 'message', message);
    setField(eg, 'exceptions', tuple);
    decref(tuple);
    return eg;
  } finally {
    for (const e of excs) decref(e);
  }
}

PyExc_BaseExceptionGroup.tp_new = (type, args) => {
  if (args.length !== 2) raise(PyExc_TypeError, `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  return newExceptionGroup(type, args[0], args[1]);
};
PyExc_BaseExceptionGroup.tp_init = () => {};
PyExc_BaseExceptionGroup.tp_str = (o) => {
  const eg = o as PyBaseExceptionObject;
  const msg = getField(eg, 'message') as PyUnicodeObject;
  const n = groupExcs(eg).length;
  return PyUnicode_FromString(`${msg.s} (${n} sub-exception${n > 1 ? 's' : ''})`);
};

/** derive(excs): a group of the same class and message, with the given exceptions. */
function derive(eg: PyBaseExceptionObject, excs: PyObject[]): PyBaseExceptionObject {
  // exceptiongroup_subset passes a list to derive().
  const t = listFromArray(excs);
  try {
    const r = newExceptionGroup(PyExc_BaseExceptionGroup, getField(eg, 'message')!, t);
    // Copy the metadata as exceptiongroup_subset does.
    if (eg.traceback !== null) {
      incref(eg.traceback);
      r.traceback = eg.traceback;
    }
    if (eg.cause !== null) {
      incref(eg.cause);
      r.cause = eg.cause;
    }
    if (eg.context !== null) {
      incref(eg.context);
      r.context = eg.context;
    }
    r.suppressContext = eg.suppressContext;
    // The __notes__, copied so that the parts have their own lists (a non-sequence is left out).
    const notes = excNotes(eg);
    if (notes !== null) {
      try {
        if (notes instanceof PyListObject || notes instanceof PyTupleObject || notes instanceof PyUnicodeObject) {
          const copy = PySequence_List(notes);
          try {
            PyObject_SetAttr(r, internString('__notes__'), copy);
          } finally {
            decref(copy);
          }
        }
      } finally {
        decref(notes);
      }
    }
    return r;
  } finally {
    decref(t);
  }
}

/** exceptiongroup_split_recursive: [match, rest] (each a new reference or null). */
function splitRecursive(exc: PyObject, pred: (e: PyObject) => boolean): [PyObject | null, PyObject | null] {
  if (pred(exc)) return [newref(exc), null];
  if (!isExceptionGroup(exc)) return [null, newref(exc)];
  const matches: PyObject[] = [];
  const rests: PyObject[] = [];
  for (const e of groupExcs(exc)) {
    const [m, r] = splitRecursive(e, pred);
    if (m !== null) matches.push(m);
    if (r !== null) rests.push(r);
  }
  const mk = (items: PyObject[]): PyObject | null => {
    if (items.length === 0) return null;
    const g = derive(exc, items);
    for (const i of items) decref(i);
    return g;
  };
  return [mk(matches), mk(rests)];
}

function typePredicate(matchType: PyObject): (e: PyObject) => boolean {
  if (isExceptionClass(matchType) || matchType instanceof PyTupleObject) return (e) => PyObject_IsInstance(e, matchType);
  return (e) => {
    const r = PyObject_Call(matchType, [e], null);
    const t = r !== Py_None && r.ob_type.nb_bool !== null ? r.ob_type.nb_bool(r) : r !== Py_None;
    decref(r);
    return t;
  };
}

PyExc_BaseExceptionGroup.methods = [
  {
    name: 'split',
    fn: (self, args) => {
      const [m, r] = splitRecursive(self, typePredicate(args[0]));
      return tupleFromArraySteal([m ?? newref(Py_None), r ?? newref(Py_None)]);
    },
  },
  {
    name: 'subgroup',
    fn: (self, args) => {
      const [m, r] = splitRecursive(self, typePredicate(args[0]));
      xdecref(r);
      return m ?? newref(Py_None);
    },
  },
  {
    name: 'derive',
    fn: (self, args) => newExceptionGroup(PyExc_BaseExceptionGroup, getField(self as PyBaseExceptionObject, 'message')!, args[0]),
  },
];

/** CPython 3.11: Python/ceval.c exception_group_match: [rest, match] (new references). */
export function exceptionGroupMatch(excValue: PyObject, matchType: PyObject): [PyObject, PyObject] {
  if (excValue === Py_None) return [newref(Py_None), newref(Py_None)];
  if (PyObject_IsInstance(excValue, matchType)) {
    if (isExceptionGroup(excValue)) return [newref(Py_None), newref(excValue)];
    const t = tupleFromArray([excValue]);
    const msg = PyUnicode_FromString('');
    const wrapped = newExceptionGroup(PyExc_BaseExceptionGroup, msg, t);
    decref(msg);
    decref(t);
    return [newref(Py_None), wrapped];
  }
  if (isExceptionGroup(excValue)) {
    const [m, r] = splitRecursive(excValue, typePredicate(matchType));
    return [r ?? newref(Py_None), m ?? newref(Py_None)];
  }
  return [newref(Py_None), newref(Py_None)];
}

function collectLeaves(e: PyObject, out: Set<PyObject>): void {
  if (isExceptionGroup(e)) for (const x of groupExcs(e)) collectLeaves(x, out);
  else out.add(e);
}

/** CPython 3.11: Objects/exceptions.c _PyExc_PrepReraiseStar */
export function prepReraiseStar(orig: PyObject, excs: PyObject): PyObject {
  const list = (excs as PyListObject).items.filter((e) => e !== Py_None);
  if (list.length === 0) return newref(Py_None);
  if (!isExceptionGroup(orig)) {
    // A naked exception was caught and wrapped: only one except* clause ran.
    return newref(list[0]);
  }
  const origLeaves = new Set<PyObject>();
  collectLeaves(orig, origLeaves);
  const raised: PyObject[] = [];
  const reraisedLeaves = new Set<PyObject>();
  for (const e of list) {
    const leaves = new Set<PyObject>();
    collectLeaves(e, leaves);
    if ([...leaves].every((l) => origLeaves.has(l))) for (const l of leaves) reraisedLeaves.add(l);
    else raised.push(e);
  }
  let reraisedEg: PyObject | null = null;
  if (reraisedLeaves.size > 0) {
    const [m, r] = splitRecursive(orig, (e) => reraisedLeaves.has(e));
    xdecref(r);
    reraisedEg = m;
  }
  if (raised.length === 0) return reraisedEg ?? newref(Py_None);
  const all = reraisedEg !== null ? [...raised, reraisedEg] : raised;
  if (all.length === 1) return newref(all[0]);
  const t = tupleFromArray(all);
  const msg = PyUnicode_FromString('');
  const eg = newExceptionGroup(PyExc_BaseExceptionGroup, msg, t);
  decref(msg);
  decref(t);
  xdecref(reraisedEg);
  return eg;
}
