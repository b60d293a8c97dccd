/**
 * CPython 3.11's specializing adaptive interpreter (PEP 659), as far as it makes the kernel
 * fast: the specialized instructions' fast paths for exact builtin types, the inline caches of
 * LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR and LOAD_METHOD, the builtin-call fast paths, and the
 * superinstructions of the quickened code.
 * CPython 3.11: Python/ceval.c (BINARY_OP_ADD_INT, BINARY_OP_MULTIPLY_FLOAT, COMPARE_OP_INT_JUMP,
 * COMPARE_OP_FLOAT_JUMP, COMPARE_OP_STR_JUMP, BINARY_SUBSCR_LIST_INT, BINARY_SUBSCR_TUPLE_INT,
 * BINARY_SUBSCR_DICT, STORE_SUBSCR_LIST_INT, STORE_SUBSCR_DICT, LOAD_GLOBAL_MODULE,
 * LOAD_GLOBAL_BUILTIN, LOAD_ATTR_INSTANCE_VALUE, STORE_ATTR_INSTANCE_VALUE,
 * LOAD_METHOD_WITH_VALUES, LOAD_METHOD_NO_DICT, PRECALL_BUILTIN_FAST,
 * PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST, ...), Python/specialize.c (_PyCode_Quicken and the
 * _Py_Specialize_* functions).
 *
 * Each fast path is the generic instruction's work for one exact type, step for step: the same
 * result object made at the same moment, the operands released after it in the generic order
 * (left, then right), the same exceptions raised. Nothing observable differs from the generic
 * path (reference counts, allocation order, addresses, collections), only the time it takes;
 * which instructions CPython has specialised at a given moment is emulated where a program can
 * see it (the in-place str concatenation, kernel/vm/adaptive.ts), not here.
 * A function answers null (or NOT_HANDLED, or false) without touching anything when its
 * operands are not what it handles; the eval loop then runs the generic instruction.
 *
 * NON-CPYTHON: CPython rewrites the instruction in place once it has seen the same types a few
 * times. Here the eval loop tests the operands' JavaScript classes with `instanceof` (a
 * prototype-chain walk, no inline cache) before calling; inside each function every object
 * has one JavaScript class, so V8 reads and writes their fields with monomorphic accesses
 * instead of the megamorphic ones the generic paths need for objects of every class.
 */
import { type BinaryFunc, type PyObject, type PyTypeObject, TPFlags } from '../objects/pyobject.ts';
import { PyObject_GenericGetAttr, PyObject_GenericSetAttr } from '../objects/object.ts';
import { _PyType_Lookup } from '../objects/typeobject.ts';
import { PyFunction_Type } from '../objects/funcobject.ts';
import { PyDescrObject, PyMethodDescr_Type, descrCheck } from '../objects/descrobject.ts';
import { PyCFunctionObject, PyCFunction_Type } from '../objects/methodobject.ts';
import { enterRecursiveCall, leaveRecursiveCall } from './state.ts';
import { dealloc } from '../memory/refcount.ts';
import { PyLongObject, PyLong_FromNumber, PyLong_Type } from '../objects/longobject.ts';
import { PyFloatObject, PyFloat_FromDouble, PyFloat_Type } from '../objects/floatobject.ts';
import { PyUnicodeObject, PyUnicode_Type } from '../objects/unicodeobject.ts';
import { PyListObject, PyList_Type } from '../objects/listobject.ts';
import { PyTupleObject, PyTuple_Type } from '../objects/tupleobject.ts';
import { type DictKeys, DictKind, DictLayout, PyDictObject, PyDict_Type, dictLookup, hashOf, insertdict } from '../objects/dictobject.ts';
import type { PyCodeObject } from '../objects/codeobject.ts';
import { Py_False, Py_True } from '../objects/boolobject.ts';
import { newKeyError } from '../objects/exceptions.ts';
import { raiseObject } from './errors.ts';
import { Op } from '../compile/opcodes.ts';

/** BINARY_OP's oparg (Include/opcode.h NB_*). */
export const enum NB {
  ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5, REMAINDER = 6, OR = 7,
  POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12, INPLACE_ADD = 13, INPLACE_AND = 14,
  INPLACE_FLOOR_DIVIDE = 15, INPLACE_LSHIFT = 16, INPLACE_MATRIX_MULTIPLY = 17, INPLACE_MULTIPLY = 18,
  INPLACE_REMAINDER = 19, INPLACE_OR = 20, INPLACE_POWER = 21, INPLACE_RSHIFT = 22, INPLACE_SUBTRACT = 23,
  INPLACE_TRUE_DIVIDE = 24, INPLACE_XOR = 25,
}

