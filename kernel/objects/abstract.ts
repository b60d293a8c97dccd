/**
 * The abstract object protocols: calling, numbers, sequences, mappings, iteration.
 * CPython 3.11: Objects/abstract.c, Objects/call.c.
 */
import { type BinaryFunc, type CallFunc, type Py_ssize_t, PyObject, PyTypeObject, PyType_Type, TPFlags } from './pyobject.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { PyErr, raise } from '../vm/errors.ts';
import {
  PyExc_IndexError, PyExc_StopIteration, PyExc_TypeError,
} from './exceptions.ts';
import { PyObject_IsTrue, PyObject_TypeCheck, PyType_IsSubtype, Py_None, Py_NotImplemented, _PyObject_LookupAttr } from './object.ts';
import { internString } from './unicodeobject.ts';
import { PyLongObject, PyLong_Type, indexToNumber } from './longobject.ts';
import { PyTupleObject, tupleFromArray } from './tupleobject.ts';
import { Py_GenericAlias } from './genericaliasobject.ts';
import { PyUnion_Check, _Py_union_args } from './unionobject.ts';
import { enterRecursiveCall, leaveRecursiveCall } from '../vm/state.ts';

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

/**
 * CPython 3.11: Objects/call.c _PyObject_Vectorcall / _PyObject_MakeTpCall: call with
 * positional args followed by keyword values named by kwnames. Arguments are borrowed.
 */
export function PyObject_Call(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const t = callable.ob_type;
  const call = t.tp_call;
  if (call === null) raise(PyExc_TypeError, `'${t.tp_name}' object is not callable`);
  // Instances of a metaclass are called through MakeTpCall too: heap types lack HAVE_VECTORCALL.
  if (!(t.tp_flags & TPFlags.HAVE_VECTORCALL) || (t === PyType_Type && !hasVectorcall(callable as PyTypeObject, args, kwnames))) {
    return makeTpCall(call, callable, args, kwnames);
  }
  enterRecursiveCall(' while calling a Python object');
  try {
    return call(callable, args, kwnames);
  } finally {
    leaveRecursiveCall();
  }
}

/**
 * PyVectorcall_Function(type object) != NULL: the type's tp_vectorcall; `type` itself
 * (type_vectorcall) only for type(x), and falls back to _PyObject_MakeTpCall otherwise.
 */
function hasVectorcall(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): boolean {
  if (!type.tp_vectorcall) return false;
  return type !== PyType_Type || (args.length === 1 && kwnames === null);
}

/**
 * NON-CPYTHON: the tuple of positional arguments of the _PyObject_MakeTpCall running now, for
 * callees that keep CPython's tuple (see makeTpCall and callArgsTuple).
 */
let tpCallArgs: PyTupleObject | null = null;

/**
 * CPython 3.11: Objects/call.c _PyObject_MakeTpCall: the arguments become a temporary tuple
 * (_PyTuple_FromArray) and keyword arguments a temporary dict (_PyStack_AsDict), held for the
 * duration of tp_call. The kernel's tp_call still takes the arguments as an array; a callee that
 * keeps CPython's tuple (BaseException_new stores it as `args`) asks for it with callArgsTuple.
 */
function makeTpCall(call: CallFunc, callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const npos = kwnames === null ? args.length : args.length - kwnames.length;
  const argstuple = tupleFromArray(npos === args.length ? args : args.slice(0, npos));
  let kwdict: PyObject | null = null;
  const saved = tpCallArgs;
  const savedKwargs = tpCallKwargs;
  try {
    if (kwnames !== null && kwnames.length > 0) kwdict = kwargsDictHook(args, npos, kwnames);
    enterRecursiveCall(' while calling a Python object');
    tpCallArgs = argstuple;
    tpCallKwargs = kwdict;
    try {
      return call(callable, args, kwnames);
    } finally {
      tpCallArgs = saved;
      tpCallKwargs = savedKwargs;
      leaveRecursiveCall();
    }
  } finally {
    decref(argstuple);
    if (kwdict !== null) decref(kwdict);
  }
}

/**
 * The argument tuple CPython's tp_call received, when the kernel's call in progress came through
 * _PyObject_MakeTpCall with exactly these positional arguments; null otherwise.
 */
export function callArgsTuple(positional: readonly PyObject[]): PyTupleObject | null {
  const t = tpCallArgs;
  if (t === null || t.items.length !== positional.length) return null;
  for (let i = 0; i < positional.length; i++) if (t.items[i] !== positional[i]) return null;
  return t;
}

