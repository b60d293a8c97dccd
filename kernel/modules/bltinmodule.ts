/**
 * The builtins module: builtin functions, and the map, filter and zip types.
 * CPython 3.11: Python/bltinmodule.c.
 */
import { type MethodDef, PyObject, PyTypeObject, PyBaseObject_Type, PyType_Type, TPFlags, newStaticType, registerStaticType } from '../objects/pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack, gcstate, isTracked } from '../gc/gcstate.ts';
import { PyErr, raise, raiseObject } from '../vm/errors.ts';
import {
  PyExc_AttributeError, PyExc_EOFError, PyExc_OSError, PyExc_StopIteration, PyExc_TypeError, PyExc_ValueError,
  PyExc_OverflowError, PyExc_NameError, PyExc_RuntimeError, allExceptionTypes, newStopIteration,
} from '../objects/exceptions.ts';
import {
  PyObject_GetAttr, PyObject_IsTrue, PyObject_Repr, PyObject_RichCompare, PyObject_RichCompareBool, PyObject_SetAttr,
  PyObject_Str, PyObject_TypeCheck, Py_None, Py_NotImplemented, _PyObject_LookupAttr, none, PyObject_Hash,
} from '../objects/object.ts';
import {
  PyCallable_Check, PyIter_Next, PyNumber_Absolute, PyNumber_Add, PyNumber_Power, PyObject_Call, PyObject_GetIter,
  PyObject_IsInstance, PyObject_IsSubclass, PyObject_Size, binary_op, callMethod, iterate, PyNumber_Index,
} from '../objects/abstract.ts';
import { PyUnicodeObject, PyUnicode_FromString, PyUnicode_InternFromString, PyUnicode_Type, charFromCodePoint, internString, codePointAt } from '../objects/unicodeobject.ts';
import { type IntValue, PyLongObject, PyLong_FromValue, PyLong_FromNumber, PyLong_FromSsize_t, PyLong_Type, intAdd, norm } from '../objects/longobject.ts';
import { PyFloatObject, PyFloat_FromDouble, PyFloat_Type } from '../objects/floatobject.ts';
import { PyBool_Type, Py_True, Py_False } from '../objects/boolobject.ts';
import { PyTupleObject, PyTuple_Type, emptyTupleRef, tupleFromArray, tupleFromArraySteal, tupleNewUnfilled } from '../objects/tupleobject.ts';
import { PyListObject, PyList_New, PyList_Type, listAppendSteal } from '../objects/listobject.ts';
import { PyDictObject, PyDict_GetItemWithError, PyDict_New, PyDict_SetItem, PyDict_Type, dictForEach, dictPop } from '../objects/dictobject.ts';
import { PyModuleObject, PyModule_New, addFunctions, moduleSet } from '../objects/moduleobject.ts';
import { calculateMetaclass, lookupStr, callSpecial } from '../objects/typeobject.ts';
import { PyFunctionObject } from '../objects/funcobject.ts';
import { PyCellObject } from '../objects/codeobject.ts';
import { PyCFunction_Type } from '../objects/methodobject.ts';
import { PyProperty_Type, newProperty } from '../objects/descrobject.ts';
import { PyClassMethod_Type, PyStaticMethod_Type } from '../objects/funcobject.ts';
import { PySuper_Type } from '../objects/superobject.ts';
import { Frame } from '../vm/frame.ts';
import { currentFrame, runFrame } from '../vm/ceval.ts';
import { compileSource, evalCode, freeArena } from '../vm/pythonrun.ts';
import { unpackArgs, noKeywords, checkPositional } from '../objects/getargs.ts';
import { importModule } from '../vm/import.ts';
import { formatObject } from '../objects/formatting.ts';
import { PyGenObject, genNextWithValue } from '../objects/genobject.ts';

export const builtinTypes: Record<string, () => PyObject> = {};

// ---------------------------------------------------------------------------------------------
// __build_class__
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Python/bltinmodule.c builtin___build_class__ */
function build_class(_self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 2) raise(PyExc_TypeError, '__build_class__: not enough arguments');
  const func = args[0];
  if (!(func instanceof PyFunctionObject)) raise(PyExc_TypeError, '__build_class__: func must be a function');
  const name = args[1];
  if (!(name instanceof PyUnicodeObject)) raise(PyExc_TypeError, '__build_class__: name is not a string');
  const origBases = args.slice(2, npos);
  const bases = updateBases(origBases);
  let meta: PyObject | null = null;
  const kwNames: string[] = [];
  const kwValues: PyObject[] = [];
  for (let k = 0; k < nkw; k++) {
    if (kwnames![k] === 'metaclass') meta = args[npos + k];
    else {
      kwNames.push(kwnames![k]);
      kwValues.push(args[npos + k]);
    }
  }
  try {
    let isclass = false;
    if (meta === null) {
      meta = bases.length === 0 ? PyType_Type : bases[0].ob_type;
      isclass = true;
    } else isclass = meta instanceof PyTypeObject;
    if (isclass) meta = calculateMetaclass(meta as PyTypeObject, bases);
    incref(meta);
    try {
      const basesTuple = tupleFromArraySteal(bases.map((b) => newref(b)));
      try {
        const ns = prepareNamespace(meta, name, basesTuple, kwNames, kwValues);
        try {
          const cell = runClassBody(func, ns);
          try {
            if (bases !== origBases) {
              const ob = tupleFromArraySteal(origBases.map((b) => newref(b)));
              PyDict_SetItem(ns as PyDictObject, internString('__orig_bases__'), ob);
              decref(ob);
            }
            const cls = PyObject_Call(meta, [name, basesTuple, ns, ...kwValues], kwNames.length ? kwNames : null);
            if (cls instanceof PyTypeObject && cell instanceof PyCellObject) {
              const cellCls = cell.ref;
              if (cellCls !== cls) {
                if (cellCls === null) {
                  raise(PyExc_TypeError_Runtime(), `__class__ not set defining '${name.s}' as <class '${cls.qualname}'>. Was __classcell__ propagated to type.__new__?`);
                }
              }
            }
            return cls;
          } finally {
            decref(cell);
          }
        } finally {
          decref(ns);
        }
      } finally {
        decref(basesTuple);
      }
    } finally {
      decref(meta);
    }
  } finally {
    if (bases !== origBases) for (const b of bases) decref(b);
  }
}