/** COMPARE_OP's fast paths answer -1 when they do not handle the operands. */
export const enum Compare {
  NOT_HANDLED = -1,
  FALSE = 0,
  TRUE = 1,
}

/** PyLong_MASK: one-digit ("medium") ints lie in -MEDIUM..MEDIUM. */
const MEDIUM = 0x3fffffff;

// ---------------------------------------------------------------------------------------------
// int and float
// ---------------------------------------------------------------------------------------------

/**
 * The result of BINARY_OP on two exact ints or two exact floats (a new reference), or null
 * when neither fast path applies. The operands are only read.
 */
export function binaryOpValue(lhs: PyObject, rhs: PyObject, oparg: number): PyObject | null {
  if (lhs instanceof PyLongObject) return rhs instanceof PyLongObject ? longBinaryValue(lhs, rhs, oparg) : null;
  if (lhs instanceof PyFloatObject && rhs instanceof PyFloatObject) return floatBinaryValue(lhs, rhs, oparg);
  return null;
}

/**
 * BINARY_OP on two exact ints (BINARY_OP_ADD_INT and its siblings): int has no in-place slots,
 * so `x op= y` is `x op y`. Like CPython's medium-value fast paths (_PyLong_Add & co. when
 * both operands fit in one digit), a one-digit result is made here; any other result is the
 * int slot's. Power, true division, shifts and division by zero take the generic path.
 */
function longBinaryValue(lhs: PyLongObject, rhs: PyLongObject, oparg: number): PyObject | null {
  if (lhs.ob_type !== PyLong_Type || rhs.ob_type !== PyLong_Type) return null;
  const a = lhs.v;
  const b = rhs.v;
  if (typeof a !== 'number' || typeof b !== 'number' || a > MEDIUM || a < -MEDIUM || b > MEDIUM || b < -MEDIUM) return null;
  const op = oparg >= NB.INPLACE_ADD ? oparg - NB.INPLACE_ADD : oparg;
  let r: number;
  switch (op) {
    case NB.ADD:
      r = a + b;
      break;
    case NB.SUBTRACT:
      r = a - b;
      break;
    case NB.MULTIPLY:
      r = a * b;
      break;
    case NB.FLOOR_DIVIDE:
      if (b === 0) return null;
      r = Math.floor(a / b);
      break;
    case NB.REMAINDER:
      if (b === 0) return null;
      // Both are int32s: an integer remainder, not fmod.
      r = ((a | 0) % (b | 0)) | 0;
      if (r !== 0 && (r < 0) !== (b < 0)) r += b;
      break;
    case NB.AND:
      r = a & b;
      break;
    case NB.OR:
      r = a | b;
      break;
    case NB.XOR:
      r = a ^ b;
      break;
    default:
      return null;
  }
  // A result that needs more than one digit: the slot makes it.
  if (r > MEDIUM || r < -MEDIUM) return longSlot(op)(lhs, rhs);
  return PyLong_FromNumber(r === 0 ? 0 : r);
}

/** int's number slot for a (non in-place) BINARY_OP operation handled above. */
function longSlot(op: number): BinaryFunc {
  const t = PyLong_Type;
  switch (op) {
    case NB.ADD: return t.nb_add!;
    case NB.SUBTRACT: return t.nb_subtract!;
    case NB.MULTIPLY: return t.nb_multiply!;
    case NB.FLOOR_DIVIDE: return t.nb_floor_divide!;
    case NB.REMAINDER: return t.nb_remainder!;
    case NB.AND: return t.nb_and!;
    case NB.OR: return t.nb_or!;
    default: return t.nb_xor!;
  }
}

/**
 * BINARY_OP on two exact floats (BINARY_OP_ADD_FLOAT and its siblings, plus true division):
 * float_add & co. Division by zero takes the generic path, which raises.
 */
function floatBinaryValue(lhs: PyFloatObject, rhs: PyFloatObject, oparg: number): PyObject | null {
  if (lhs.ob_type !== PyFloat_Type || rhs.ob_type !== PyFloat_Type) return null;
  const a = lhs.v;
  const b = rhs.v;
  switch (oparg >= NB.INPLACE_ADD ? oparg - NB.INPLACE_ADD : oparg) {
    case NB.ADD:
      return PyFloat_FromDouble(a + b);
    case NB.SUBTRACT:
      return PyFloat_FromDouble(a - b);
    case NB.MULTIPLY:
      return PyFloat_FromDouble(a * b);
    case NB.TRUE_DIVIDE:
      return b === 0 ? null : PyFloat_FromDouble(a / b);
    default:
      return null;
  }
}