/** The keyword dict of the _PyObject_MakeTpCall running now (null without keywords). */
let tpCallKwargs: PyObject | null = null;

/**
 * The keyword dict CPython's tp_call received (see callArgsTuple): the one _PyObject_MakeTpCall
 * made for these positional arguments and `nkw` keywords, or null. A callee may keep it, as
 * CPython's do when it has no other reference (functools.partial's keywords).
 */
export function callKwargsDict(positional: readonly PyObject[], nkw: number): PyObject | null {
  const d = tpCallKwargs;
  if (d === null || nkw === 0 || callArgsTuple(positional) === null) return null;
  return (d as { used?: number }).used === nkw ? d : null;
}

/** _PyStack_AsDict for makeTpCall (wired by kernel/host/vectorcall.ts); null: no dict is made. */
let kwargsDictHook: (args: PyObject[], npos: number, kwnames: string[]) => PyObject | null = () => null;

export function setMakeTpCallHooks(kwargsDict: (args: PyObject[], npos: number, kwnames: string[]) => PyObject): void {
  kwargsDictHook = kwargsDict;
}

export function callNoArgs(f: PyObject): PyObject {
  return PyObject_Call(f, [], null);
}

export function callOneArg(f: PyObject, a: PyObject): PyObject {
  return PyObject_Call(f, [a], null);
}

/** Calls obj.name(*args) (PyObject_CallMethod); returns a new reference. */
export function callMethod(obj: PyObject, name: string, args: PyObject[]): PyObject {
  const m = _PyObject_LookupAttr(obj, internString(name));
  if (m === null) raise(PyExc_TypeError, `'${obj.ob_type.tp_name}' object has no attribute '${name}'`);
  try {
    return PyObject_Call(m, args, null);
  } finally {
    decref(m);
  }
}

export function PyCallable_Check(o: PyObject): boolean {
  return o.ob_type.tp_call !== null;
}

// ---------------------------------------------------------------------------------------------
// Numbers: binary_op1 and friends
// ---------------------------------------------------------------------------------------------

export type NbSlot =
  | 'nb_add' | 'nb_subtract' | 'nb_multiply' | 'nb_remainder' | 'nb_divmod' | 'nb_lshift' | 'nb_rshift'
  | 'nb_and' | 'nb_xor' | 'nb_or' | 'nb_floor_divide' | 'nb_true_divide' | 'nb_matrix_multiply';

/**
 * NB_BINOP(type->tp_as_number, slot): the slot field itself, read directly (NON-CPYTHON: a
 * lookup by a computed key would make V8 search the type object's properties by name).
 */
function nbSlot(t: PyTypeObject, slot: NbSlot): BinaryFunc | null {
  switch (slot) {
    case 'nb_add': return t.nb_add;
    case 'nb_subtract': return t.nb_subtract;
    case 'nb_multiply': return t.nb_multiply;
    case 'nb_remainder': return t.nb_remainder;
    case 'nb_divmod': return t.nb_divmod;
    case 'nb_lshift': return t.nb_lshift;
    case 'nb_rshift': return t.nb_rshift;
    case 'nb_and': return t.nb_and;
    case 'nb_xor': return t.nb_xor;
    case 'nb_or': return t.nb_or;
    case 'nb_floor_divide': return t.nb_floor_divide;
    case 'nb_true_divide': return t.nb_true_divide;
    default: return t.nb_matrix_multiply;
  }
}

/**
 * CPython 3.11: Objects/abstract.c binary_op1: try v's slot, w's slot first if w's type is a
 * subclass that overrides it; returns NotImplemented (a new reference) when neither applies.
 */
export function binary_op1(v: PyObject, w: PyObject, slot: NbSlot): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  const slotv = nbSlot(vt, slot);
  let slotw: BinaryFunc | null = null;
  if (wt !== vt) {
    slotw = nbSlot(wt, slot);
    if (slotw === slotv) slotw = null;
  }
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(wt, vt)) {
      const x = slotw(v, w);
      if (x !== Py_NotImplemented) return x;
      decref(x);
      slotw = null;
    }
    const x = slotv(v, w);
    if (x !== Py_NotImplemented) return x;
    decref(x);
  }
  if (slotw !== null) {
    const x = slotw(v, w);
    if (x !== Py_NotImplemented) return x;
    decref(x);
  }
  return newref(Py_NotImplemented);
}