function PyExc_TypeError_Runtime(): PyTypeObject {
  return PyExc_TypeError;
}

/** update_bases: __mro_entries__ (PEP 560). Returns origBases itself when nothing changes. */
function updateBases(origBases: PyObject[]): PyObject[] {
  let changed = false;
  const out: PyObject[] = [];
  for (const b of origBases) {
    if (b instanceof PyTypeObject) {
      out.push(newref(b));
      continue;
    }
    const meth = _PyObject_LookupAttr(b, internString('__mro_entries__'));
    if (meth === null) {
      out.push(newref(b));
      continue;
    }
    changed = true;
    const basesTuple = tupleFromArraySteal(origBases.map((x) => newref(x)));
    try {
      const r = PyObject_Call(meth, [basesTuple], null);
      if (!(r instanceof PyTupleObject)) {
        decref(r);
        raise(PyExc_TypeError, '__mro_entries__ must return a tuple');
      }
      for (const x of r.items) out.push(newref(x));
      decref(r);
    } finally {
      decref(basesTuple);
      decref(meth);
    }
  }
  if (!changed) {
    for (const o of out) decref(o);
    return origBases;
  }
  return out;
}

function prepareNamespace(meta: PyObject, name: PyObject, bases: PyObject, kwNames: string[], kwValues: PyObject[]): PyObject {
  const prep = _PyObject_LookupAttr(meta, internString('__prepare__'));
  if (prep === null) return PyDict_New();
  try {
    const ns = PyObject_Call(prep, [name, bases, ...kwValues], kwNames.length ? kwNames : null);
    if (ns.ob_type.mp_subscript === null) {
      const mname = meta instanceof PyTypeObject ? meta.qualname : '<metaclass>';
      decref(ns);
      raise(PyExc_TypeError, `${mname}.__prepare__() must return a mapping, not ${ns.ob_type.tp_name}`);
    }
    return ns;
  } finally {
    decref(prep);
  }
}

/** Runs the class body with the namespace as its locals; returns the __class__ cell or None. */
function runClassBody(func: PyFunctionObject, ns: PyObject): PyObject {
  incref(func);
  const f = new Frame(func.code, func, func.globals, func.builtins, newref(ns));
  return runFrame(f);
}

/** type.__prepare__: a new dict. */
PyType_Type.methods.push({ name: '__prepare__', kind: 'class', fn: () => PyDict_New() });

// ---------------------------------------------------------------------------------------------
// Builtin functions
// ---------------------------------------------------------------------------------------------

function argRange(name: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  noKeywords(name, kwnames);
  checkPositional(name, args.length, min, max);
}

/**
 * CPython 3.11: Python/bltinmodule.c builtin_print_impl. The file is sys.stdout when not given
 * (RuntimeError "lost sys.stdout" when sys has none; nothing at all when it is None), then each
 * piece goes through PyFile_WriteObject: file.write looked up anew, called with str() of it.
 */
function builtin_print(_self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  // Argument Clinic (_PyArg_UnpackKeywordsWithVararg): the parser's keyword tuple is made on the
  // first call and kept; the positional arguments are packed into a tuple held for the call.
  printParserInit();
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let sep: PyObject | null = null;
  let end: PyObject | null = null;
  let file: PyObject | null = null;
  let flushArg: PyObject | null = null;
  for (let k = 0; k < nkw; k++) {
    const v = args[npos + k];
    switch (kwnames![k]) {
      case 'sep': sep = v; break;
      case 'end': end = v; break;
      case 'file': file = v; break;
      case 'flush': flushArg = v; break;
      default: raise(PyExc_TypeError, `'${kwnames![k]}' is an invalid keyword argument for print()`);
    }
  }
  const varargs = tupleFromArray(args.slice(0, npos));
  try {
    return print_impl(args, npos, sep, end, file, flushArg);
  } finally {
    decref(varargs);
  }
}

/** print's _PyArg_Parser keyword tuple (made at its first call, for the interpreter's life). */
let printKwtuple: { epoch: number; tuple: PyObject } | null = null;
function printParserInit(): void {
  if (printKwtuple !== null && printKwtuple.epoch === gcstate.epoch) return;
  const names = ['sep', 'end', 'file', 'flush'].map((n) => PyUnicode_InternFromString(n));
  printKwtuple = { epoch: gcstate.epoch, tuple: tupleFromArraySteal(names) };
}

function print_impl(args: PyObject[], npos: number, sep: PyObject | null, end: PyObject | null, file: PyObject | null,
  flushArg: PyObject | null): PyObject {
  // Argument Clinic's 'p' converter evaluates flush before the function body runs.
  const flush = flushArg !== null && PyObject_IsTrue(flushArg);
  if (file === null || file === Py_None) {
    file = sysGet('stdout');
    if (file === null) raise(PyExc_RuntimeError, 'lost sys.stdout');
    // sys.stdout may be None when FILE* stdout isn't connected
    if (file === Py_None) return none();
  }
  if (sep === Py_None) sep = null;
  else if (sep !== null && !(sep instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `sep must be None or a string, not ${sep.ob_type.tp_name}`);
  }
  if (end === Py_None) end = null;
  else if (end !== null && !(end instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, `end must be None or a string, not ${end.ob_type.tp_name}`);
  }
  for (let i = 0; i < npos; i++) {
    if (i > 0) {
      if (sep === null) fileWriteString(' ', file);
      else fileWriteObject(sep, file);
    }
    fileWriteObject(args[i], file);
  }
  if (end === null) fileWriteString('\n', file);
  else fileWriteObject(end, file);
  if (flush) decref(callMethod(file, 'flush', []));
  return none();
}