/**
 * BINARY_OP's fast path on the stack's two operands: the result, made first, then the
 * operands released (left, then right, as the generic instruction does). Null when the
 * operands are not two exact ints or floats; nothing has changed then.
 */
export function binaryOpLong(lhs: PyLongObject, rhs: PyLongObject, oparg: number): PyObject | null {
  const res = longBinaryValue(lhs, rhs, oparg);
  if (res === null) return null;
  if (--lhs.ob_refcnt === 0) dealloc(lhs);
  if (--rhs.ob_refcnt === 0) dealloc(rhs);
  return res;
}

export function binaryOpFloat(lhs: PyFloatObject, rhs: PyFloatObject, oparg: number): PyObject | null {
  const res = floatBinaryValue(lhs, rhs, oparg);
  if (res === null) return null;
  if (--lhs.ob_refcnt === 0) dealloc(lhs);
  if (--rhs.ob_refcnt === 0) dealloc(rhs);
  return res;
}

/**
 * The answer of COMPARE_OP on two exact ints, floats or strs (COMPARE_OP_INT_JUMP,
 * COMPARE_OP_FLOAT_JUMP, COMPARE_OP_STR_JUMP without the jump), or NOT_HANDLED. The operands
 * are only read. Strs answer == and != only.
 */
export function compareOpValue(left: PyObject, right: PyObject, op: number): Compare {
  if (left instanceof PyLongObject) return right instanceof PyLongObject ? longCompare(left, right, op) : Compare.NOT_HANDLED;
  if (left instanceof PyFloatObject) return right instanceof PyFloatObject ? floatCompare(left, right, op) : Compare.NOT_HANDLED;
  if (left instanceof PyUnicodeObject && right instanceof PyUnicodeObject) return strCompare(left, right, op);
  return Compare.NOT_HANDLED;
}

/** long_richcompare on two exact ints. */
function longCompare(left: PyLongObject, right: PyLongObject, op: number): Compare {
  if (left.ob_type !== PyLong_Type || right.ob_type !== PyLong_Type) return Compare.NOT_HANDLED;
  const a = left.v;
  const b = right.v;
  // Values are normalised (a number below 2**53, a bigint beyond): mixed comparisons are exact.
  return compareResult(a < b ? -1 : a > b ? 1 : 0, op);
}

/** float_richcompare on two exact floats (NaN: only != holds). */
function floatCompare(left: PyFloatObject, right: PyFloatObject, op: number): Compare {
  if (left.ob_type !== PyFloat_Type || right.ob_type !== PyFloat_Type) return Compare.NOT_HANDLED;
  const a = left.v;
  const b = right.v;
  if (a !== a || b !== b) return op === 3 ? Compare.TRUE : Compare.FALSE;
  return compareResult(a < b ? -1 : a > b ? 1 : 0, op);
}

/** unicode_compare_eq on two exact strs (== and != only). */
function strCompare(left: PyUnicodeObject, right: PyUnicodeObject, op: number): Compare {
  if ((op !== 2 && op !== 3) || left.ob_type !== PyUnicode_Type || right.ob_type !== PyUnicode_Type) {
    return Compare.NOT_HANDLED;
  }
  const eq = left === right || left.s === right.s;
  return eq === (op === 2) ? Compare.TRUE : Compare.FALSE;
}

/** Py_RETURN_RICHCOMPARE on a three-way comparison. */
function compareResult(c: number, op: number): Compare {
  let t: boolean;
  switch (op) {
    case 0: t = c < 0; break;
    case 1: t = c <= 0; break;
    case 2: t = c === 0; break;
    case 3: t = c !== 0; break;
    case 4: t = c > 0; break;
    default: t = c >= 0; break;
  }
  return t ? Compare.TRUE : Compare.FALSE;
}

/** COMPARE_OP's fast path on the stack's operands: releases them (left, then right) when handled. */
export function compareOpLong(left: PyLongObject, right: PyLongObject, op: number): Compare {
  const c = longCompare(left, right, op);
  if (c === Compare.NOT_HANDLED) return c;
  if (--left.ob_refcnt === 0) dealloc(left);
  if (--right.ob_refcnt === 0) dealloc(right);
  return c;
}