const opSymbols: Record<NbSlot, string> = {
  nb_add: '+', nb_subtract: '-', nb_multiply: '*', nb_remainder: '%', nb_divmod: 'divmod()',
  nb_lshift: '<<', nb_rshift: '>>', nb_and: '&', nb_xor: '^', nb_or: '|', nb_floor_divide: '//',
  nb_true_divide: '/', nb_matrix_multiply: '@',
};

function binopTypeError(v: PyObject, w: PyObject, symbol: string): never {
  raise(
    PyExc_TypeError,
    `unsupported operand type(s) for ${symbol}: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`,
  );
}

/** CPython 3.11: Objects/abstract.c binary_op */
export function binary_op(v: PyObject, w: PyObject, slot: NbSlot): PyObject {
  const r = binary_op1(v, w, slot);
  if (r !== Py_NotImplemented) return r;
  decref(r);
  binopTypeError(v, w, opSymbols[slot]);
}

/** PyNumber_Add: numbers, then sequence concatenation. */
export function PyNumber_Add(v: PyObject, w: PyObject): PyObject {
  const r = binary_op1(v, w, 'nb_add');
  if (r !== Py_NotImplemented) return r;
  decref(r);
  const concat = v.ob_type.sq_concat;
  if (concat !== null) return concat(v, w);
  binopTypeError(v, w, '+');
}

/** PyNumber_Multiply: numbers, then sequence repetition. */
export function PyNumber_Multiply(v: PyObject, w: PyObject): PyObject {
  const r = binary_op1(v, w, 'nb_multiply');
  if (r !== Py_NotImplemented) return r;
  decref(r);
  const vr = v.ob_type.sq_repeat;
  const wr = w.ob_type.sq_repeat;
  if (vr !== null) return sequenceRepeat(vr, v, w);
  if (wr !== null) return sequenceRepeat(wr, w, v);
  binopTypeError(v, w, '*');
}

function sequenceRepeat(repeat: (o: PyObject, n: number) => PyObject, seq: PyObject, n: PyObject): PyObject {
  if (n.ob_type.nb_index === null) {
    raise(PyExc_TypeError, `can't multiply sequence by non-int of type '${n.ob_type.tp_name}'`);
  }
  const count = PyNumber_AsSsize_t(n, true);
  return repeat(seq, count);
}

export function PyNumber_Power(v: PyObject, w: PyObject, z: PyObject): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  const slotv = vt.nb_power;
  let slotw = wt !== vt ? wt.nb_power : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(wt, vt)) {
      const x = slotw(v, w, z);
      if (x !== Py_NotImplemented) return x;
      decref(x);
      slotw = null;
    }
    const x = slotv(v, w, z);
    if (x !== Py_NotImplemented) return x;
    decref(x);
  }
  if (slotw !== null) {
    const x = slotw(v, w, z);
    if (x !== Py_NotImplemented) return x;
    decref(x);
  }
  if (z === Py_None) binopTypeError(v, w, '** or pow()');
  raise(
    PyExc_TypeError,
    `unsupported operand type(s) for ** or pow(): '${vt.tp_name}', '${wt.tp_name}', '${z.ob_type.tp_name}'`,
  );
}

export type InplaceSlot =
  | 'nb_inplace_add' | 'nb_inplace_subtract' | 'nb_inplace_multiply' | 'nb_inplace_remainder'
  | 'nb_inplace_lshift' | 'nb_inplace_rshift' | 'nb_inplace_and' | 'nb_inplace_xor' | 'nb_inplace_or'
  | 'nb_inplace_floor_divide' | 'nb_inplace_true_divide' | 'nb_inplace_matrix_multiply';

/** CPython 3.11: Objects/abstract.c binary_iop1 / binary_iop */
export function binary_iop(v: PyObject, w: PyObject, islot: InplaceSlot, slot: NbSlot, symbol: string): PyObject {
  const f = v.ob_type[islot] as BinaryFunc | null;
  if (f !== null) {
    const x = f(v, w);
    if (x !== Py_NotImplemented) return x;
    decref(x);
  }
  const r = binary_op1(v, w, slot);
  if (r !== Py_NotImplemented) return r;
  decref(r);
  if (islot === 'nb_inplace_add') {
    const ic = v.ob_type.sq_inplace_concat ?? v.ob_type.sq_concat;
    if (ic !== null) return ic(v, w);
  }
  if (islot === 'nb_inplace_multiply') {
    const ir = v.ob_type.sq_inplace_repeat ?? v.ob_type.sq_repeat;
    if (ir !== null) return sequenceRepeat(ir, v, w);
    const wr = w.ob_type.sq_repeat;
    if (wr !== null) return sequenceRepeat(wr, w, v);
  }
  binopTypeError(v, w, symbol);
}