/** CPython 3.11: Objects/fileobject.c PyFile_WriteObject with Py_PRINT_RAW. */
function fileWriteObject(v: PyObject, f: PyObject): void {
  const writer = PyObject_GetAttr(f, internString('write'));
  try {
    const value = PyObject_Str(v);
    try {
      decref(PyObject_Call(writer, [value], null));
    } finally {
      decref(value);
    }
  } finally {
    decref(writer);
  }
}

/** CPython 3.11: Objects/fileobject.c PyFile_WriteString */
function fileWriteString(s: string, f: PyObject): void {
  const v = PyUnicode_FromString(s);
  try {
    fileWriteObject(v, f);
  } finally {
    decref(v);
  }
}

/** sys.<name> as a borrowed reference (installed by the sys module). */
let sysGet: (name: string) => PyObject | null = () => null;
export function setSysGetter(f: (name: string) => PyObject | null): void {
  sysGet = f;
}

function builtin_len(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKeywords('len', kw);
  if (args.length !== 1) raise(PyExc_TypeError, `len() takes exactly one argument (${args.length} given)`);
  return PyLong_FromSsize_t(PyObject_Size(args[0]));
}

function builtin_repr(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKeywords('repr', kw);
  if (args.length !== 1) raise(PyExc_TypeError, `repr() takes exactly one argument (${args.length} given)`);
  return PyObject_Repr(args[0]);
}

function builtin_id(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKeywords('id', kw);
  if (args.length !== 1) raise(PyExc_TypeError, `id() takes exactly one argument (${args.length} given)`);
  return PyLong_FromNumber(args[0].addr);
}

function builtin_hash(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKeywords('hash', kw);
  if (args.length !== 1) raise(PyExc_TypeError, `hash() takes exactly one argument (${args.length} given)`);
  return PyLong_FromSsize_t(PyObject_Hash(args[0]));
}

function builtin_isinstance(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('isinstance', args, kw, 2, 2);
  return newref(PyObject_IsInstance(args[0], args[1]) ? Py_True : Py_False);
}

function builtin_issubclass(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('issubclass', args, kw, 2, 2);
  return newref(PyObject_IsSubclass(args[0], args[1]) ? Py_True : Py_False);
}

function builtin_callable(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKeywords('callable', kw);
  if (args.length !== 1) raise(PyExc_TypeError, `callable() takes exactly one argument (${args.length} given)`);
  return newref(PyCallable_Check(args[0]) ? Py_True : Py_False);
}