export function compareOpFloat(left: PyFloatObject, right: PyFloatObject, op: number): Compare {
  const c = floatCompare(left, right, op);
  if (c === Compare.NOT_HANDLED) return c;
  if (--left.ob_refcnt === 0) dealloc(left);
  if (--right.ob_refcnt === 0) dealloc(right);
  return c;
}

export function compareOpStr(left: PyUnicodeObject, right: PyUnicodeObject, op: number): Compare {
  const c = strCompare(left, right, op);
  if (c === Compare.NOT_HANDLED) return c;
  if (--left.ob_refcnt === 0) dealloc(left);
  if (--right.ob_refcnt === 0) dealloc(right);
  return c;
}

// ---------------------------------------------------------------------------------------------
// Subscripts
// ---------------------------------------------------------------------------------------------

/** An exact int's value as an index when it is a number, else null. */
function smallIndex(sub: PyLongObject): number | null {
  if (sub.ob_type !== PyLong_Type) return null;
  const v = sub.v;
  return typeof v === 'number' ? v : null;
}

/**
 * list[i] or tuple[i] for an exact list or tuple and an exact int in range (negative indices
 * count from the end): the item, borrowed; null otherwise.
 */
export function subscrValue(container: PyObject, sub: PyObject): PyObject | null {
  if (!(sub instanceof PyLongObject)) return null;
  if (container instanceof PyListObject) return listItem(container, sub);
  if (container instanceof PyTupleObject) return tupleItem(container, sub);
  return null;
}

function listItem(list: PyListObject, sub: PyLongObject): PyObject | null {
  if (list.ob_type !== PyList_Type) return null;
  let i = smallIndex(sub);
  if (i === null) return null;
  const items = list.items;
  if (i < 0) i += items.length;
  return i >= 0 && i < items.length ? items[i] : null;
}

function tupleItem(tuple: PyTupleObject, sub: PyLongObject): PyObject | null {
  if (tuple.ob_type !== PyTuple_Type) return null;
  let i = smallIndex(sub);
  if (i === null) return null;
  const items = tuple.items;
  if (i < 0) i += items.length;
  return i >= 0 && i < items.length ? items[i] : null;
}

/**
 * BINARY_SUBSCR_LIST_INT: list[i] for an exact list and an exact int in range (negative
 * indices count from the end, as list_subscript does). Steals both operands.
 */
export function subscrListInt(list: PyListObject, sub: PyLongObject): PyObject | null {
  const res = listItem(list, sub);
  if (res === null) return null;
  res.ob_refcnt++;
  if (--list.ob_refcnt === 0) dealloc(list);
  if (--sub.ob_refcnt === 0) dealloc(sub);
  return res;
}

/** BINARY_SUBSCR_TUPLE_INT: tuple[i] for an exact tuple and an exact int in range. */
export function subscrTupleInt(tuple: PyTupleObject, sub: PyLongObject): PyObject | null {
  const res = tupleItem(tuple, sub);
  if (res === null) return null;
  res.ob_refcnt++;
  if (--tuple.ob_refcnt === 0) dealloc(tuple);
  if (--sub.ob_refcnt === 0) dealloc(sub);
  return res;
}

/**
 * BINARY_SUBSCR_DICT: dict[key] for an exact dict, as dict_subscript does it (no __missing__:
 * a missing key raises KeyError). Steals both operands when it returns.
 */
export function subscrDict(mp: PyDictObject, sub: PyObject): PyObject | null {
  if (mp.ob_type !== PyDict_Type) return null;
  const ix = dictLookup(mp, sub, hashOf(sub));
  if (ix < 0) raiseObject(newKeyError(sub));
  const res = mp.keys.values[ix]!;
  res.ob_refcnt++;
  if (--mp.ob_refcnt === 0) dealloc(mp);
  if (--sub.ob_refcnt === 0) dealloc(sub);
  return res;
}

/**
 * STORE_SUBSCR_LIST_INT: list[i] = v for an exact list and an exact int in range
 * (list_ass_item: the new item in, then the old one released). Steals the three references
 * and answers true when it handled the store.
 */
export function storeSubscrListInt(list: PyListObject, sub: PyLongObject, v: PyObject): boolean {
  if (list.ob_type !== PyList_Type) return false;
  let i = smallIndex(sub);
  if (i === null) return false;
  const items = list.items;
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) return false;
  // list_ass_item takes its own reference, then STORE_SUBSCR releases the stack's.
  const old = items[i];
  items[i] = v;
  if (--old.ob_refcnt === 0) dealloc(old);
  if (--list.ob_refcnt === 0) dealloc(list);
  if (--sub.ob_refcnt === 0) dealloc(sub);
  return true;
}