export function PyNumber_InPlacePower(v: PyObject, w: PyObject): PyObject {
  const f = v.ob_type.nb_inplace_power;
  if (f !== null) {
    const x = f(v, w, Py_None);
    if (x !== Py_NotImplemented) return x;
    decref(x);
  }
  return PyNumber_Power(v, w, Py_None);
}

function unaryError(o: PyObject, what: string): never {
  raise(PyExc_TypeError, `bad operand type for ${what}: '${o.ob_type.tp_name}'`);
}

export function PyNumber_Negative(o: PyObject): PyObject {
  const f = o.ob_type.nb_negative;
  if (f === null) unaryError(o, 'unary -');
  return f(o);
}
export function PyNumber_Positive(o: PyObject): PyObject {
  const f = o.ob_type.nb_positive;
  if (f === null) unaryError(o, 'unary +');
  return f(o);
}
export function PyNumber_Invert(o: PyObject): PyObject {
  const f = o.ob_type.nb_invert;
  if (f === null) unaryError(o, 'unary ~');
  return f(o);
}
export function PyNumber_Absolute(o: PyObject): PyObject {
  const f = o.ob_type.nb_absolute;
  if (f === null) unaryError(o, 'abs()');
  return f(o);
}

/** CPython 3.11: Objects/abstract.c PyNumber_Index */
export function PyNumber_Index(o: PyObject): PyLongObject {
  if (o instanceof PyLongObject) return newref(o);
  const f = o.ob_type.nb_index;
  if (f === null) {
    raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  const r = f(o);
  if (!(r instanceof PyLongObject)) {
    decref(r);
    raise(PyExc_TypeError, `__index__ returned non-int (type ${r.ob_type.tp_name})`);
  }
  return r;
}

/** PyNumber_AsSsize_t: index value as a JS number (clipped when `clip`, OverflowError otherwise). */
export function PyNumber_AsSsize_t(o: PyObject, clip = false): number {
  const i = PyNumber_Index(o);
  try {
    const v = i.v;
    if (typeof v === 'bigint') {
      if (clip) return v < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
      raise(PyExc_IndexError, `cannot fit '${o.ob_type.tp_name}' into an index-sized integer`);
    }
    return v;
  } finally {
    decref(i);
  }
}

export function asIndex(o: PyObject): number {
  return indexToNumber(PyNumber_IndexValue(o));
}

export function PyNumber_IndexValue(o: PyObject): number | bigint {
  if (o instanceof PyLongObject) return o.v;
  const i = PyNumber_Index(o);
  const v = i.v;
  decref(i);
  return v;
}

// ---------------------------------------------------------------------------------------------
// Sequences and mappings
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/abstract.c PyObject_GetItem */
export function PyObject_GetItem(o: PyObject, key: PyObject): PyObject {
  const t = o.ob_type;
  if (t.mp_subscript !== null) return t.mp_subscript(o, key);
  if (t.sq_item !== null) {
    if (key.ob_type.nb_index !== null) {
      let i = PyNumber_AsSsize_t(key);
      if (i < 0 && t.sq_length !== null) i += Number(t.sq_length(o));
      return t.sq_item(o, i);
    }
    raise(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
  }
  if (o instanceof PyTypeObject) {
    // Special case type[int], but disallow other types so str[int] fails.
    if (o === PyType_Type) return Py_GenericAlias(o, key);
    // __class_getitem__ (PEP 560)
    const meth = _PyObject_LookupAttr(o, internString('__class_getitem__'));
    if (meth !== null && meth !== Py_None) {
      try {
        return callOneArg(meth, key);
      } finally {
        decref(meth);
      }
    }
    if (meth !== null) decref(meth);
    raise(PyExc_TypeError, `type '${o.tp_name}' is not subscriptable`);
  }
  raise(PyExc_TypeError, `'${t.tp_name}' object is not subscriptable`);
}

export function PyObject_SetItem(o: PyObject, key: PyObject, value: PyObject): void {
  const t = o.ob_type;
  if (t.mp_ass_subscript !== null) {
    t.mp_ass_subscript(o, key, value);
    return;
  }
  if (t.sq_ass_item !== null) {
    if (key.ob_type.nb_index !== null) {
      let i = PyNumber_AsSsize_t(key);
      if (i < 0 && t.sq_length !== null) i += Number(t.sq_length(o));
      t.sq_ass_item(o, i, value);
      return;
    }
    raise(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
  }
  raise(PyExc_TypeError, `'${t.tp_name}' object does not support item assignment`);
}

export function PyObject_DelItem(o: PyObject, key: PyObject): void {
  const t = o.ob_type;
  if (t.mp_ass_subscript !== null) {
    t.mp_ass_subscript(o, key, null);
    return;
  }
  if (t.sq_ass_item !== null) {
    if (key.ob_type.nb_index !== null) {
      let i = PyNumber_AsSsize_t(key);
      if (i < 0 && t.sq_length !== null) i += Number(t.sq_length(o));
      t.sq_ass_item(o, i, null);
      return;
    }
    raise(PyExc_TypeError, `sequence index must be integer, not '${key.ob_type.tp_name}'`);
  }
  raise(PyExc_TypeError, `'${t.tp_name}' object doesn't support item deletion`);
}

/** CPython 3.11: Objects/abstract.c PyObject_Size */
export function PyObject_Size(o: PyObject): Py_ssize_t {
  const t = o.ob_type;
  if (t.sq_length !== null) return t.sq_length(o);
  if (t.mp_length !== null) return t.mp_length(o);
  raise(PyExc_TypeError, `object of type '${t.tp_name}' has no len()`);
}

/** CPython 3.11: Objects/abstract.c PySequence_Contains (via sq_contains or iteration). */
export function PySequence_Contains(seq: PyObject, v: PyObject): boolean {
  const f = seq.ob_type.sq_contains;
  if (f !== null) return f(seq, v);
  const it = PyObject_GetIter(seq, true);
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) return false;
      try {
        if (item === v || richEq(item, v)) return true;
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

let richEq: (a: PyObject, b: PyObject) => boolean = () => false;
export function setRichEq(f: (a: PyObject, b: PyObject) => boolean): void {
  richEq = f;
}

// ---------------------------------------------------------------------------------------------
// Iteration
// ---------------------------------------------------------------------------------------------

let seqIterFactory: ((seq: PyObject) => PyObject) | null = null;
export function setSeqIterFactory(f: (seq: PyObject) => PyObject): void {
  seqIterFactory = f;
}

/** CPython 3.11: Objects/abstract.c PyObject_GetIter */
export function PyObject_GetIter(o: PyObject, forContains = false): PyObject {
  const t = o.ob_type;
  const f = t.tp_iter;
  if (f === null) {
    if (t.sq_item !== null || (t.mp_subscript !== null && hasGetitem(t))) return seqIterFactory!(o);
    raise(PyExc_TypeError, forContains ? `argument of type '${t.tp_name}' is not iterable` : `'${t.tp_name}' object is not iterable`);
  }
  const res = f(o);
  if (res.ob_type.tp_iternext === null) {
    const name = res.ob_type.tp_name;
    decref(res);
    raise(PyExc_TypeError, `iter() returned non-iterator of type '${name}'`);
  }
  return res;
}

let hasGetitem: (t: PyTypeObject) => boolean = () => false;
export function setHasGetitem(f: (t: PyTypeObject) => boolean): void {
  hasGetitem = f;
}

/** CPython 3.11: Objects/abstract.c PyIter_Next: next item (new ref) or null when exhausted. */
export function PyIter_Next(it: PyObject): PyObject | null {
  const f = it.ob_type.tp_iternext;
  if (f === null) raise(PyExc_TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  try {
    return f(it);
  } catch (e) {
    // A StopIteration raised by the iterator means exhaustion here.
    if (e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_StopIteration)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

/** Iterates any iterable, calling f with each item (borrowed for the call's duration). */
export function iterate(o: PyObject, f: (item: PyObject) => boolean | void): void {
  const it = PyObject_GetIter(o);
  try {
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) return;
      let stop: boolean | void;
      try {
        stop = f(item);
      } finally {
        decref(item);
      }
      if (stop) return;
    }
  } finally {
    decref(it);
  }
}

/** PySequence_Fast-style: a JS array of NEW references to the items. */
export function sequenceToArray(o: PyObject): PyObject[] {
  if (o instanceof PyTupleObject) {
    const items = o.items.slice();
    for (const i of items) incref(i);
    return items;
  }
  const out: PyObject[] = [];
  try {
    iterate(o, (item) => {
      incref(item);
      out.push(item);
    });
  } catch (e) {
    for (const i of out) decref(i);
    throw e;
  }
  return out;
}

export function isStopIteration(e: unknown): boolean {
  return e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_StopIteration);
}

// ---------------------------------------------------------------------------------------------
// isinstance / issubclass
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/abstract.c object_isinstance (without __instancecheck__) */
export function recursiveIsInstance(inst: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTypeObject) {
    if (PyObject_TypeCheck(inst, cls)) return true;
    const icls = _PyObject_LookupAttr(inst, internString('__class__'));
    if (icls === null) return false;
    try {
      return icls !== inst.ob_type && icls instanceof PyTypeObject && PyType_IsSubtype(icls, cls);
    } finally {
      decref(icls);
    }
  }
  raise(PyExc_TypeError, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

let instanceCheckHook: ((inst: PyObject, cls: PyObject) => boolean | null) | null = null;
export function setInstanceCheckHook(f: (inst: PyObject, cls: PyObject) => boolean | null): void {
  instanceCheckHook = f;
}

/** CPython 3.11: Objects/abstract.c PyObject_IsInstance */
export function PyObject_IsInstance(inst: PyObject, cls: PyObject): boolean {
  if (inst.ob_type === cls) return true;
  if (cls.ob_type === PyLong_Type) return false;
  // isinstance(x, int | str) checks the union's members.
  if (PyUnion_Check(cls)) cls = _Py_union_args(cls);
  if (cls instanceof PyTupleObject) {
    for (const c of cls.items) if (PyObject_IsInstance(inst, c)) return true;
    return false;
  }
  if (cls.ob_type !== PyType_TypeRef()) {
    // A metaclass may define __instancecheck__ (abc.ABCMeta does).
    const r = specialCheck(cls, '__instancecheck__', inst);
    if (r !== null) return r;
  }
  return recursiveIsInstance(inst, cls);
}

/** CPython 3.11: Objects/abstract.c PyObject_IsSubclass */
export function PyObject_IsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (PyUnion_Check(cls)) cls = _Py_union_args(cls);
  if (cls instanceof PyTupleObject) {
    for (const c of cls.items) if (PyObject_IsSubclass(derived, c)) return true;
    return false;
  }
  if (cls.ob_type !== PyType_TypeRef()) {
    const r = specialCheck(cls, '__subclasscheck__', derived);
    if (r !== null) return r;
  }
  if (!(derived instanceof PyTypeObject)) raise(PyExc_TypeError, 'issubclass() arg 1 must be a class');
  if (!(cls instanceof PyTypeObject)) {
    raise(PyExc_TypeError, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  }
  if (cls.ob_type !== PyType_TypeRef()) {
    const r = specialCheck(cls, '__subclasscheck__', derived);
    if (r !== null) return r;
  }
  return PyType_IsSubtype(derived, cls);
}

let subclassCheckHook: ((derived: PyObject, cls: PyObject) => boolean | null) | null = null;
export function setSubclassCheckHook(f: (derived: PyObject, cls: PyObject) => boolean | null): void {
  subclassCheckHook = f;
}

export { PyObject_IsTrue };

let PyType_TypeRef: () => PyObject = () => {
  throw new Error('not ready');
};
let callSpecialHook: (self: PyObject, name: string, args: PyObject[]) => PyObject | null = () => null;
export function setSpecialCheckHooks(typeType: () => PyObject, callSpecial: (self: PyObject, name: string, args: PyObject[]) => PyObject | null): void {
  PyType_TypeRef = typeType;
  callSpecialHook = callSpecial;
}

/** _PyObject_LookupSpecial(cls, name) called with one argument, as a bool (null if absent). */
function specialCheck(cls: PyObject, name: string, arg: PyObject): boolean | null {
  const r = callSpecialHook(cls, name, [arg]);
  if (r === null) return null;
  try {
    return PyObject_IsTrue(r);
  } finally {
    decref(r);
  }
}