function builtin_getattr(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('getattr', args, kw, 2, 3);
  const name = args[1];
  if (!(name instanceof PyUnicodeObject)) raise(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  if (args.length === 3) {
    const v = _PyObject_LookupAttr(args[0], name);
    return v ?? newref(args[2]);
  }
  return PyObject_GetAttr(args[0], name);
}

function builtin_hasattr(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('hasattr', args, kw, 2, 2);
  const name = args[1];
  if (!(name instanceof PyUnicodeObject)) raise(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  const v = _PyObject_LookupAttr(args[0], name);
  if (v === null) return newref(Py_False);
  decref(v);
  return newref(Py_True);
}

function builtin_setattr(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('setattr', args, kw, 3, 3);
  PyObject_SetAttr(args[0], args[1], args[2]);
  return none();
}

function builtin_delattr(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('delattr', args, kw, 2, 2);
  PyObject_SetAttr(args[0], args[1], null);
  return none();
}

function builtin_iter(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('iter', args, kw, 1, 2);
  if (args.length === 1) return PyObject_GetIter(args[0]);
  if (!PyCallable_Check(args[0])) raise(PyExc_TypeError, 'iter(v, w): v must be callable');
  return callableIterator(args[0], args[1]);
}

let callableIterator: (callable: PyObject, sentinel: PyObject) => PyObject = () => {
  raise(PyExc_TypeError, 'iter(callable, sentinel) is not available');
};
export function setCallableIterator(f: (callable: PyObject, sentinel: PyObject) => PyObject): void {
  callableIterator = f;
}

function builtin_next(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('next', args, kw, 1, 2);
  const it = args[0];
  const f = it.ob_type.tp_iternext;
  if (f === null) raise(PyExc_TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  if (it instanceof PyGenObject && args.length === 1) return genNextWithValue(it);
  const v = f(it);
  if (v !== null) return v;
  if (args.length === 2) return newref(args[1]);
  raise(PyExc_StopIteration, null);
}

function builtin_abs(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKeywords('abs', kw);
  if (args.length !== 1) raise(PyExc_TypeError, `abs() takes exactly one argument (${args.length} given)`);
  return PyNumber_Absolute(args[0]);
}

function builtin_divmod(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('divmod', args, kw, 2, 2);
  return binary_op(args[0], args[1], 'nb_divmod');
}

function builtin_pow(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const a = unpackArgs('pow', args, kwnames, ['base', 'exp', 'mod'], 2);
  return PyNumber_Power(a[0]!, a[1]!, a[2] ?? Py_None);
}

function builtin_round(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const a = unpackArgs('round', args, kwnames, ['number', 'ndigits'], 1);
  const number = a[0]!;
  const round = lookupStr(number.ob_type, '__round__');
  if (round === null) raise(PyExc_TypeError, `type ${number.ob_type.tp_name} doesn't define __round__ method`);
  incref(round);
  try {
    const get = round.ob_type.tp_descr_get;
    const bound = get === null ? newref(round) : get(round, number, number.ob_type);
    try {
      return PyObject_Call(bound, a[1] === null || a[1] === Py_None ? [] : [a[1]], null);
    } finally {
      decref(bound);
    }
  } finally {
    decref(round);
  }
}

/** CPython 3.11: Python/bltinmodule.c builtin_sum_impl */
function builtin_sum(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const a = unpackArgs('sum', args, kwnames, ['iterable', 'start'], 1, 1);
  const iter = PyObject_GetIter(a[0]!);
  let result: PyObject | SumEnd;
  try {
    if (a[1] === null) result = PyLong_FromNumber(0);
    else {
      result = a[1];
      // Reject str, bytes and bytearray values for `start`.
      if (result instanceof PyUnicodeObject) raise(PyExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
      if (result.ob_type.tp_name === 'bytes') raise(PyExc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
      if (result.ob_type.tp_name === 'bytearray') raise(PyExc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
      incref(result);
    }
    // The fast paths keep the running sum in a C long, then a C double, instead of new objects,
    // as long as the items let them; what they cannot add goes on in the generic loop.
    if (result.ob_type === PyLong_Type) result = sumLongs(iter, result as PyLongObject);
    if (!(result instanceof SumEnd) && result.ob_type === PyFloat_Type) result = sumFloats(iter, result as PyFloatObject);
    if (!(result instanceof SumEnd)) result = sumObjects(iter, result);
  } finally {
    decref(iter);
  }
  if (!(result instanceof SumEnd)) return result;
  // A fast path's sum becomes an object once the iterator is gone.
  return result.isFloat ? PyFloat_FromDouble(result.value as number) : PyLong_FromValue(result.value);
}

/** A fast path of sum reached the end of the items: the sum, a C long or a C double. */
class SumEnd {
  constructor(readonly value: IntValue, readonly isFloat: boolean) {}
}

/** C long bounds: PyLong_AsLongAndOverflow overflows outside them. */
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** PyLong_AsLongAndOverflow: the int's value if it fits a C long, else null (overflow). */
function asCLong(v: IntValue): IntValue | null {
  return typeof v === 'number' || (v >= LONG_MIN && v <= LONG_MAX) ? v : null;
}

/** i + b if it fits a C long (sum's overflow test), else null. */
function addCLongs(i: IntValue, b: IntValue): IntValue | null {
  if (typeof i === 'number' && typeof b === 'number') {
    const r = i + b;
    if (Number.isSafeInteger(r)) return r;
  }
  const r = BigInt(i) + BigInt(b);
  return r >= LONG_MIN && r <= LONG_MAX ? norm(r) : null;
}

/**
 * builtin_sum_impl's int path, from an exact int (taken): the sum when the items run out, else
 * the result so far, an object, once an item is not an exact int or bool or the sum would
 * overflow a C long.
 */
function sumLongs(iter: PyObject, start: PyLongObject): PyObject | SumEnd {
  let i = asCLong(start.v);
  // If this already overflowed, don't even enter the loop.
  if (i === null) return start;
  decref(start);
  for (;;) {
    const item = PyIter_Next(iter);
    if (item === null) return new SumEnd(i, false);
    if (item.ob_type === PyLong_Type || item.ob_type === PyBool_Type) {
      const b = asCLong((item as PyLongObject).v);
      const r: IntValue | null = b === null ? null : addCLongs(i, b);
      if (r !== null) {
        i = r;
        decref(item);
        continue;
      }
    }
    // Either overflowed or is not an int: back to real objects.
    const result = PyLong_FromValue(i);
    return addReleasing(result, item);
  }
}

/** builtin_sum_impl's float path, from an exact float (taken): as sumLongs, with a C double. */
function sumFloats(iter: PyObject, start: PyFloatObject): PyObject | SumEnd {
  let f = start.v;
  decref(start);
  for (;;) {
    const item = PyIter_Next(iter);
    if (item === null) return new SumEnd(f, true);
    if (item.ob_type === PyFloat_Type) {
      f += (item as PyFloatObject).v;
      decref(item);
      continue;
    }
    if (item instanceof PyLongObject) {
      const value = asCLong(item.v);
      if (value !== null) {
        f += Number(value);
        decref(item);
        continue;
      }
    }
    return addReleasing(PyFloat_FromDouble(f), item);
  }
}

/** result + item, both released (on error too). */
function addReleasing(result: PyObject, item: PyObject): PyObject {
  try {
    return PyNumber_Add(result, item);
  } finally {
    decref(result);
    decref(item);
  }
}

/** builtin_sum_impl's generic loop: PyNumber_Add (not in-place, bpo-18305) item by item. */
function sumObjects(iter: PyObject, start: PyObject): PyObject {
  let result = start;
  for (;;) {
    let item: PyObject | null;
    try {
      item = PyIter_Next(iter);
    } catch (e) {
      decref(result);
      throw e;
    }
    if (item === null) return result;
    result = addReleasing(result, item);
  }
}

function minmax(name: 'min' | 'max', args: PyObject[], kwnames: string[] | null): PyObject {
  const op = name === 'min' ? 0 : 4;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let key: PyObject | null = null;
  let dflt: PyObject | null = null;
  for (let k = 0; k < nkw; k++) {
    if (kwnames![k] === 'key') key = args[npos + k];
    else if (kwnames![k] === 'default') dflt = args[npos + k];
    else raise(PyExc_TypeError, `${name}() got an unexpected keyword argument '${kwnames![k]}'`);
  }
  if (key === Py_None) key = null;
  if (npos === 0) raise(PyExc_TypeError, `${name} expected at least 1 argument, got 0`);
  const positional = npos > 1;
  if (positional && dflt !== null) {
    raise(PyExc_TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  let best: PyObject | null = null;
  let bestKey: PyObject | null = null;
  const consider = (item: PyObject): void => {
    const k = key !== null ? PyObject_Call(key, [item], null) : newref(item);
    if (best === null) {
      best = newref(item);
      bestKey = k;
      return;
    }
    let better: boolean;
    try {
      better = PyObject_RichCompareBool(k, bestKey!, op);
    } catch (e) {
      decref(k);
      throw e;
    }
    if (better) {
      decref(best);
      decref(bestKey!);
      best = newref(item);
      bestKey = k;
    } else decref(k);
  };
  try {
    if (positional) for (let i = 0; i < npos; i++) consider(args[i]);
    else iterate(args[0], consider);
  } catch (e) {
    xdecref(best);
    xdecref(bestKey);
    throw e;
  }
  xdecref(bestKey);
  if (best === null) {
    if (dflt !== null) return newref(dflt);
    raise(PyExc_ValueError, `${name}() arg is an empty sequence`);
  }
  return best;
}

function builtin_any(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKeywords('any', kw);
  if (args.length !== 1) raise(PyExc_TypeError, `any() takes exactly one argument (${args.length} given)`);
  let found = false;
  iterate(args[0], (item) => {
    if (PyObject_IsTrue(item)) {
      found = true;
      return true;
    }
  });
  return newref(found ? Py_True : Py_False);
}

function builtin_all(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKeywords('all', kw);
  if (args.length !== 1) raise(PyExc_TypeError, `all() takes exactly one argument (${args.length} given)`);
  let ok = true;
  iterate(args[0], (item) => {
    if (!PyObject_IsTrue(item)) {
      ok = false;
      return true;
    }
  });
  return newref(ok ? Py_True : Py_False);
}

function builtin_chr(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKeywords('chr', kw);
  if (args.length !== 1) raise(PyExc_TypeError, `chr() takes exactly one argument (${args.length} given)`);
  const o = args[0];
  if (!(o instanceof PyLongObject)) {
    if (o instanceof PyFloatObject) raise(PyExc_TypeError, "'float' object cannot be interpreted as an integer");
    const i = PyNumber_Index(o);
    decref(i);
    return builtin_chr(_s, [i], null);
  }
  const v = o.v;
  if (typeof v === 'bigint') raise(PyExc_OverflowError, 'Python int too large to convert to C int');
  if (v < 0 || v > 0x10ffff) raise(PyExc_ValueError, 'chr() arg not in range(0x110000)');
  return charFromCodePoint(v);
}

function builtin_ord(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKeywords('ord', kw);
  if (args.length !== 1) raise(PyExc_TypeError, `ord() takes exactly one argument (${args.length} given)`);
  const o = args[0];
  if (o instanceof PyUnicodeObject) {
    if (o.length !== 1) raise(PyExc_TypeError, `ord() expected a character, but string of length ${o.length} found`);
    return PyLong_FromNumber(codePointAt(o, 0));
  }
  const bytesLen = bytesLength(o);
  if (bytesLen !== null) {
    if (bytesLen.length !== 1) raise(PyExc_TypeError, `ord() expected a character, but string of length ${bytesLen.length} found`);
    return PyLong_FromNumber(bytesLen[0]);
  }
  raise(PyExc_TypeError, `ord() expected string of length 1, but ${o.ob_type.tp_name} found`);
}

let bytesLength: (o: PyObject) => Uint8Array | null = () => null;
export function setBytesView(f: (o: PyObject) => Uint8Array | null): void {
  bytesLength = f;
}

function intFormat(name: string, prefix: string, radix: number) {
  return (_s: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    noKeywords(name, kw);
    if (args.length !== 1) raise(PyExc_TypeError, `${name}() takes exactly one argument (${args.length} given)`);
    const i = PyNumber_Index(args[0]);
    const v = i.v;
    decref(i);
    const neg = v < 0;
    const digits = (neg ? -(v as number) : v).toString(radix).replace(/^-/, '');
    return PyUnicode_FromString((neg ? '-' : '') + prefix + digits);
  };
}

function builtin_format(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const a = unpackArgs('format', args, kwnames, ['value', 'format_spec'], 1, 2);
  return formatObject(a[0]!, a[1]);
}

function builtin_ascii(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKeywords('ascii', kw);
  if (args.length !== 1) raise(PyExc_TypeError, `ascii() takes exactly one argument (${args.length} given)`);
  const r = PyObject_Repr(args[0]);
  const s = r.s;
  decref(r);
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 256) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return PyUnicode_FromString(out);
}

function builtin_sorted(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos !== 1) raise(PyExc_TypeError, `sorted expected 1 argument, got ${npos}`);
  const list = PyObject_Call(PyList_Type, [args[0]], null);
  try {
    const sort = PyObject_GetAttr(list, internString('sort'));
    try {
      decref(PyObject_Call(sort, args.slice(1), kwnames));
    } finally {
      decref(sort);
    }
  } catch (e) {
    decref(list);
    throw e;
  }
  return list;
}

/** The current frame's globals (builtins are called from Python code). */
function callerFrame(): Frame {
  const f = currentFrame;
  if (f === null) raise(PyExc_TypeError, 'no current frame');
  return f;
}

function builtin_globals(): PyObject {
  return newref(callerFrame().globals);
}

/** locals(): the namespace of a module/class body, a snapshot of a function's locals. */
export function frameLocals(f: Frame): PyObject {
  if (f.locals !== null) return newref(f.locals);
  const d = PyDict_New();
  const unit = f.code.unit;
  for (let i = 0; i < unit.localsplusnames.length; i++) {
    let v = f.localsplus[i];
    if (v !== null && unit.localspluskinds[i] & (0x40 | 0x80) && v instanceof PyCellObject) v = v.ref;
    if (v !== null) PyDict_SetItem(d, internString(unit.localsplusnames[i]), v);
  }
  return d;
}

function builtin_locals(): PyObject {
  return frameLocals(callerFrame());
}

function builtin_vars(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('vars', args, kw, 0, 1);
  if (args.length === 0) return builtin_locals();
  const d = _PyObject_LookupAttr(args[0], internString('__dict__'));
  if (d === null) raise(PyExc_TypeError, 'vars() argument must have __dict__ attribute');
  return d;
}

/** dir(obj): sorted names from obj.__dir__(). */
export function dirList(o: PyObject): PyObject {
  // _PyObject_LookupSpecial: __dir__ is looked up on the type, not the instance.
  const r = callSpecial(o, '__dir__', []);
  if (r === null) raise(PyExc_TypeError, 'object does not provide __dir__');
  try {
    const l = PyObject_Call(PyList_Type, [r], null);
    try {
      decref(callMethod(l, 'sort', []));
    } catch (e) {
      decref(l);
      throw e;
    }
    return l;
  } finally {
    decref(r);
  }
}

function builtin_dir(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('dir', args, kw, 0, 1);
  if (args.length === 1) return dirList(args[0]);
  const locals = builtin_locals();
  try {
    const keys = PyList_New();
    dictForEach(locals as PyDictObject, (k) => {
      incref(k);
      listAppendSteal(keys, k);
    });
    decref(callMethod(keys, 'sort', []));
    return keys;
  } finally {
    decref(locals);
  }
}

function builtin_input(_s: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  argRange('input', args, kw, 0, 1);
  if (args.length === 1) {
    const out = sysGet('stdout');
    if (out !== null) {
      const s = PyObject_Str(args[0]);
      try {
        decref(callMethod(out, 'write', [s]));
      } finally {
        decref(s);
      }
    }
  }
  raise(PyExc_EOFError, 'EOF when reading a line');
}

/** CPython 3.11: Python/bltinmodule.c builtin_breakpoint: sys.breakpointhook(*args, **kws). */
function builtin_breakpoint(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const hook = sysGet('breakpointhook');
  if (hook === null) raise(PyExc_RuntimeError, 'lost sys.breakpointhook');
  incref(hook);
  try {
    return PyObject_Call(hook, args, kwnames);
  } finally {
    decref(hook);
  }
}

function builtin_open(): PyObject {
  raise(PyExc_OSError, 'open() is not supported by the Heapbook kernel: programs run without a file system');
}

function builtin_import(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const a = unpackArgs('__import__', args, kwnames, ['name', 'globals', 'locals', 'fromlist', 'level'], 1);
  const name = a[0];
  if (!(name instanceof PyUnicodeObject)) raise(PyExc_TypeError, `__import__() argument 1 must be str, not ${name!.ob_type.tp_name}`);
  return importModule(name.s, a[3], a[4]);
}

/** exec/eval: compile a string (or use a code object) and run it in globals/locals. */
function execOrEval(name: 'exec' | 'eval', args: PyObject[], kwnames: string[] | null): PyObject {
  const a = unpackArgs(name, args, kwnames, ['source', 'globals', 'locals'], 1, 3);
  const src = a[0]!;
  const f = currentFrame;
  let globals = a[1] !== null && a[1] !== Py_None ? a[1] : null;
  let locals = a[2] !== null && a[2] !== Py_None ? a[2] : null;
  if (globals !== null && !(globals instanceof PyDictObject)) {
    raise(PyExc_TypeError, `${name}() globals must be a dict, not ${globals.ob_type.tp_name}`);
  }
  // A function frame's locals dict made here is held until the code has run (CPython's frame
  // keeps the one PyEval_GetLocals makes).
  let ownedLocals: PyObject | null = null;
  if (globals === null) {
    if (f === null) raise(PyExc_TypeError, `${name}() needs globals`);
    globals = f.globals;
    if (locals === null) locals = f.locals ?? (ownedLocals = frameLocals(f));
  } else if (locals === null) locals = globals;
  try {
    if (!(src instanceof PyUnicodeObject)) {
      if (src.ob_type.tp_name === 'code') return evalCode(src as never, globals as PyDictObject, locals);
      raise(PyExc_TypeError, `${name}() arg 1 must be a string, bytes or code object`);
    }
    const text = name === 'eval' ? src.s.replace(/^[ \t]+/, '') : src.s;
    const compiled = compileSource(text, '<string>', name === 'exec' ? 'exec' : 'eval');
    freeArena(compiled.arena);
    try {
      const r = evalCode(compiled.code, globals as PyDictObject, locals);
      if (name === 'exec') {
        decref(r);
        return none();
      }
      return r;
    } finally {
      decref(compiled.code);
    }
  } finally {
    if (ownedLocals !== null) decref(ownedLocals);
  }
}

function builtin_compile(_s: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const a = unpackArgs('compile', args, kwnames, ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize'], 3);
  const src = a[0];
  const filename = a[1];
  const mode = a[2];
  if (!(src instanceof PyUnicodeObject) || !(filename instanceof PyUnicodeObject) || !(mode instanceof PyUnicodeObject)) {
    raise(PyExc_TypeError, 'compile() arguments must be str');
  }
  if (mode.s !== 'exec' && mode.s !== 'eval' && mode.s !== 'single') {
    raise(PyExc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  const compiled = compileSource(src.s, filename.s, mode.s);
  freeArena(compiled.arena);
  return compiled.code;
}

/** The builtin function table (builtin_methods in bltinmodule.c, in its order). */
const builtinFunctions: MethodDef[] = [
  { name: '__build_class__', fn: build_class },
  { name: '__import__', fn: builtin_import },
  { name: 'abs', fn: builtin_abs },
  { name: 'all', fn: builtin_all },
  { name: 'any', fn: builtin_any },
  { name: 'ascii', fn: builtin_ascii },
  { name: 'bin', fn: intFormat('bin', '0b', 2) },
  { name: 'breakpoint', fn: builtin_breakpoint },
  { name: 'callable', fn: builtin_callable },
  { name: 'chr', fn: builtin_chr },
  { name: 'compile', fn: builtin_compile },
  { name: 'delattr', fn: builtin_delattr },
  { name: 'dir', fn: builtin_dir },
  { name: 'divmod', fn: builtin_divmod },
  { name: 'eval', fn: (_s, a, k) => execOrEval('eval', a, k) },
  { name: 'exec', fn: (_s, a, k) => execOrEval('exec', a, k) },
  { name: 'format', fn: builtin_format },
  { name: 'getattr', fn: builtin_getattr },
  { name: 'globals', fn: builtin_globals },
  { name: 'hasattr', fn: builtin_hasattr },
  { name: 'hash', fn: builtin_hash },
  { name: 'hex', fn: intFormat('hex', '0x', 16) },
  { name: 'id', fn: builtin_id },
  { name: 'input', fn: builtin_input },
  { name: 'isinstance', fn: builtin_isinstance },
  { name: 'issubclass', fn: builtin_issubclass },
  { name: 'iter', fn: builtin_iter },
  { name: 'len', fn: builtin_len },
  { name: 'locals', fn: builtin_locals },
  { name: 'max', fn: (_s, a, k) => minmax('max', a, k) },
  { name: 'min', fn: (_s, a, k) => minmax('min', a, k) },
  { name: 'next', fn: builtin_next },
  { name: 'oct', fn: intFormat('oct', '0o', 8) },
  { name: 'open', fn: builtin_open },
  { name: 'ord', fn: builtin_ord },
  { name: 'pow', fn: builtin_pow },
  { name: 'print', fn: builtin_print },
  { name: 'repr', fn: builtin_repr },
  { name: 'round', fn: builtin_round },
  { name: 'setattr', fn: builtin_setattr },
  { name: 'sorted', fn: builtin_sorted },
  { name: 'sum', fn: builtin_sum },
  { name: 'vars', fn: builtin_vars },
];

// ---------------------------------------------------------------------------------------------
// map, filter, zip
// ---------------------------------------------------------------------------------------------

export const PyMap_Type = registerStaticType(newStaticType('map', 32, 0, TPFlags.BASETYPE | TPFlags.HAVE_GC));
export const PyFilter_Type = registerStaticType(newStaticType('filter', 32, 0, TPFlags.BASETYPE | TPFlags.HAVE_GC));
export const PyZip_Type = registerStaticType(newStaticType('zip', 48, 0, TPFlags.BASETYPE | TPFlags.HAVE_GC));

/**
 * mapobject, filterobject and zipobject: map keeps its iterators in a tuple (iters) and its
 * function; filter one iterator (it) and its function; zip a tuple of iterators (ittuple) and the
 * result tuple it hands out again when nobody else holds it.
 * CPython 3.11: Python/bltinmodule.c.
 */
class PyIterCombinator extends PyObject {
  func: PyObject | null = null;
  /** map's iters / zip's ittuple. */
  iters: PyTupleObject | null = null;
  /** filter's it. */
  it: PyObject | null = null;
  /** zip's reused result tuple. */
  result: PyTupleObject | null = null;
  strict = false;
  constructor(type: PyTypeObject) {
    super(type, false);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
  }
}

/** A tuple of iter(x) for each iterable: PyTuple_New(n) first, then filled. */
function iteratorTuple(iterables: PyObject[]): PyTupleObject {
  const t = tupleNewUnfilled(iterables.length);
  for (let i = 0; i < iterables.length; i++) {
    try {
      t.items[i] = PyObject_GetIter(iterables[i]);
    } catch (e) {
      t.items.length = i;
      decref(t);
      throw e;
    }
  }
  return t;
}

/** type->tp_alloc(type, 0) for the three iterators. */
function combinatorAlloc(type: PyTypeObject, size: number): PyIterCombinator {
  const o = new PyIterCombinator(type);
  gcAllocObject(o, size);
  gcTrack(o);
  return o;
}

/** CPython 3.11: Python/bltinmodule.c map_dealloc, filter_dealloc, zip_dealloc */
function combinatorDealloc(o: PyObject): void {
  const c = o as PyIterCombinator;
  gcUntrack(c);
  const { func, iters, it, result } = c;
  c.func = c.iters = c.it = c.result = null;
  if (c.ob_type === PyFilter_Type) {
    xdecref(func);
    xdecref(it);
  } else {
    xdecref(iters);
    xdecref(func);
    xdecref(result);
  }
  gcDel(c);
}

/** CPython 3.11: Python/bltinmodule.c map_traverse (iters, func), filter_traverse (it, func), zip_traverse (ittuple, result). */
function combinatorTraverse(o: PyObject, visit: (o: PyObject) => void): void {
  const c = o as PyIterCombinator;
  if (c.iters !== null) visit(c.iters);
  if (c.it !== null) visit(c.it);
  if (c.func !== null) visit(c.func);
  if (c.result !== null) visit(c.result);
}

for (const t of [PyMap_Type, PyFilter_Type, PyZip_Type]) {
  t.tp_dealloc = combinatorDealloc;
  t.tp_traverse = combinatorTraverse;
  t.tp_iter = (o) => newref(o);
}

/** CPython 3.11: Python/bltinmodule.c map_new / map_vectorcall */
PyMap_Type.tp_new = (type, args, kwnames) => {
  noKeywords('map', kwnames);
  if (args.length < 2) raise(PyExc_TypeError, 'map() must have at least two arguments.');
  const iters = iteratorTuple(args.slice(1));
  const lz = combinatorAlloc(type, 32);
  lz.iters = iters;
  lz.func = newref(args[0]);
  return lz;
};
/** CPython 3.11: Python/bltinmodule.c map_next */
PyMap_Type.tp_iternext = (o) => {
  const c = o as PyIterCombinator;
  const items: PyObject[] = [];
  try {
    for (const it of c.iters!.items) {
      const v = it.ob_type.tp_iternext!(it);
      if (v === null) return null;
      items.push(v);
    }
    return PyObject_Call(c.func!, items, null);
  } finally {
    for (const i of items) decref(i);
  }
};

/** CPython 3.11: Python/bltinmodule.c filter_new / filter_vectorcall */
PyFilter_Type.tp_new = (type, args, kwnames) => {
  noKeywords('filter', kwnames);
  checkPositional('filter', args.length, 2, 2);
  const it = PyObject_GetIter(args[1]);
  const lz = combinatorAlloc(type, 32);
  lz.func = newref(args[0]);
  lz.it = it;
  return lz;
};
/** CPython 3.11: Python/bltinmodule.c filter_next */
PyFilter_Type.tp_iternext = (o) => {
  const c = o as PyIterCombinator;
  const it = c.it!;
  for (;;) {
    const item = it.ob_type.tp_iternext!(it);
    if (item === null) return null;
    let ok: boolean;
    try {
      if (c.func === null || c.func === Py_None || c.func === PyBool_Type) ok = PyObject_IsTrue(item);
      else {
        const r = PyObject_Call(c.func, [item], null);
        try {
          ok = PyObject_IsTrue(r);
        } finally {
          decref(r);
        }
      }
    } catch (e) {
      decref(item);
      throw e;
    }
    if (ok) return item;
    decref(item);
  }
};

/** CPython 3.11: Python/bltinmodule.c zip_new: the iterators, a result tuple of Nones, the object. */
PyZip_Type.tp_new = (type, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  let strict = false;
  for (let k = 0; k < nkw; k++) {
    if (kwnames![k] !== 'strict') raise(PyExc_TypeError, `zip() got an unexpected keyword argument '${kwnames![k]}'`);
    strict = PyObject_IsTrue(args[args.length - nkw + k]);
  }
  const ittuple = iteratorTuple(args.slice(0, args.length - nkw));
  const n = ittuple.items.length;
  const result = tupleNewUnfilled(n);
  for (let i = 0; i < n; i++) result.items[i] = newref(Py_None);
  const lz = combinatorAlloc(type, 48);
  lz.iters = ittuple;
  lz.result = result;
  lz.strict = strict;
  return lz;
};

/**
 * CPython 3.11: Python/bltinmodule.c zip_next: the result tuple is filled in place when only the
 * zip holds it (tracked again if the collector had untracked it), else a new tuple is made.
 */
PyZip_Type.tp_iternext = (o) => {
  const c = o as PyIterCombinator;
  const iters = c.iters!.items;
  const n = iters.length;
  if (n === 0) return null;
  let result = c.result!;
  if (result.ob_refcnt === 1) {
    incref(result);
    for (let i = 0; i < n; i++) {
      const item = iters[i].ob_type.tp_iternext!(iters[i]);
      if (item === null) {
        decref(result);
        return c.strict ? zipCheck(c, i) : null;
      }
      const olditem = result.items[i];
      result.items[i] = item;
      decref(olditem);
    }
    result.hashCache = null;
    if (!isTracked(result)) gcTrack(result);
    return result;
  }
  result = tupleNewUnfilled(n);
  for (let i = 0; i < n; i++) {
    const item = iters[i].ob_type.tp_iternext!(iters[i]);
    if (item === null) {
      result.items.length = i;
      decref(result);
      return c.strict ? zipCheck(c, i) : null;
    }
    result.items[i] = item;
  }
  return result;
};

/** zip_next's strict check: the iterator at i ended; all must end together. */
function zipCheck(c: PyIterCombinator, i: number): null {
  const iters = c.iters!.items;
  if (i > 0) raise(PyExc_ValueError, `zip() argument ${i + 1} is shorter than argument${i > 1 ? 's 1-' + i : ' 1'}`);
  for (let j = 1; j < iters.length; j++) {
    const w = iters[j].ob_type.tp_iternext!(iters[j]);
    if (w !== null) {
      decref(w);
      raise(PyExc_ValueError, `zip() argument ${j + 1} is longer than argument${j > 1 ? 's 1-' + j : ' 1'}`);
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The module
// ---------------------------------------------------------------------------------------------

/** Types the builtins module exposes by name; filled at start-up from the type files. */
export function makeBuiltinsModule(extraTypes: Record<string, PyObject>): PyModuleObject {
  const m = PyModule_New('builtins');
  addFunctions(m, builtinFunctions);
  const types: Record<string, PyObject> = {
    object: PyBaseObject_Type, type: PyType_Type, int: PyLong_Type, bool: PyBool_Type, float: PyFloat_Type,
    str: PyUnicode_Type, tuple: PyTuple_Type, list: PyList_Type, dict: PyDict_Type, map: PyMap_Type,
    filter: PyFilter_Type, zip: PyZip_Type, property: PyProperty_Type, classmethod: PyClassMethod_Type,
    staticmethod: PyStaticMethod_Type, super: PySuper_Type, ...extraTypes,
  };
  moduleSet(m, 'None', Py_None);
  moduleSet(m, 'NotImplemented', Py_NotImplemented);
  moduleSet(m, 'False', Py_False);
  moduleSet(m, 'True', Py_True);
  for (const [name, t] of Object.entries(types)) moduleSet(m, name, t);
  for (const t of allExceptionTypes) moduleSet(m, t.tp_name, t);
  moduleSet(m, 'EnvironmentError', allExceptionTypes.find((t) => t.tp_name === 'OSError')!);
  moduleSet(m, 'IOError', allExceptionTypes.find((t) => t.tp_name === 'OSError')!);
  moduleSet(m, '__debug__', Py_True);
  return m;
}

export { PyCFunction_Type, PyExc_AttributeError, PyExc_NameError, newStopIteration, dictPop, PyDict_GetItemWithError, PyObject_TypeCheck, PyErr, raiseObject, PyObject_Str, PyObject_RichCompare, newProperty, intAdd, PyFloat_FromDouble };