/**
 * STORE_SUBSCR_DICT: dict[key] = v for an exact dict (PyDict_SetItem). Steals the three
 * references and answers true when it handled the store.
 */
export function storeSubscrDict(mp: PyDictObject, sub: PyObject, v: PyObject): boolean {
  if (mp.ob_type !== PyDict_Type) return false;
  const t = sub.ob_type;
  if (t !== PyUnicode_Type && t !== PyLong_Type) return false;
  // PyDict_SetItem takes new references to key and value; insertdict steals them (and cannot
  // fail for these keys). The stack's references then go in STORE_SUBSCR's order (v, dict,
  // key): the value's new reference and the stack's cancel out.
  const hash = hashOf(sub);
  sub.ob_refcnt++;
  insertdict(mp, sub, hash, v);
  if (--mp.ob_refcnt === 0) dealloc(mp);
  if (--sub.ob_refcnt === 0) dealloc(sub);
  return true;
}

/** A bool for a compare answer (a new reference). */
export function boolFromCompare(c: Compare): PyObject {
  const o = c === Compare.TRUE ? Py_True : Py_False;
  o.ob_refcnt++;
  return o;
}

// ---------------------------------------------------------------------------------------------
// Globals
// ---------------------------------------------------------------------------------------------

/**
 * A LOAD_GLOBAL's inline cache: where the name was found the last time.
 * CPython 3.11: LOAD_GLOBAL_MODULE keeps the globals' dk_version and the entry's index,
 * LOAD_GLOBAL_BUILTIN the builtins' dk_version too (Python/specialize.c
 * _Py_Specialize_LoadGlobal). NON-CPYTHON: instead of keys versions the entry itself is
 * checked: it still holds the name (keys are unique in a table, so the lookup would land
 * there); and for a builtin, the globals' keys object is the one searched, with no entry
 * added since (a name can only appear by being added).
 */
export class GlobalCache {
  /** Entry index of the name in the globals' keys, or -1 when it came from the builtins. */
  index = -1;
  /** LOAD_GLOBAL_BUILTIN: the globals' keys object searched and its entry count then. */
  keys: DictKeys | null = null;
  nentries = 0;
  /** LOAD_GLOBAL_BUILTIN: entry index of the name in the builtins' keys. */
  bindex = -1;
}

/** LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN: the value (borrowed) on a cache hit, else null. */
export function loadGlobalCached(code: PyCodeObject, i: number, globals: PyDictObject, builtins: PyDictObject, name: PyObject): PyObject | null {
  const caches = code.globalCache;
  if (caches === null) return null;
  const c = caches[i];
  if (c === null) return null;
  if (c.index >= 0) {
    const dk = globals.keys;
    const ix = c.index;
    return ix < dk.nentries && dk.keys[ix] === name ? dk.values[ix] : null;
  }
  const gk = globals.keys;
  if (gk !== c.keys || gk.nentries !== c.nentries) return null;
  const bk = builtins.keys;
  const bix = c.bindex;
  return bix < bk.nentries && bk.keys[bix] === name ? bk.values[bix] : null;
}

/**
 * CPython 3.11: Python/specialize.c _Py_Specialize_LoadGlobal: after a full lookup, remember
 * where the name is. Tables with keys other than str are not specialised (their lookups may run
 * __eq__, which must happen every time), nor are the 8-slot keys objects that the keys free
 * list recycles (a recycled one could pass for the table that was searched).
 */
export function specializeLoadGlobal(code: PyCodeObject, i: number, globals: PyDictObject, builtins: PyDictObject, name: PyUnicodeObject): void {
  const gk = globals.keys;
  if (gk.kind === DictKind.GENERAL || builtins.keys.kind === DictKind.GENERAL) return;
  const caches = (code.globalCache ??= new Array<GlobalCache | null>(code.code.length >> 1).fill(null));
  const c = (caches[i] ??= new GlobalCache());
  const hash = hashOf(name);
  const ix = dictLookup(globals, name, hash);
  if (ix >= 0) {
    c.index = ix;
    c.keys = null;
    return;
  }
  c.index = -1;
  c.bindex = dictLookup(builtins, name, hash);
  const recyclable = gk.log2Size === DictLayout.LOG_MINSIZE;
  c.keys = c.bindex < 0 || recyclable ? null : gk;
  c.nentries = gk.nentries;
}

// ---------------------------------------------------------------------------------------------
// Superinstructions
// ---------------------------------------------------------------------------------------------

/**
 * NON-CPYTHON superinstructions, in opcodes CPython 3.11 leaves unused. CPython 3.11's
 * _PyCode_Quicken combines instruction pairs (LOAD_FAST__LOAD_FAST, LOAD_FAST__LOAD_CONST, ...)
 * into one dispatch; these go further: a load, or two, and the BINARY_OP, COMPARE_OP or
 * BINARY_SUBSCR that consumes them run as one step when the fast paths above apply, reading the
 * operands in place. The loaded operands' references would be taken and given back within the
 * step with nothing else running in between, so they are not taken at all. When the operands do
 * not fit, the superinstruction is its first instruction and the rest run one by one. Each
 * replaces only the first instruction of its sequence, so a jump into the middle runs the
 * instructions there as they are.
 */
export const enum Super {
  /** LOAD_FAST a; LOAD_FAST b; BINARY_OP */
  FAST_FAST_BINARY = 200,
  /** LOAD_FAST a; LOAD_CONST b; BINARY_OP */
  FAST_CONST_BINARY = 201,
  /** LOAD_CONST a; LOAD_FAST b; BINARY_OP */
  CONST_FAST_BINARY = 202,
  /** LOAD_FAST b; BINARY_OP (the left operand is on the stack) */
  FAST_BINARY = 203,
  /** LOAD_CONST b; BINARY_OP (the left operand is on the stack) */
  CONST_BINARY = 204,
  /** LOAD_FAST a; LOAD_FAST b; COMPARE_OP */
  FAST_FAST_COMPARE = 205,
  /** LOAD_FAST a; LOAD_CONST b; COMPARE_OP */
  FAST_CONST_COMPARE = 206,
  /** LOAD_FAST a; LOAD_FAST b; BINARY_SUBSCR */
  FAST_FAST_SUBSCR = 207,
  /** LOAD_FAST a; LOAD_CONST b; BINARY_SUBSCR */
  FAST_CONST_SUBSCR = 208,
  /** LOAD_FAST b; COMPARE_OP (the left operand is on the stack) */
  FAST_COMPARE = 209,
  /** LOAD_CONST b; COMPARE_OP (the left operand is on the stack) */
  CONST_COMPARE = 210,
  /** LOAD_FAST owner; LOAD_ATTR */
  FAST_LOAD_ATTR = 211,
  /** LOAD_FAST owner; STORE_ATTR (the value is on the stack) */
  FAST_STORE_ATTR = 212,
}

/**
 * The instruction array the eval loop runs (co_code_adaptive): the code's instructions with the
 * first of each superinstruction sequence replaced. co_code, tracebacks and every other reader
 * keep using the original array.
 */
export function quicken(code: PyCodeObject): Int32Array {
  const src = code.code;
  const out = src.slice();
  const n = src.length >> 1;
  for (let i = 0; i + 1 < n; i++) {
    const op = src[2 * i];
    if (op !== Op.LOAD_FAST && op !== Op.LOAD_CONST) continue;
    const sup = superinstruction(op, src[2 * i + 2], i + 2 < n ? src[2 * i + 4] : -1);
    if (sup !== 0) out[2 * i] = sup;
  }
  code.quickened = out;
  return out;
}

/** The superinstruction starting with the load `op`, followed by op2 and op3; 0 for none. */
function superinstruction(op: number, op2: number, op3: number): number {
  const fast = op === Op.LOAD_FAST;
  if (fast && op2 === Op.LOAD_ATTR) return Super.FAST_LOAD_ATTR;
  if (fast && op2 === Op.STORE_ATTR) return Super.FAST_STORE_ATTR;
  if (op2 === Op.BINARY_OP) return fast ? Super.FAST_BINARY : Super.CONST_BINARY;
  if (op2 === Op.COMPARE_OP) return fast ? Super.FAST_COMPARE : Super.CONST_COMPARE;
  if (op2 !== Op.LOAD_FAST && op2 !== Op.LOAD_CONST) return 0;
  const fast2 = op2 === Op.LOAD_FAST;
  if (op3 === Op.BINARY_OP) {
    if (fast) return fast2 ? Super.FAST_FAST_BINARY : Super.FAST_CONST_BINARY;
    return fast2 ? Super.CONST_FAST_BINARY : 0;
  }
  if (!fast) return 0;
  if (op3 === Op.COMPARE_OP) return fast2 ? Super.FAST_FAST_COMPARE : Super.FAST_CONST_COMPARE;
  if (op3 === Op.BINARY_SUBSCR) return fast2 ? Super.FAST_FAST_SUBSCR : Super.FAST_CONST_SUBSCR;
  return 0;
}

/**
 * Releases a local's old value as STORE_FAST does, with a separate decrement for ints and
 * floats (the usual old values in loops), which V8 then sees on one class each.
 */
export function releaseLocal(old: PyObject): void {
  if (old instanceof PyLongObject) {
    if (--old.ob_refcnt === 0) dealloc(old);
  } else if (old instanceof PyFloatObject) {
    if (--old.ob_refcnt === 0) dealloc(old);
  } else if (--old.ob_refcnt === 0) dealloc(old);
}

// ---------------------------------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------------------------------

/**
 * A LOAD_ATTR, STORE_ATTR or LOAD_METHOD's inline cache, valid while the owner's type is `type`
 * with the version tag it had (PyType_Modified bumps it on any change to the type or its bases).
 * CPython 3.11: the cache entries of LOAD_ATTR_INSTANCE_VALUE, STORE_ATTR_INSTANCE_VALUE,
 * LOAD_METHOD_WITH_VALUES and LOAD_METHOD_NO_DICT (Include/internal/pycore_code.h).
 */
export class AttrCache {
  type: PyTypeObject | null = null;
  version = -1;
  /** The name's index in the instances' values (the class's shared keys); -1 if not there. */
  index = -1;
  /** LOAD_METHOD: the function or method descriptor found on the type (borrowed from its dict). */
  descr: PyObject | null = null;
  /** LOAD_METHOD: the shared keys' length when the name was not among them. */
  keysLength = 0;
}

function attrCache(code: PyCodeObject, i: number): AttrCache {
  const caches = (code.attrCache ??= new Array<AttrCache | null>(code.code.length >> 1).fill(null));
  return (caches[i] ??= new AttrCache());
}

/** The cache of instruction i when it was specialised for owners of this type, else null. */
function validCache(code: PyCodeObject, i: number, t: PyTypeObject): AttrCache | null {
  const caches = code.attrCache;
  if (caches === null) return null;
  const c = caches[i];
  return c !== null && c.type === t && t.versionTag === c.version ? c : null;
}

/**
 * LOAD_ATTR_INSTANCE_VALUE: the attribute from the instance's values (borrowed), or null on a
 * miss (then the generic LOAD_ATTR runs).
 */
export function loadAttrInstanceValue(code: PyCodeObject, i: number, owner: PyObject): PyObject | null {
  const c = validCache(code, i, owner.ob_type);
  if (c === null || c.index < 0) return null;
  const inst = owner.inst;
  if (inst === null || inst.dict !== null || inst.values === null) return null;
  const v = inst.values[c.index];
  return v === null || v === undefined ? null : v;
}

/**
 * CPython 3.11: Python/specialize.c specialize_dict_access for LOAD_ATTR and STORE_ATTR: an
 * instance of a class with the generic getattr/setattr whose type has nothing under the name
 * (no descriptor), the name being one of the class's shared keys.
 */
export function specializeInstanceAttr(code: PyCodeObject, i: number, owner: PyObject, name: PyUnicodeObject, store: boolean): void {
  const t = owner.ob_type;
  // Tried already for this type as it is now: it failed, or this instance does not fit it.
  if (validCache(code, i, t) !== null) return;
  const c = attrCache(code, i);
  c.type = t;
  c.version = t.versionTag;
  c.index = instanceValueIndex(t, owner, name, store);
  c.descr = null;
}

/** The name's index in the instance's values when the instruction can use it, else -1. */
function instanceValueIndex(t: PyTypeObject, owner: PyObject, name: PyUnicodeObject, store: boolean): number {
  if (store ? t.tp_setattro !== PyObject_GenericSetAttr : t.tp_getattro !== PyObject_GenericGetAttr) return -1;
  const inst = owner.inst;
  if (inst === null || inst.dict !== null || inst.values === null || t.cachedKeysIndex === null) return -1;
  const ix = t.cachedKeysIndex.get(name.s);
  if (ix === undefined || ix >= inst.values.length || _PyType_Lookup(t, name) !== null) return -1;
  return ix;
}

/**
 * STORE_ATTR_INSTANCE_VALUE: stores v in the instance's values, as _PyObject_StoreInstanceAttribute
 * does (the old value released), taking the stack's reference to v. False on a miss.
 */
export function storeAttrInstanceValue(code: PyCodeObject, i: number, owner: PyObject, v: PyObject): boolean {
  const c = validCache(code, i, owner.ob_type);
  if (c === null || c.index < 0) return false;
  const inst = owner.inst;
  if (inst === null || inst.dict !== null || inst.values === null) return false;
  const values = inst.values;
  const ix = c.index;
  if (ix >= values.length) return false;
  const old = values[ix];
  values[ix] = v;
  if (old === null || old === undefined) inst.order!.push(ix);
  else if (--old.ob_refcnt === 0) dealloc(old);
  return true;
}

/**
 * LOAD_METHOD_WITH_VALUES / LOAD_METHOD_NO_DICT: the function or method descriptor on the
 * owner's type (borrowed) when no instance attribute can shadow it, else null.
 */
export function loadMethodCached(code: PyCodeObject, i: number, owner: PyObject): PyObject | null {
  const t = owner.ob_type;
  const c = validCache(code, i, t);
  if (c === null || c.descr === null) return null;
  const inst = owner.inst;
  if (inst !== null) {
    if (inst.dict !== null) return null;
    if (c.index >= 0) {
      const values = inst.values;
      if (values !== null && values[c.index] !== null && values[c.index] !== undefined) return null;
    } else if (t.cachedKeys !== null && t.cachedKeys.length !== c.keysLength) return null;
  }
  return c.descr;
}

/**
 * CPython 3.11: Python/specialize.c _Py_Specialize_LoadMethod: a plain function or method
 * descriptor found on a type with the generic getattr; an instance's own attributes must not
 * shadow it (its dict not materialised; the name's shared-keys slot empty, or not a shared key).
 */
export function specializeLoadMethod(code: PyCodeObject, i: number, owner: PyObject, name: PyUnicodeObject, descr: PyObject): void {
  const t = owner.ob_type;
  if (t.tp_getattro !== PyObject_GenericGetAttr) return;
  const dt = descr.ob_type;
  if (dt !== PyFunction_Type && dt !== PyMethodDescr_Type) return;
  const inst = owner.inst;
  if (inst !== null && inst.dict !== null) return;
  const ix = t.cachedKeysIndex?.get(name.s);
  const c = attrCache(code, i);
  c.type = t;
  c.version = t.versionTag;
  c.descr = descr;
  c.index = ix ?? -1;
  c.keysLength = t.cachedKeys?.length ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

/**
 * A call of a builtin function or method descriptor with its arguments on the stack,
 * stack[start .. end): what PyObject_Vectorcall reaches for these (the recursion check, then
 * cfunction_vectorcall / method_vectorcall), without the generic dispatch and, for a method
 * descriptor, without first copying self into the argument array.
 * CPython 3.11: PRECALL_BUILTIN_FAST, PRECALL_BUILTIN_FAST_WITH_KEYWORDS, PRECALL_BUILTIN_O,
 * PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST, PRECALL_NO_KW_METHOD_DESCRIPTOR_O (Python/ceval.c).
 * Null when the callable is neither, or when its type takes _PyObject_MakeTpCall (nothing has
 * happened then). The stack keeps its references: the caller releases them.
 */
export function callBuiltin(callable: PyObject, stack: (PyObject | null)[], start: number, end: number, kwnames: string[] | null): PyObject | null {
  if (callable instanceof PyCFunctionObject) {
    if (callable.ob_type !== PyCFunction_Type || (PyCFunction_Type.tp_flags & TPFlags.HAVE_VECTORCALL) === 0) return null;
    const args = stack.slice(start, end) as PyObject[];
    enterRecursiveCall(' while calling a Python object');
    try {
      return callable.def.fn(callable.self as PyObject, args, kwnames);
    } finally {
      leaveRecursiveCall();
    }
  }
  if (callable instanceof PyDescrObject) {
    if (callable.ob_type !== PyMethodDescr_Type || end === start || kwnames !== null) return null;
    if ((PyMethodDescr_Type.tp_flags & TPFlags.HAVE_VECTORCALL) === 0) return null;
    const self = stack[start]!;
    const args = stack.slice(start + 1, end) as PyObject[];
    enterRecursiveCall(' while calling a Python object');
    try {
      descrCheck(callable, self);
      return callable.method!.fn(self, args, null);
    } finally {
      leaveRecursiveCall();
    }
  }
  return null;
}
