/**
 * The random module: the Mersenne Twister type `_random.Random`, the class `random.Random`
 * built on it, `random.SystemRandom`, and the module-level functions bound to a hidden instance.
 * CPython 3.11: Modules/_randommodule.c (the C type) and Lib/random.py (the class and the
 * module), re-implemented here in TypeScript.
 *
 * As in CPython, `random.Random` is a class (a heap type) deriving from the C type: its
 * instances have a `__dict__` holding `gauss_next`, it can be subclassed, and its methods reach
 * the generator through `self.random()`, `self.getrandbits()` and `self._randbelow()`, so a
 * subclass that overrides those is used by every other method. When `self` is a plain
 * `random.Random` (exact type, class unmodified, nothing shadowing a method on the instance)
 * the methods call the generator directly: the results are the same, without the lookups.
 * The numeric core (MT19937, seeding, SHA-512) is randommodule_impl.ts.
 */
import { type MethodDef, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType, CompareOp, PyType_Type } from '../objects/pyobject.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { PyErr, raise } from '../vm/errors.ts';
import {
  PyExc_ImportError, PyExc_IndexError, PyExc_NotImplementedError, PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError,
  PyExc_ZeroDivisionError,
} from '../objects/exceptions.ts';
import {
  Py_None, PyObject_Hash, PyObject_IsTrue, PyObject_RichCompareBool, PyObject_Str, PyObject_TypeCheck, getAttrString,
  setAttrString,
} from '../objects/object.ts';
import { PyFloatObject, PyFloat_FromDouble, PyFloat_Type } from '../objects/floatobject.ts';
import { PyLongObject, PyLong_FromValue, PyLong_Type } from '../objects/longobject.ts';
import { PyBool_Type } from '../objects/boolobject.ts';
import { PyTupleObject, PyTuple_Type, tupleFromArraySteal } from '../objects/tupleobject.ts';
import { PyListObject, PyList_Type, PySequence_List, listFromArray, listFromArraySteal } from '../objects/listobject.ts';
import { PyUnicodeObject, PyUnicode_FromString, internString } from '../objects/unicodeobject.ts';
import { PyBytesObject, PyBytes_FromBytes } from '../objects/bytesobject.ts';
import { PyByteArrayObject } from '../objects/bytearrayobject.ts';
import { PyRangeObject, PyRange_New } from '../objects/rangeobject.ts';
import { PyDictObject, PyDict_GetItemWithError, PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { PySetObject } from '../objects/setobject.ts';
import {
  PyIter_Next, PyNumber_Add, PyNumber_IndexValue, PyNumber_Multiply, PyNumber_Negative,
  PyNumber_Power, PyObject_Call, PyObject_GetItem, PyObject_GetIter, PyObject_IsInstance, PyObject_SetItem,
  PyObject_Size, binary_op,
} from '../objects/abstract.ts';
import { PyNumber_Long } from '../objects/long_methods.ts';
import { PyType_Modified, PyType_Ready, finishAlloc, typeNew } from '../objects/typeobject.ts';
import { PyDescr_NewMethod } from '../objects/descrobject.ts';
import { PyModuleObject, PyModule_New, moduleSet, moduleSetSteal } from '../objects/moduleobject.ts';
import { checkPositional, noArgs, noKeywords, oneArg } from '../objects/getargs.ts';
import { raiseNumError } from '../objects/formatting.ts';
import { importModule } from '../vm/import.ts';
import { encodeText } from '../objects/unicode_codecs.ts';
import {
  NumError, intAdd, intBitLength, intCompare, intFloorDiv, floatPow, intMod, intMul, intSub, intToDecimalString, intToFloat, intTrueDiv,
  normBig, type PyInt,
} from '../objects/longmath.ts';
import { MersenneTwister, sha512 } from './randommodule_impl.ts';
import { libm } from './libm.ts';
import * as mathImpl from './mathmodule_impl.ts';
import { floatArg } from './mathmodule.ts';

// ---------------------------------------------------------------------------------------------
// _random.Random: the generator state (Modules/_randommodule.c)

export const enum RandomLayout {
  /** sizeof(RandomObject): PyObject_HEAD (16) + int index (4) + uint32_t state[624] (2496), 8-aligned. */
  SIZE = 2520,
  /** MT19937's N: words of state; getstate() gives N of them and the index. */
  N = 624,
}

/** CPython 3.11: Modules/_randommodule.c RandomObject */
export class RandomObject extends PyObject {
  /** state[N] and index. */
  readonly state = new MersenneTwister();
  constructor(type: PyTypeObject) {
    super(type);
    // PyType_GenericNew zero-fills the object: index 0 over an all-zero state.
    this.state.index = 0;
  }
}

export const PyRandom_Type: PyTypeObject = registerStaticType(
  newStaticType('_random.Random', RandomLayout.SIZE, 0, TPFlags.BASETYPE),
);

/** PyType_GenericAlloc for _random.Random and its subclasses. */
PyRandom_Type.tp_alloc = (type) => {
  const o = new RandomObject(type);
  finishAlloc(o, type);
  return o;
};

/** PyType_GenericNew: the seeding is tp_init's. */
PyRandom_Type.tp_new = (type) => type.tp_alloc!(type);

/** CPython 3.11: Modules/_randommodule.c random_init */
PyRandom_Type.tp_init = (self, args, kwnames) => {
  if ((self.ob_type === PyRandom_Type || self.ob_type.tp_init === PyRandom_Type.tp_init) && kwnames !== null && kwnames.length > 0) {
    raise(PyExc_TypeError, 'Random() takes no keyword arguments');
  }
  const nargs = args.length - (kwnames === null ? 0 : kwnames.length);
  if (nargs > 1) raise(PyExc_TypeError, 'Random() requires 0 or 1 argument');
  randomSeed(self as RandomObject, nargs === 1 ? args[0] : null);
};

function stateOf(self: PyObject): MersenneTwister {
  return (self as RandomObject).state;
}

/**
 * CPython 3.11: Modules/_randommodule.c random_seed: None seeds from entropy, an int by its
 * absolute value (32-bit words, low first), anything else by its hash as an unsigned 64-bit int.
 */
function randomSeed(self: RandomObject, arg: PyObject | null): void {
  const mt = self.state;
  if (arg === null || arg === Py_None) {
    // NON-CPYTHON: the entropy is crypto.getRandomValues, not os.urandom (randommodule_impl.ts).
    mt.seedEntropy();
    return;
  }
  if (arg instanceof PyLongObject) {
    seedInt(mt, arg.v);
    return;
  }
  mt.seedHash(PyObject_Hash(arg));
}

/** init_by_array over |n|'s 32-bit words, least significant first (one word 0 for n == 0). */
function seedInt(mt: MersenneTwister, n: PyInt): void {
  if (typeof n === 'number') {
    mt.seedInt(n);
    return;
  }
  // Through hexadecimal: splitting a big bigint 32 bits at a time would be quadratic.
  const hex = (n < 0n ? -n : n).toString(16);
  const words = Math.ceil(hex.length / 8);
  const key = new Uint32Array(words);
  for (let i = 0; i < words; i++) {
    const end = hex.length - 8 * i;
    key[i] = parseInt(hex.slice(Math.max(0, end - 8), end), 16);
  }
  mt.initByArray(key);
}

/** The key of int.from_bytes(bytes) (big-endian, unsigned): its 32-bit words, least significant first. */
function keyFromBytes(bytes: Uint8Array): Uint32Array {
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  const len = bytes.length - start;
  if (len === 0) return Uint32Array.of(0);
  const key = new Uint32Array(Math.ceil(len / 4));
  for (let i = 0; i < key.length; i++) {
    const hi = bytes.length - 4 * i;
    let w = 0;
    for (let j = Math.max(start, hi - 4); j < hi; j++) w = w * 256 + bytes[j];
    key[i] = w;
  }
  return key;
}

/** CPython 3.11: _random_Random_getrandbits_impl for k >= 0: words from least to most significant. */
function getrandbits(mt: MersenneTwister, k: number): PyInt {
  if (k <= 53) return numeric(() => mt.getrandbits(k));
  const words = Math.ceil(k / 32);
  const hex: string[] = new Array(words);
  let left = k;
  for (let i = 0; i < words; i++, left -= 32) {
    let r = mt.genrandUint32();
    if (left < 32) r >>>= 32 - left; // the last word keeps its most significant bits
    hex[words - 1 - i] = r.toString(16).padStart(8, '0');
  }
  return normBig(BigInt('0x' + hex.join('')));
}

/** CPython 3.11: _random_Random_random_impl (genrand_res53) */
function random_random(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noArgs('Random.random', args, kw);
  return PyFloat_FromDouble(stateOf(self).random());
}

/** CPython 3.11: _random_Random_seed_impl(n=None, /) */
function random_seed(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKeywords('Random.seed', kw);
  checkPositional('seed', args.length, 0, 1);
  randomSeed(self as RandomObject, args.length === 1 ? args[0] : null);
  return newref(Py_None);
}

/** CPython 3.11: _random_Random_getstate_impl: the 624 words and the index, as a tuple. */
function randomGetstate(self: PyObject): PyTupleObject {
  const mt = stateOf(self);
  const items: PyObject[] = new Array(RandomLayout.N + 1);
  for (let i = 0; i < RandomLayout.N; i++) items[i] = PyLong_FromValue(mt.mt[i]);
  items[RandomLayout.N] = PyLong_FromValue(mt.index);
  return tupleFromArraySteal(items);
}

function random_getstate(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noArgs('Random.getstate', args, kw);
  return randomGetstate(self);
}

const ULONG_MAX = 18446744073709551615n;

/** PyLong_AsUnsignedLong (64-bit): no __index__, negative and too-large values refused. */
function asUnsignedLong(o: PyObject): PyInt {
  if (!(o instanceof PyLongObject)) raise(PyExc_TypeError, 'an integer is required');
  const v = o.v;
  if (v < 0) raise(PyExc_OverflowError, "can't convert negative value to unsigned int");
  if (typeof v === 'bigint' && v > ULONG_MAX) raise(PyExc_OverflowError, 'Python int too large to convert to C unsigned long');
  return v;
}

/** PyLong_AsLong (64-bit), through __index__. */
function asLong(o: PyObject): PyInt {
  const v = PyNumber_IndexValue(o);
  if (typeof v === 'bigint' && (v > 9223372036854775807n || v < -9223372036854775808n)) {
    raise(PyExc_OverflowError, 'Python int too large to convert to C long');
  }
  return v;
}

/** CPython 3.11: _random_Random_setstate: a tuple of 624 unsigned longs (kept mod 2**32) and an index. */
function randomSetstate(self: PyObject, state: PyObject): void {
  if (!(state instanceof PyTupleObject)) raise(PyExc_TypeError, 'state vector must be a tuple');
  const items = state.items;
  if (items.length !== RandomLayout.N + 1) raise(PyExc_ValueError, 'state vector is the wrong size');
  const words = new Uint32Array(RandomLayout.N);
  for (let i = 0; i < RandomLayout.N; i++) {
    const w = asUnsignedLong(items[i]);
    words[i] = typeof w === 'number' ? w % 4294967296 : Number(w & 0xffffffffn);
  }
  const index = asLong(items[RandomLayout.N]);
  if (index < 0 || index > RandomLayout.N) raise(PyExc_ValueError, 'invalid state');
  const mt = stateOf(self);
  mt.index = Number(index);
  mt.mt.set(words);
}

function random_setstate(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  randomSetstate(self, oneArg('Random.setstate', args, kw));
  return newref(Py_None);
}

/** The clinic `int` converter: __index__, then the C int range. */
function cIntArg(o: PyObject): number {
  const v = PyNumber_IndexValue(o);
  if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648) {
    raise(PyExc_OverflowError, 'Python int too large to convert to C int');
  }
  return v;
}

/** CPython 3.11: _random_Random_getrandbits_impl */
function random_getrandbits(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const k = cIntArg(oneArg('Random.getrandbits', args, kw));
  return PyLong_FromValue(getrandbits(stateOf(self), k));
}

PyRandom_Type.methods = [
  { name: 'random', fn: random_random },
  { name: 'seed', fn: random_seed },
  { name: 'getstate', fn: random_getstate },
  { name: 'setstate', fn: random_setstate },
  { name: 'getrandbits', fn: random_getrandbits },
];

function numeric<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof NumError) raiseNumError(e);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Python-level plumbing: argument binding, generic arithmetic, the plain-instance fast path

/**
 * Binds the arguments of a method written in Python in CPython (Python/ceval.c
 * initialize_locals, with its messages): `pos` are the parameters after self, the last
 * `ndefaults` of them optional; `kwonly` are keyword-only, all optional. Returns borrowed
 * references by parameter, null where the default applies.
 */
function bindArgs(
  qual: string,
  args: PyObject[],
  kwnames: string[] | null,
  pos: readonly string[],
  ndefaults: number,
  kwonly: readonly string[] = [],
): (PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const out: (PyObject | null)[] = new Array(pos.length + kwonly.length).fill(null);
  const n = Math.min(npos, pos.length);
  for (let i = 0; i < n; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    let j = pos.indexOf(name);
    if (j < 0) {
      j = kwonly.indexOf(name);
      if (j >= 0) j += pos.length;
    }
    if (j < 0) raise(PyExc_TypeError, `${qual}() got an unexpected keyword argument '${name}'`);
    if (out[j] !== null) raise(PyExc_TypeError, `${qual}() got multiple values for argument '${name}'`);
    out[j] = args[npos + k];
  }
  if (npos > pos.length) tooManyPositional(qual, pos.length + 1, ndefaults, npos + 1, out, pos.length);
  const missing: string[] = [];
  for (let i = npos; i < pos.length - ndefaults; i++) if (out[i] === null) missing.push(pos[i]);
  if (missing.length > 0) {
    const q = missing.map((m) => `'${m}'`);
    const list = q.length === 1 ? q[0] : q.length === 2 ? `${q[0]} and ${q[1]}` : `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
    raise(PyExc_TypeError, `${qual}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  return out;
}

/** CPython 3.11: Python/ceval.c too_many_positional (argument counts include self). */
function tooManyPositional(qual: string, argc: number, defcount: number, given: number, out: (PyObject | null)[], nkwonlyStart: number): never {
  let kwonlyGiven = 0;
  for (let i = nkwonlyStart; i < out.length; i++) if (out[i] !== null) kwonlyGiven++;
  const plural = (n: number, s: string): string => (n === 1 ? s : s + 's');
  const sig = defcount ? `from ${argc - defcount} to ${argc} positional arguments` : `${argc} positional ${plural(argc, 'argument')}`;
  if (kwonlyGiven) {
    raise(PyExc_TypeError, `${qual}() takes ${sig} but ${given} positional ${plural(given, 'argument')} (and ${kwonlyGiven} keyword-only ${plural(kwonlyGiven, 'argument')}) were given`);
  }
  raise(PyExc_TypeError, `${qual}() takes ${sig} but ${given} ${given === 1 ? 'was' : 'were'} given`);
}

/** Holds the temporaries of a Python expression evaluated step by step; released together. */
class Temps {
  private readonly held: PyObject[] = [];
  own<T extends PyObject>(o: T): T {
    this.held.push(o);
    return o;
  }
  float(x: number): PyObject {
    return this.own(PyFloat_FromDouble(x));
  }
  add(a: PyObject, b: PyObject): PyObject {
    return this.own(PyNumber_Add(a, b));
  }
  sub(a: PyObject, b: PyObject): PyObject {
    return this.own(binary_op(a, b, 'nb_subtract'));
  }
  mul(a: PyObject, b: PyObject): PyObject {
    return this.own(PyNumber_Multiply(a, b));
  }
  div(a: PyObject, b: PyObject): PyObject {
    return this.own(binary_op(a, b, 'nb_true_divide'));
  }
  rem(a: PyObject, b: PyObject): PyObject {
    return this.own(binary_op(a, b, 'nb_remainder'));
  }
  pow(a: PyObject, b: PyObject): PyObject {
    // float ** float is float_pow over the libm stand-in (CPython calls the C library's pow).
    if (a.ob_type === PyFloat_Type && b.ob_type === PyFloat_Type) {
      const x = (a as PyFloatObject).v;
      const y = (b as PyFloatObject).v;
      const r = numeric(() => floatPow(x, y));
      if (r !== null) return this.float(r);
    }
    return this.own(PyNumber_Power(a, b, Py_None));
  }
  neg(a: PyObject): PyObject {
    return this.own(PyNumber_Negative(a));
  }
  release(): void {
    for (let i = this.held.length - 1; i >= 0; i--) decref(this.held[i]);
    this.held.length = 0;
  }
}

/** Runs a computation with temporaries, returning a new reference to its result. */
function evaluate(f: (t: Temps) => PyObject): PyObject {
  const t = new Temps();
  try {
    return newref(f(t));
  } finally {
    t.release();
  }
}

function lt(a: PyObject, b: PyObject): boolean {
  return PyObject_RichCompareBool(a, b, CompareOp.LT);
}
function le(a: PyObject, b: PyObject): boolean {
  return PyObject_RichCompareBool(a, b, CompareOp.LE);
}
function gt(a: PyObject, b: PyObject): boolean {
  return PyObject_RichCompareBool(a, b, CompareOp.GT);
}
function ge(a: PyObject, b: PyObject): boolean {
  return PyObject_RichCompareBool(a, b, CompareOp.GE);
}
function eq(a: PyObject, b: PyObject): boolean {
  return PyObject_RichCompareBool(a, b, CompareOp.EQ);
}

/** `self.name(*args, **kw)`: the attribute lookup and call Lib/random.py's code makes. */
function callSelf(self: PyObject, name: string, args: PyObject[], kwnames: string[] | null = null): PyObject {
  const m = getAttrString(self, name);
  try {
    return PyObject_Call(m, args, kwnames);
  } finally {
    decref(m);
  }
}

function isTypeError(e: unknown): e is PyErr {
  return e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_TypeError);
}

function isExc(e: unknown, type: PyTypeObject): e is PyErr {
  return e instanceof PyErr && PyObject_TypeCheck(e.exc, type);
}

/** The class random.Random of the most recently made module, and its version when made. */
let plainType: PyTypeObject | null = null;
let plainTag = -1;

/**
 * The generator of `self` when self is a plain random.Random: of exactly that class, the class
 * not modified since the module made it, and no instance attribute other than gauss_next (which
 * could shadow a method). Otherwise null, and the caller goes through attribute lookups.
 */
function plainState(self: PyObject): MersenneTwister | null {
  const t = self.ob_type;
  if (t !== plainType || t.versionTag !== plainTag) return null;
  const inst = self.inst;
  if (inst !== null) {
    if (inst.dict !== null) {
      const d = inst.dict as PyDictObject;
      if (d.used > 1 || (d.used === 1 && PyDict_GetItemWithError(d, internString('gauss_next')) === null)) return null;
    } else if (inst.values !== null) {
      const keys = t.cachedKeys;
      if (keys !== null) {
        for (let i = 0; i < keys.length; i++) {
          if (keys[i] !== 'gauss_next' && inst.values[i] !== null && inst.values[i] !== undefined) return null;
        }
      }
    }
  }
  return (self as RandomObject).state;
}

/** `self.random()` as a double. NON-CPYTHON: an overriding random() is converted with PyFloat_AsDouble
 * where Lib/random.py would do the arithmetic on whatever it returned. */
function randomOf(self: PyObject): number {
  const mt = plainState(self);
  if (mt !== null) return mt.random();
  const r = callSelf(self, 'random', []);
  try {
    return floatArg(r);
  } finally {
    decref(r);
  }
}

/** `random = self.random` bound once, as the Python code does in its loops. */
class BoundRandom {
  private readonly mt: MersenneTwister | null;
  private readonly method: PyObject | null;
  constructor(self: PyObject) {
    this.mt = plainState(self);
    this.method = this.mt === null ? getAttrString(self, 'random') : null;
  }
  next(): number {
    if (this.mt !== null) return this.mt.random();
    const r = PyObject_Call(this.method!, [], null);
    try {
      return floatArg(r);
    } finally {
      decref(r);
    }
  }
  release(): void {
    if (this.method !== null) decref(this.method);
  }
}

/** CPython 3.11: Random._randbelow_with_getrandbits on the generator itself (n > 0). */
function mtRandbelow(mt: MersenneTwister, n: PyInt): PyInt {
  if (typeof n === 'number' && n <= 0xffffffff) {
    const k = 32 - Math.clz32(n);
    let r = k === 0 ? 0 : mt.genrandUint32() >>> (32 - k);
    while (r >= n) r = k === 0 ? 0 : mt.genrandUint32() >>> (32 - k);
    return r;
  }
  const k = intBitLength(n);
  let r = getrandbits(mt, k);
  while (intCompare(r, n) >= 0) r = getrandbits(mt, k);
  return r;
}

/** `randbelow = self._randbelow` bound once: the generator directly, or the method. */
class BoundRandbelow {
  private readonly mt: MersenneTwister | null;
  private readonly method: PyObject | null;
  constructor(self: PyObject) {
    this.mt = plainState(self);
    this.method = this.mt === null ? getAttrString(self, '_randbelow') : null;
  }
  call(n: PyInt): PyInt {
    if (this.mt !== null) return mtRandbelow(this.mt, n);
    const nObj = PyLong_FromValue(n);
    try {
      const r = PyObject_Call(this.method!, [nObj], null);
      try {
        return PyNumber_IndexValue(r);
      } finally {
        decref(r);
      }
    } finally {
      decref(nObj);
    }
  }
  release(): void {
    if (this.method !== null) decref(this.method);
  }
}

function randbelowOf(self: PyObject, n: PyInt): PyInt {
  const b = new BoundRandbelow(self);
  try {
    return b.call(n);
  } finally {
    b.release();
  }
}

function intObj(v: PyInt): PyObject {
  return PyLong_FromValue(v);
}

function isInt(o: PyObject): o is PyLongObject {
  return o instanceof PyLongObject;
}

// ---------------------------------------------------------------------------------------------
// random.Random (Lib/random.py class Random)

// Lib/random.py's constants, computed with the math module's functions when the module is made.
let NV_MAGICCONST = 0;
let LOG4 = 0;
let SG_MAGICCONST = 0;
const BPF = 53;
const RECIP_BPF = 2 ** -BPF;
const TWOPI = 2.0 * Math.PI;

/** CPython 3.11: Random.__init__(self, x=None): self.seed(x); self.gauss_next = None */
function Random_init(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [x] = bindArgs('Random.__init__', args, kw, ['x'], 1);
  if (plainState(self) !== null) seedImpl(self, x ?? Py_None, null);
  else decref(callSelf(self, 'seed', [x ?? Py_None]));
  setAttrString(self, 'gauss_next', Py_None);
  return newref(Py_None);
}

/** CPython 3.11: Random.seed(self, a=None, version=2) */
function Random_seed(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [a, version] = bindArgs('Random.seed', args, kw, ['a', 'version'], 2);
  seedImpl(self, a ?? Py_None, version);
  return newref(Py_None);
}

function equalsSmallInt(o: PyObject | null, n: number): boolean {
  if (o === null) return n === 2; // the default version
  if (o instanceof PyLongObject && (o.ob_type === PyLong_Type || o.ob_type === PyBool_Type)) return o.v === n;
  const nObj = PyLong_FromValue(n);
  try {
    return eq(o, nObj);
  } finally {
    decref(nObj);
  }
}

function seedImpl(self: PyObject, a: PyObject, version: PyObject | null): void {
  const mt = stateOf(self);
  if (equalsSmallInt(version, 1) && (a instanceof PyUnicodeObject || a instanceof PyBytesObject)) {
    // Version 1: the str/bytes hash of Python 2 (bytes read as latin-1).
    const codes = a instanceof PyUnicodeObject ? Array.from(a.s, (c) => c.codePointAt(0)!) : Array.from(a.b);
    let x = codes.length > 0 ? BigInt(codes[0]) << 7n : 0n;
    for (const c of codes) x = ((1000003n * x) ^ BigInt(c)) & 0xffffffffffffffffn;
    x ^= BigInt(codes.length);
    seedInt(mt, normBig(x === -1n ? -2n : x));
  } else if (equalsSmallInt(version, 2) && (a instanceof PyUnicodeObject || a instanceof PyBytesObject || a instanceof PyByteArrayObject)) {
    // Version 2: int.from_bytes(a + sha512(a).digest()), big-endian.
    // a.encode(): str's own UTF-8 encoder (strict; lone surrogates raise UnicodeEncodeError).
    const bytes = a instanceof PyUnicodeObject ? encodeText(a, 'utf-8', 'strict') : a.b.slice();
    const all = new Uint8Array(bytes.length + 64);
    all.set(bytes);
    all.set(sha512(bytes), bytes.length);
    mt.initByArray(keyFromBytes(all));
  } else {
    if (!(a === Py_None || a instanceof PyLongObject || a instanceof PyFloatObject || a instanceof PyUnicodeObject ||
      a instanceof PyBytesObject || a instanceof PyByteArrayObject)) {
      raise(PyExc_TypeError, 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
    }
    randomSeed(self as RandomObject, a);
  }
  setAttrString(self, 'gauss_next', Py_None);
}

function bytesToBigBE(bytes: Uint8Array): bigint {
  let hex = '0x0';
  for (let i = 0; i < bytes.length; i++) hex += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  return BigInt(hex);
}

/** CPython 3.11: Random.getstate(self): (self.VERSION, super().getstate(), self.gauss_next) */
function Random_getstate(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  bindArgs('Random.getstate', args, kw, [], 0);
  return getstateImpl(self);
}

function getstateImpl(self: PyObject): PyObject {
  const version = getAttrString(self, 'VERSION');
  let internal: PyObject;
  try {
    internal = randomGetstate(self);
  } catch (e) {
    decref(version);
    throw e;
  }
  let gaussNext: PyObject;
  try {
    gaussNext = getAttrString(self, 'gauss_next');
  } catch (e) {
    decref(version);
    decref(internal);
    throw e;
  }
  return tupleFromArraySteal([version, internal, gaussNext]);
}

/** `a, b, c = state`: exactly three items (UNPACK_SEQUENCE), as new references. */
function unpack3(state: PyObject): PyObject[] {
  if (state instanceof PyTupleObject || state instanceof PyListObject) {
    const items = state.items;
    if (items.length === 3) return items.map((o) => newref(o));
    if (items.length < 3) raise(PyExc_ValueError, `not enough values to unpack (expected 3, got ${items.length})`);
    raise(PyExc_ValueError, `too many values to unpack (expected 3)`);
  }
  if (state.ob_type.tp_iter === null && state.ob_type.sq_item === null) {
    raise(PyExc_TypeError, `cannot unpack non-iterable ${state.ob_type.tp_name} object`);
  }
  const it = PyObject_GetIter(state);
  const out: PyObject[] = [];
  try {
    for (let k = 0; k < 3; k++) {
      const w = PyIter_Next(it);
      if (w === null) raise(PyExc_ValueError, `not enough values to unpack (expected 3, got ${k})`);
      out.push(w);
    }
    const extra = PyIter_Next(it);
    if (extra !== null) {
      decref(extra);
      raise(PyExc_ValueError, 'too many values to unpack (expected 3)');
    }
    return out;
  } catch (e) {
    for (const o of out) decref(o);
    throw e;
  } finally {
    decref(it);
  }
}

/** CPython 3.11: Random.setstate(self, state) for versions 3 and 2. */
function Random_setstate(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [state] = bindArgs('Random.setstate', args, kw, ['state'], 0);
  setstateImpl(self, state!);
  return newref(Py_None);
}

function setstateImpl(self: PyObject, state: PyObject): void {
  const zero = PyLong_FromValue(0);
  let version: PyObject;
  try {
    version = PyObject_GetItem(state, zero);
  } finally {
    decref(zero);
  }
  try {
    const v3 = equalsSmallInt(version, 3);
    if (v3 || equalsSmallInt(version, 2)) {
      const [v, internal, gaussNext] = unpack3(state);
      decref(v);
      try {
        setAttrString(self, 'gauss_next', gaussNext);
        if (v3) randomSetstate(self, internal);
        else {
          const reduced = reduceVersion2(internal);
          try {
            randomSetstate(self, reduced);
          } finally {
            decref(reduced);
          }
        }
      } finally {
        decref(internal);
        decref(gaussNext);
      }
      return;
    }
    const selfVersion = getAttrString(self, 'VERSION');
    let text: string;
    try {
      text = `state with version ${strOf(version)} passed to Random.setstate() of version ${strOf(selfVersion)}`;
    } finally {
      decref(selfVersion);
    }
    raise(PyExc_ValueError, text);
  } finally {
    decref(version);
  }
}

function strOf(o: PyObject): string {
  const s = PyObject_Str(o);
  const text = s.s;
  decref(s);
  return text;
}

/** Version 2 states were signed: tuple(x % 2**32 for x in internalstate); a ValueError becomes TypeError. */
function reduceVersion2(internal: PyObject): PyObject {
  const modulus = PyLong_FromValue(4294967296);
  const out: PyObject[] = [];
  const it = PyObject_GetIter(internal);
  try {
    for (;;) {
      const x = PyIter_Next(it);
      if (x === null) break;
      try {
        out.push(binary_op(x, modulus, 'nb_remainder'));
      } finally {
        decref(x);
      }
    }
    return tupleFromArraySteal(out.splice(0));
  } catch (e) {
    if (isExc(e, PyExc_ValueError)) {
      // NON-CPYTHON: `raise TypeError from e` keeps e as __cause__; here the TypeError stands alone.
      decref(e.exc);
      raise(PyExc_TypeError, null);
    }
    throw e;
  } finally {
    for (const o of out) decref(o);
    decref(it);
    decref(modulus);
  }
}

/** CPython 3.11: Random.__getstate__ / __setstate__ / __reduce__ (pickle support). */
function Random_getstate_dunder(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  bindArgs('Random.__getstate__', args, kw, [], 0);
  return callSelf(self, 'getstate', []);
}

function Random_setstate_dunder(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [state] = bindArgs('Random.__setstate__', args, kw, ['state'], 0);
  decref(callSelf(self, 'setstate', [state!]));
  return newref(Py_None);
}

function Random_reduce(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  bindArgs('Random.__reduce__', args, kw, [], 0);
  const cls = getAttrString(self, '__class__');
  let state: PyObject;
  try {
    state = callSelf(self, 'getstate', []);
  } catch (e) {
    decref(cls);
    throw e;
  }
  return tupleFromArraySteal([cls, tupleFromArraySteal([]), state]);
}

/**
 * CPython 3.11: Random.__init_subclass__(cls, /, **kwargs): a subclass that defines random()
 * but not getrandbits() gets _randbelow_without_getrandbits.
 */
function Random_init_subclass(cls: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const nkw = kw === null ? 0 : kw.length;
  if (args.length - nkw > 0) {
    raise(PyExc_TypeError, `Random.__init_subclass__() takes 1 positional argument but ${args.length - nkw + 1} were given`);
  }
  const type = cls as PyTypeObject;
  const mro = (type.tp_mro as PyTupleObject).items as PyTypeObject[];
  for (const c of mro) {
    const d = c.tp_dict as PyDictObject;
    if (PyDict_GetItemWithError(d, internString('_randbelow')) !== null) break;
    let chosen: string | null = null;
    if (PyDict_GetItemWithError(d, internString('getrandbits')) !== null) chosen = '_randbelow_with_getrandbits';
    else if (PyDict_GetItemWithError(d, internString('random')) !== null) chosen = '_randbelow_without_getrandbits';
    if (chosen !== null) {
      const f = getAttrString(cls, chosen);
      try {
        setAttrString(cls, '_randbelow', f);
      } finally {
        decref(f);
      }
      break;
    }
  }
  return newref(Py_None);
}

/** CPython 3.11: Random._randbelow_with_getrandbits(self, n) */
function Random_randbelow_with_getrandbits(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [nObj] = bindArgs('Random._randbelow_with_getrandbits', args, kw, ['n'], 0);
  const mt = plainState(self);
  if (mt !== null && isInt(nObj!)) return intObj(mtRandbelow(mt, nObj.v));
  const getrandbits = getAttrString(self, 'getrandbits');
  try {
    const k = callSelf(nObj!, 'bit_length', []);
    try {
      let r = PyObject_Call(getrandbits, [k], null);
      try {
        while (ge(r, nObj!)) {
          decref(r);
          r = PyObject_Call(getrandbits, [k], null);
        }
      } catch (e) {
        decref(r);
        throw e;
      }
      return r;
    } finally {
      decref(k);
    }
  } finally {
    decref(getrandbits);
  }
}

/** CPython 3.11: Random._randbelow_without_getrandbits(self, n, maxsize=1<<BPF) */
function Random_randbelow_without_getrandbits(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [nObj, maxsizeObj] = bindArgs('Random._randbelow_without_getrandbits', args, kw, ['n', 'maxsize'], 1);
  const n = PyNumber_IndexValue(nObj!);
  const maxsize: PyInt = maxsizeObj === null ? 2 ** BPF : PyNumber_IndexValue(maxsizeObj);
  const random = new BoundRandom(self);
  try {
    if (intCompare(n, maxsize) >= 0) {
      // NON-CPYTHON: the UserWarning "Underlying random() generator does not supply enough bits..." is not emitted.
      const u = random.next();
      return intObj(numeric(() => mathImpl.floor(u * intToFloat(n))));
    }
    const rem = numeric(() => intMod(maxsize, n));
    const limit = numeric(() => intTrueDiv(intSub(maxsize, rem), maxsize)); // int(limit * maxsize) % n == 0
    let r = random.next();
    while (r >= limit) r = random.next();
    const scaled = numeric(() => mathImpl.floor(r * intToFloat(maxsize)));
    return intObj(numeric(() => intMod(scaled, n)));
  } finally {
    random.release();
  }
}

/** CPython 3.11: Random.randbytes(self, n): self.getrandbits(n * 8).to_bytes(n, 'little') */
function Random_randbytes(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [n] = bindArgs('Random.randbytes', args, kw, ['n'], 0);
  const mt = plainState(self);
  if (mt !== null && n!.ob_type === PyLong_Type && typeof (n as PyLongObject).v === 'number') {
    const count = (n as PyLongObject).v as number;
    if (count * 8 <= 2147483647) return PyBytes_FromBytes(mtRandbytes(mt, count));
  }
  return evaluate((t) => {
    const eight = t.own(PyLong_FromValue(8));
    const bits = t.own(callSelf(self, 'getrandbits', [t.mul(n!, eight)]));
    const little = t.own(PyUnicode_FromString('little'));
    return t.own(callSelf(bits, 'to_bytes', [n!, little]));
  });
}

/** getrandbits(n * 8).to_bytes(n, 'little') straight from the generator's words. */
function mtRandbytes(mt: MersenneTwister, n: number): Uint8Array {
  if (n < 0) raise(PyExc_ValueError, 'number of bits must be non-negative');
  const out = new Uint8Array(n);
  if (n === 0) return out;
  if (n <= 4) {
    // k <= 32: one word shifted down (the fast path of getrandbits).
    const r = mt.genrandUint32() >>> (32 - 8 * n);
    for (let i = 0; i < n; i++) out[i] = (r >>> (8 * i)) & 0xff;
    return out;
  }
  // Words from least to most significant; the last keeps its top bits, shifted down.
  for (let off = 0; off < n; off += 4) {
    const left = Math.min(4, n - off);
    let r = mt.genrandUint32();
    if (left < 4) r >>>= 32 - 8 * left;
    for (let i = 0; i < left; i++) out[off + i] = (r >>> (8 * i)) & 0xff;
  }
  return out;
}

/**
 * `_index(x)`, falling back to int(x) as Lib/random.py's randrange does for non-integers.
 * NON-CPYTHON: the DeprecationWarning of that fallback is not emitted.
 */
function rangeIndex(o: PyObject, which: string): PyInt {
  try {
    return PyNumber_IndexValue(o);
  } catch (e) {
    if (!isTypeError(e)) throw e;
    decref(e.exc);
  }
  const i = PyNumber_Long(o) as PyLongObject;
  try {
    if (PyObject_RichCompareBool(i, o, CompareOp.NE)) raise(PyExc_ValueError, `non-integer ${which} for randrange()`);
    return i.v;
  } finally {
    decref(i);
  }
}

/** CPython 3.11: Random.randrange(self, start, stop=None, step=1) */
function Random_randrange(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [start, stop, step] = bindArgs('Random.randrange', args, kw, ['start', 'stop', 'step'], 2);
  return intObj(randrangeImpl(self, start!, stop, step));
}

function isDefaultStep(step: PyObject | null): boolean {
  // `step is _ONE`: the cached small int 1.
  return step === null || (step.ob_type === PyLong_Type && (step as PyLongObject).v === 1);
}

function randrangeImpl(self: PyObject, start: PyObject, stop: PyObject | null, step: PyObject | null): PyInt {
  const istart = rangeIndex(start, 'arg 1');
  if (stop === null || stop === Py_None) {
    if (!isDefaultStep(step)) raise(PyExc_TypeError, 'Missing a non-None stop argument');
    if (istart > 0) return randbelowOf(self, istart);
    raise(PyExc_ValueError, 'empty range for randrange()');
  }
  const istop = rangeIndex(stop, 'stop');
  const width = intSub(istop, istart);
  const istep = step === null ? 1 : rangeIndex(step, 'step');
  if (istep === 1) {
    if (width > 0) return intAdd(istart, randbelowOf(self, width));
    raise(PyExc_ValueError, `empty range for randrange() (${intToDecimalString(istart)}, ${intToDecimalString(istop)}, ${intToDecimalString(width)})`);
  }
  let n: PyInt;
  if (istep > 0) n = intFloorDiv(intSub(intAdd(width, istep), 1), istep);
  else if (istep < 0) n = intFloorDiv(intAdd(intAdd(width, istep), 1), istep);
  else raise(PyExc_ValueError, 'zero step for randrange()');
  if (n <= 0) raise(PyExc_ValueError, 'empty range for randrange()');
  return intAdd(istart, intMul(istep, randbelowOf(self, n)));
}

/** CPython 3.11: Random.randint(self, a, b): self.randrange(a, b + 1) */
function Random_randint(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [a, b] = bindArgs('Random.randint', args, kw, ['a', 'b'], 0);
  if (plainState(self) !== null && b!.ob_type === PyLong_Type) {
    const stop = PyLong_FromValue(intAdd((b as PyLongObject).v, 1));
    try {
      return intObj(randrangeImpl(self, a!, stop, null));
    } finally {
      decref(stop);
    }
  }
  return evaluate((t) => {
    const stop = t.add(b!, t.own(PyLong_FromValue(1)));
    return t.own(callSelf(self, 'randrange', [a!, stop]));
  });
}

/** CPython 3.11: Random.choice(self, seq) */
function Random_choice(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [seq] = bindArgs('Random.choice', args, kw, ['seq'], 0);
  if (PyObject_Size(seq!) === 0) raise(PyExc_IndexError, 'Cannot choose from an empty sequence');
  const i = randbelowOf(self, PyObject_Size(seq!));
  if ((seq!.ob_type === PyList_Type || seq!.ob_type === PyTuple_Type) && typeof i === 'number') {
    const items = (seq as PyListObject | PyTupleObject).items;
    if (i >= 0 && i < items.length) return newref(items[i]);
  }
  return itemAt(seq!, i);
}

/** CPython 3.11: Random.shuffle(self, x): Fisher-Yates from the end, through x[i] and x[j]. */
function Random_shuffle(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [x] = bindArgs('Random.shuffle', args, kw, ['x'], 0);
  const randbelow = new BoundRandbelow(self);
  try {
    const n = Number(PyObject_Size(x!));
    if (x!.ob_type === PyList_Type && plainState(self) !== null) {
      // An exact list: the item swaps of x[i], x[j] = x[j], x[i] leave every reference count as it was.
      const items = (x as PyListObject).items;
      for (let i = n - 1; i >= 1; i--) {
        const j = randbelow.call(i + 1) as number;
        const tmp = items[i];
        items[i] = items[j];
        items[j] = tmp;
      }
      return newref(Py_None);
    }
    for (let i = n - 1; i >= 1; i--) {
      const j = randbelow.call(i + 1);
      const io = intObj(i);
      const jo = intObj(j);
      try {
        const xj = PyObject_GetItem(x!, jo);
        try {
          const xi = PyObject_GetItem(x!, io);
          try {
            PyObject_SetItem(x!, io, xj);
            PyObject_SetItem(x!, jo, xi);
          } finally {
            decref(xi);
          }
        } finally {
          decref(xj);
        }
      } finally {
        decref(io);
        decref(jo);
      }
    }
    return newref(Py_None);
  } finally {
    randbelow.release();
  }
}

/** isinstance(population, collections.abc.Sequence), with the builtin sequences answered directly. */
function isSequence(o: PyObject): boolean {
  if (o instanceof PyListObject || o instanceof PyTupleObject || o instanceof PyUnicodeObject || o instanceof PyRangeObject ||
    o instanceof PyBytesObject || o instanceof PyByteArrayObject) return true;
  if (o instanceof PyDictObject || o instanceof PySetObject) return false;
  const abc = importModule('_collections_abc', null, null);
  try {
    const seq = getAttrString(abc, 'Sequence');
    try {
      return PyObject_IsInstance(o, seq);
    } finally {
      decref(seq);
    }
  } finally {
    decref(abc);
  }
}

/** bisect.bisect_right(a, x, lo, hi) over a Python sequence, with Python's `<`. */
function bisectRight(a: PyObject, x: PyObject, lo: number, hi: number): number {
  const fast = a instanceof PyListObject || a instanceof PyTupleObject ? a.items : null;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let item: PyObject;
    if (fast !== null && mid < fast.length) item = newref(fast[mid]);
    else {
      const m = PyLong_FromValue(mid);
      try {
        item = PyObject_GetItem(a, m);
      } finally {
        decref(m);
      }
    }
    try {
      if (lt(x, item)) hi = mid;
      else lo = mid + 1;
    } finally {
      decref(item);
    }
  }
  return lo;
}

/** list(itertools.accumulate(iterable)): running sums with Python's `+`. */
function accumulate(iterable: PyObject): PyListObject {
  const it = PyObject_GetIter(iterable);
  const out: PyObject[] = [];
  try {
    let total: PyObject | null = null;
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) break;
      if (total === null) total = item;
      else {
        try {
          total = PyNumber_Add(total, item);
        } finally {
          decref(item);
        }
      }
      out.push(total);
    }
    return listFromArraySteal(out.splice(0));
  } finally {
    for (const o of out) decref(o);
    decref(it);
  }
}

/** CPython 3.11: Random.sample(self, population, k, *, counts=None) */
function Random_sample(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [population, k, counts] = bindArgs('Random.sample', args, kw, ['population', 'k'], 0, ['counts']);
  return sampleImpl(self, population!, k!, counts);
}

function sampleImpl(self: PyObject, population: PyObject, k: PyObject, counts: PyObject | null): PyObject {
  if (!isSequence(population)) {
    raise(PyExc_TypeError, 'Population must be a sequence.  For dicts or sets, use sorted(d).');
  }
  const n = Number(PyObject_Size(population));
  if (counts !== null && counts !== Py_None) return sampleCounts(self, population, n, k, counts);
  const randbelow = new BoundRandbelow(self);
  try {
    const zero = PyLong_FromValue(0);
    const nObj = PyLong_FromValue(n);
    try {
      if (!(le(zero, k) && le(k, nObj))) raise(PyExc_ValueError, 'Sample larger than population or is negative');
    } finally {
      decref(zero);
      decref(nObj);
    }
    const nones = listFromArray([Py_None]);
    let result: PyListObject;
    try {
      result = PyNumber_Multiply(nones, k) as PyListObject;
    } finally {
      decref(nones);
    }
    try {
      fillSample(population, n, result, randbelow);
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  } finally {
    randbelow.release();
  }
}

/** The two strategies of Random.sample: a pool list for small populations, a set of picks otherwise. */
function fillSample(population: PyObject, n: number, result: PyListObject, randbelow: BoundRandbelow): void {
  const k = result.items.length;
  let setsize = 21; // size of a small set minus size of an empty list
  if (k > 5) setsize += 4 ** Math.ceil(numeric(() => mathImpl.log(BigInt(k * 3)) / mathImpl.log(4n))); // table size for big sets
  if (n <= setsize) {
    const pool = PySequence_List(population);
    try {
      const items = pool.items;
      for (let i = 0; i < k; i++) {
        const j = randbelow.call(n - i) as number;
        const old = result.items[i];
        result.items[i] = newref(items[j]);
        decref(old);
        const moved = items[n - i - 1];
        incref(moved);
        const replaced = items[j];
        items[j] = moved; // move a non-selected item into the vacancy
        decref(replaced);
      }
    } finally {
      decref(pool);
    }
    return;
  }
  const selected = new Set<PyInt>();
  for (let i = 0; i < k; i++) {
    let j = randbelow.call(n);
    while (selected.has(j)) j = randbelow.call(n);
    selected.add(j);
    const jo = intObj(j);
    try {
      const v = PyObject_GetItem(population, jo);
      const old = result.items[i];
      result.items[i] = v;
      decref(old);
    } finally {
      decref(jo);
    }
  }
}

/** Random.sample with counts: sample range(total) and map each pick through the cumulative counts. */
function sampleCounts(self: PyObject, population: PyObject, n: number, k: PyObject, counts: PyObject): PyObject {
  const cum = accumulate(counts);
  try {
    if (cum.items.length !== n) raise(PyExc_ValueError, 'The number of counts does not match the population');
    const total = cum.items.pop();
    if (total === undefined) raise(PyExc_IndexError, 'pop from empty list');
    let range: PyObject;
    try {
      if (!(total instanceof PyLongObject)) raise(PyExc_TypeError, 'Counts must be integers');
      if (total.v <= 0) raise(PyExc_ValueError, 'Total of counts must be greater than zero');
      range = PyRange_New(0, total.v, 1);
    } finally {
      decref(total);
    }
    let selections: PyObject;
    try {
      selections = plainState(self) !== null ? sampleImpl(self, range, k, null) : callSelf(self, 'sample', [range, k], ['k']);
    } finally {
      decref(range);
    }
    try {
      const out: PyObject[] = [];
      try {
        const it = PyObject_GetIter(selections);
        try {
          for (;;) {
            const s = PyIter_Next(it);
            if (s === null) break;
            try {
              const idx = PyLong_FromValue(bisectRight(cum, s, 0, cum.items.length));
              try {
                out.push(PyObject_GetItem(population, idx));
              } finally {
                decref(idx);
              }
            } finally {
              decref(s);
            }
          }
        } finally {
          decref(it);
        }
        return listFromArraySteal(out.splice(0));
      } finally {
        for (const o of out) decref(o);
      }
    } finally {
      decref(selections);
    }
  } finally {
    decref(cum);
  }
}

/** itertools.repeat's `times`: a Py_ssize_t through __index__, negative meaning none. */
function repeatCount(k: PyObject): number {
  const v = PyNumber_IndexValue(k);
  if (typeof v === 'bigint') {
    if (v < 0n) return 0;
    raise(PyExc_OverflowError, 'Python int too large to convert to C ssize_t');
  }
  return v < 0 ? 0 : v;
}

/** CPython 3.11: Random.choices(self, population, weights=None, *, cum_weights=None, k=1) */
function Random_choices(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [population, weights, cumWeightsArg, kArg] = bindArgs('Random.choices', args, kw, ['population', 'weights'], 1, ['cum_weights', 'k']);
  const random = new BoundRandom(self);
  try {
    const n = Number(PyObject_Size(population!));
    const kObj = kArg ?? PyLong_FromValue(1);
    let cumWeights: PyObject;
    if (cumWeightsArg === null || cumWeightsArg === Py_None) {
      if (weights === null || weights === Py_None) {
        const count = repeatCount(kObj);
        const nf = n + 0.0;
        const out: PyObject[] = [];
        try {
          for (let i = 0; i < count; i++) out.push(itemAt(population!, numeric(() => mathImpl.floor(random.next() * nf))));
          return listFromArraySteal(out.splice(0));
        } finally {
          for (const o of out) decref(o);
        }
      }
      try {
        cumWeights = accumulate(weights);
      } catch (e) {
        if (!isTypeError(e) || !(weights instanceof PyLongObject)) throw e;
        decref(e.exc);
        raise(PyExc_TypeError, `The number of choices must be a keyword argument: k=${strOf(weights)}`);
      }
    } else if (weights !== null && weights !== Py_None) {
      raise(PyExc_TypeError, 'Cannot specify both weights and cumulative weights');
    } else cumWeights = newref(cumWeightsArg);
    try {
      return choicesWeighted(population!, n, cumWeights, kObj, random);
    } finally {
      decref(cumWeights);
    }
  } finally {
    random.release();
  }
}

function choicesWeighted(population: PyObject, n: number, cumWeights: PyObject, kObj: PyObject, random: BoundRandom): PyObject {
  if (PyObject_Size(cumWeights) !== n) raise(PyExc_ValueError, 'The number of weights does not match the population');
  const total = evaluate((t) => {
    const last = t.own(PyObject_GetItem(cumWeights, t.own(PyLong_FromValue(-1))));
    return t.add(last, t.float(0.0));
  });
  try {
    const zero = PyFloat_FromDouble(0.0);
    try {
      if (le(total, zero)) raise(PyExc_ValueError, 'Total of weights must be greater than zero');
    } finally {
      decref(zero);
    }
    if (!Number.isFinite(floatArg(total))) raise(PyExc_ValueError, 'Total of weights must be finite');
    const hi = n - 1;
    const count = repeatCount(kObj);
    const out: PyObject[] = [];
    try {
      for (let i = 0; i < count; i++) {
        const x = evaluate((t) => t.mul(t.float(random.next()), total));
        let j: number;
        try {
          j = bisectRight(cumWeights, x, 0, hi);
        } finally {
          decref(x);
        }
        out.push(itemAt(population, j));
      }
      return listFromArraySteal(out.splice(0));
    } finally {
      for (const o of out) decref(o);
    }
  } finally {
    decref(total);
  }
}

/** population[i] (a new reference). */
function itemAt(seq: PyObject, i: PyInt): PyObject {
  const index = PyLong_FromValue(i);
  try {
    return PyObject_GetItem(seq, index);
  } finally {
    decref(index);
  }
}

// Real-valued distributions: the parameters take part in Python arithmetic (they may be ints,
// floats or other numbers), the generator's draws are doubles.

/** CPython 3.11: Random.uniform(self, a, b): a + (b - a) * self.random() */
function Random_uniform(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [a, b] = bindArgs('Random.uniform', args, kw, ['a', 'b'], 0);
  if (isExactFloat(a!) && isExactFloat(b!)) {
    const av = (a as PyFloatObject).v;
    const d = (b as PyFloatObject).v - av;
    return PyFloat_FromDouble(av + d * randomOf(self));
  }
  return evaluate((t) => {
    const width = t.sub(b!, a!);
    return t.add(a!, t.mul(width, t.float(randomOf(self))));
  });
}

function isExactFloat(o: PyObject): o is PyFloatObject {
  return o.ob_type === PyFloat_Type;
}

/** CPython 3.11: Random.triangular(self, low=0.0, high=1.0, mode=None) */
function Random_triangular(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [lowArg, highArg, mode] = bindArgs('Random.triangular', args, kw, ['low', 'high', 'mode'], 3);
  const u0 = randomOf(self);
  return evaluate((t) => {
    let low = lowArg ?? t.float(0.0);
    let high = highArg ?? t.float(1.0);
    let c: PyObject;
    try {
      c = mode === null || mode === Py_None ? t.float(0.5) : t.div(t.sub(mode, low), t.sub(high, low));
    } catch (e) {
      if (!isExc(e, PyExc_ZeroDivisionError)) throw e;
      decref(e.exc);
      return low;
    }
    let u = t.float(u0);
    if (gt(u, c)) {
      u = t.float(1.0 - u0);
      c = t.sub(t.float(1.0), c);
      [low, high] = [high, low];
    }
    const product = floatArg(t.mul(u, c));
    const root = t.float(numeric(() => mathImpl.sqrt(product)));
    return t.add(low, t.mul(t.sub(high, low), root));
  });
}

/** The Kinderman-Monahan loop of normalvariate: a standard normal deviate. */
function standardNormal(random: BoundRandom): number {
  for (;;) {
    const u1 = random.next();
    const u2 = 1.0 - random.next();
    const z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    const zz = (z * z) / 4.0;
    if (zz <= -mathImpl.log(u2)) return z;
  }
}

/** CPython 3.11: Random.normalvariate(self, mu=0.0, sigma=1.0) */
function Random_normalvariate(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [mu, sigma] = bindArgs('Random.normalvariate', args, kw, ['mu', 'sigma'], 2);
  const random = new BoundRandom(self);
  let z: number;
  try {
    z = standardNormal(random);
  } finally {
    random.release();
  }
  return affine(mu, z, sigma);
}

/** mu + z * sigma, with 0.0 and 1.0 for absent parameters. */
function affine(mu: PyObject | null, z: number, sigma: PyObject | null): PyObject {
  const m = mu === null ? 0.0 : isExactFloat(mu) ? mu.v : null;
  const s = sigma === null ? 1.0 : isExactFloat(sigma) ? sigma.v : null;
  if (m !== null && s !== null) return PyFloat_FromDouble(m + z * s);
  return evaluate((t) => t.add(mu ?? t.float(0.0), t.mul(t.float(z), sigma ?? t.float(1.0))));
}

/** CPython 3.11: Random.gauss(self, mu=0.0, sigma=1.0) (Box-Muller, the second value kept in gauss_next). */
function Random_gauss(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [mu, sigma] = bindArgs('Random.gauss', args, kw, ['mu', 'sigma'], 2);
  const random = new BoundRandom(self);
  let z: PyObject;
  try {
    z = getAttrString(self, 'gauss_next');
    try {
      setAttrString(self, 'gauss_next', Py_None);
      if (z === Py_None) {
        decref(z);
        const x2pi = random.next() * TWOPI;
        const g2rad = Math.sqrt(-2.0 * mathImpl.log(1.0 - random.next()));
        z = PyFloat_FromDouble(libm.cos(x2pi) * g2rad);
        const next = PyFloat_FromDouble(libm.sin(x2pi) * g2rad);
        try {
          setAttrString(self, 'gauss_next', next);
        } finally {
          decref(next);
        }
      }
    } catch (e) {
      decref(z);
      throw e;
    }
  } finally {
    random.release();
  }
  try {
    if (isExactFloat(z)) return affine(mu, z.v, sigma);
    return evaluate((t) => t.add(mu ?? t.float(0.0), t.mul(z, sigma ?? t.float(1.0))));
  } finally {
    decref(z);
  }
}

/** CPython 3.11: Random.lognormvariate(self, mu, sigma): exp(self.normalvariate(mu, sigma)) */
function Random_lognormvariate(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [mu, sigma] = bindArgs('Random.lognormvariate', args, kw, ['mu', 'sigma'], 0);
  const v = plainState(self) !== null ? affineNormal(self, mu!, sigma!) : callSelf(self, 'normalvariate', [mu!, sigma!]);
  try {
    const x = floatArg(v);
    return PyFloat_FromDouble(numeric(() => mathImpl.exp(x)));
  } finally {
    decref(v);
  }
}

function affineNormal(self: PyObject, mu: PyObject, sigma: PyObject): PyObject {
  const random = new BoundRandom(self);
  let z: number;
  try {
    z = standardNormal(random);
  } finally {
    random.release();
  }
  return affine(mu, z, sigma);
}

/** CPython 3.11: Random.expovariate(self, lambd): -log(1.0 - self.random()) / lambd */
function Random_expovariate(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [lambd] = bindArgs('Random.expovariate', args, kw, ['lambd'], 0);
  const x = -numeric(() => mathImpl.log(1.0 - randomOf(self)));
  return evaluate((t) => t.div(t.float(x), lambd!));
}

/** CPython 3.11: Random.vonmisesvariate(self, mu, kappa) */
function Random_vonmisesvariate(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [mu, kappa] = bindArgs('Random.vonmisesvariate', args, kw, ['mu', 'kappa'], 0);
  const random = new BoundRandom(self);
  try {
    return evaluate((t) => {
      if (le(kappa!, t.float(1e-6))) return t.float(TWOPI * random.next());
      const s = floatArg(t.div(t.float(0.5), kappa!));
      const r = s + Math.sqrt(1.0 + s * s);
      let z: number;
      for (;;) {
        const u1 = random.next();
        z = libm.cos(Math.PI * u1);
        const d = z / (r + z);
        const u2 = random.next();
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * numeric(() => mathImpl.exp(d))) break;
      }
      const q = 1.0 / r;
      const f = (q + z) / (1.0 + q * z);
      const u3 = random.next();
      const angle = t.float(numeric(() => mathImpl.acos(f)));
      const theta = u3 > 0.5 ? t.add(mu!, angle) : t.sub(mu!, angle);
      return t.rem(theta, t.float(TWOPI));
    });
  } finally {
    random.release();
  }
}

/** CPython 3.11: Random.gammavariate(self, alpha, beta) */
function Random_gammavariate(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [alpha, beta] = bindArgs('Random.gammavariate', args, kw, ['alpha', 'beta'], 0);
  return gammaImpl(self, alpha!, beta!);
}

function gammaImpl(self: PyObject, alpha: PyObject, beta: PyObject): PyObject {
  const random = new BoundRandom(self);
  try {
    return evaluate((t) => {
      const zero = t.float(0.0);
      if (le(alpha, zero) || le(beta, zero)) raise(PyExc_ValueError, 'gammavariate: alpha and beta must be > 0.0');
      const one = t.float(1.0);
      if (gt(alpha, one)) return t.mul(chengGamma(alpha, t, random), beta);
      if (eq(alpha, one)) return t.mul(t.float(-numeric(() => mathImpl.log(1.0 - random.next()))), beta); // expovariate(1/beta)
      return t.mul(kennedyGentleGamma(alpha, t, random), beta);
    });
  } finally {
    random.release();
  }
}

/** An exact int or float parameter as a double (the value Python's mixed arithmetic uses), else null. */
function plainNumber(o: PyObject): number | null {
  if (isExactFloat(o)) return o.v;
  if (o.ob_type === PyLong_Type) {
    const v = (o as PyLongObject).v;
    const x = Number(v);
    return Number.isFinite(x) ? x : null;
  }
  return null;
}

/**
 * gammavariate for alpha > 1: R.C.H. Cheng, "The generation of Gamma variables with
 * non-integral shape parameters" (1977). Returns x (before the scaling by beta), owned by t.
 */
function chengGamma(alpha: PyObject, t: Temps, random: BoundRandom): PyObject {
  const square = floatArg(t.sub(t.mul(t.float(2.0), alpha), t.float(1.0)));
  const ainv = numeric(() => mathImpl.sqrt(square));
  const a = plainNumber(alpha);
  if (a !== null) {
    const bbb = a - LOG4;
    const ccc = a + ainv;
    for (;;) {
      const u1 = random.next();
      if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - random.next();
      const v = numeric(() => mathImpl.log(u1 / (1.0 - u1))) / ainv;
      const x = a * numeric(() => mathImpl.exp(v));
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= numeric(() => mathImpl.log(z))) return t.float(x);
    }
  }
  // Other numbers take part in the arithmetic as Python objects.
  const bbb = t.sub(alpha, t.float(LOG4));
  const ccc = t.add(alpha, t.float(ainv));
  for (;;) {
    const u1 = random.next();
    if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
    const u2 = 1.0 - random.next();
    const v = numeric(() => mathImpl.log(u1 / (1.0 - u1))) / ainv;
    const step = new Temps();
    try {
      const x = step.mul(alpha, step.float(numeric(() => mathImpl.exp(v))));
      const z = u1 * u1 * u2;
      const r = step.sub(step.add(bbb, step.mul(ccc, step.float(v))), x);
      const test = step.sub(step.add(r, step.float(SG_MAGICCONST)), step.float(4.5 * z));
      if (ge(test, step.float(0.0)) || ge(r, step.float(numeric(() => mathImpl.log(z))))) return t.own(newref(x));
    } finally {
      step.release();
    }
  }
}

/**
 * gammavariate for 0 < alpha < 1: ALGORITHM GS of Statistical Computing (Kennedy & Gentle),
 * with alpha in Python arithmetic. Returns x, owned by t.
 */
function kennedyGentleGamma(alpha: PyObject, t: Temps, random: BoundRandom): PyObject {
  for (;;) {
    const step = new Temps();
    try {
      const u = random.next();
      const e = step.float(Math.E);
      const b = step.div(step.add(e, alpha), e);
      const p = step.mul(b, step.float(u));
      const one = step.float(1.0);
      let x: PyObject;
      if (le(p, one)) x = step.pow(p, step.div(one, alpha));
      else {
        const q = floatArg(step.div(step.sub(b, p), alpha));
        x = step.float(-numeric(() => mathImpl.log(q)));
      }
      const u1 = step.float(random.next());
      let accept: boolean;
      if (gt(p, one)) accept = le(u1, step.pow(x, step.sub(alpha, one)));
      else {
        const negx = floatArg(step.neg(x));
        accept = (u1 as PyFloatObject).v <= numeric(() => mathImpl.exp(negx));
      }
      if (accept) return t.own(newref(x));
    } finally {
      step.release();
    }
  }
}

/** CPython 3.11: Random.betavariate(self, alpha, beta) */
function Random_betavariate(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [alpha, beta] = bindArgs('Random.betavariate', args, kw, ['alpha', 'beta'], 0);
  const plain = plainState(self) !== null;
  const gamma = (shape: PyObject, t: Temps): PyObject => {
    const one = t.float(1.0);
    return t.own(plain ? gammaImpl(self, shape, one) : callSelf(self, 'gammavariate', [shape, one]));
  };
  return evaluate((t) => {
    const y = gamma(alpha!, t);
    if (PyObject_IsTrue(y)) return t.div(y, t.add(y, gamma(beta!, t)));
    return t.float(0.0);
  });
}

/** CPython 3.11: Random.paretovariate(self, alpha): (1.0 - self.random()) ** (-1.0 / alpha) */
function Random_paretovariate(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [alpha] = bindArgs('Random.paretovariate', args, kw, ['alpha'], 0);
  const u = 1.0 - randomOf(self);
  return evaluate((t) => t.pow(t.float(u), t.div(t.float(-1.0), alpha!)));
}

/** CPython 3.11: Random.weibullvariate(self, alpha, beta): alpha * (-log(u)) ** (1.0 / beta) */
function Random_weibullvariate(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [alpha, beta] = bindArgs('Random.weibullvariate', args, kw, ['alpha', 'beta'], 0);
  const u = 1.0 - randomOf(self);
  return evaluate((t) => {
    const base = t.float(-numeric(() => mathImpl.log(u)));
    return t.mul(alpha!, t.pow(base, t.div(t.float(1.0), beta!)));
  });
}

/** The methods of random.Random, in the order of Lib/random.py's class body. */
function randomClassMethods(): MethodDef[] {
  return [
    { name: '__init__', fn: Random_init },
    { name: 'seed', fn: Random_seed },
    { name: 'getstate', fn: Random_getstate },
    { name: 'setstate', fn: Random_setstate },
    { name: '__getstate__', fn: Random_getstate_dunder },
    { name: '__setstate__', fn: Random_setstate_dunder },
    { name: '__reduce__', fn: Random_reduce },
    { name: '__init_subclass__', fn: Random_init_subclass, kind: 'class' },
    { name: '_randbelow_with_getrandbits', fn: Random_randbelow_with_getrandbits },
    { name: '_randbelow_without_getrandbits', fn: Random_randbelow_without_getrandbits },
    { name: 'randbytes', fn: Random_randbytes },
    { name: 'randrange', fn: Random_randrange },
    { name: 'randint', fn: Random_randint },
    { name: 'choice', fn: Random_choice },
    { name: 'shuffle', fn: Random_shuffle },
    { name: 'sample', fn: Random_sample },
    { name: 'choices', fn: Random_choices },
    { name: 'uniform', fn: Random_uniform },
    { name: 'triangular', fn: Random_triangular },
    { name: 'normalvariate', fn: Random_normalvariate },
    { name: 'gauss', fn: Random_gauss },
    { name: 'lognormvariate', fn: Random_lognormvariate },
    { name: 'expovariate', fn: Random_expovariate },
    { name: 'vonmisesvariate', fn: Random_vonmisesvariate },
    { name: 'gammavariate', fn: Random_gammavariate },
    { name: 'betavariate', fn: Random_betavariate },
    { name: 'paretovariate', fn: Random_paretovariate },
    { name: 'weibullvariate', fn: Random_weibullvariate },
  ];
}

// ---------------------------------------------------------------------------------------------
// random.SystemRandom (Lib/random.py class SystemRandom)

/**
 * os.urandom(n). NON-CPYTHON: there is no operating system underneath; the bytes come from
 * crypto.getRandomValues (Math.random where that is missing).
 */
function urandom(n: number): Uint8Array {
  const out = new Uint8Array(n);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  for (let off = 0; off < n; off += 65536) {
    const part = out.subarray(off, Math.min(n, off + 65536));
    if (c?.getRandomValues) c.getRandomValues(part);
    else for (let i = 0; i < part.length; i++) part[i] = Math.floor(Math.random() * 256);
  }
  return out;
}

/** CPython 3.11: SystemRandom.random(self): (int.from_bytes(_urandom(7)) >> 3) * RECIP_BPF */
function SystemRandom_random(_self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  bindArgs('SystemRandom.random', args, kw, [], 0);
  const b = urandom(7);
  let x = 0;
  for (let i = 0; i < 7; i++) x = x * 256 + b[i];
  return PyFloat_FromDouble(Math.floor(x / 8) * RECIP_BPF);
}

/** CPython 3.11: SystemRandom.getrandbits(self, k) */
function SystemRandom_getrandbits(_self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [kObj] = bindArgs('SystemRandom.getrandbits', args, kw, ['k'], 0);
  const k = PyNumber_IndexValue(kObj!);
  if (k < 0) raise(PyExc_ValueError, 'number of bits must be non-negative');
  const numbytes = Math.floor((Number(k) + 7) / 8);
  const x = bytesToBigBE(urandom(numbytes));
  return PyLong_FromValue(normBig(x >> BigInt(numbytes * 8 - Number(k))));
}

/** CPython 3.11: SystemRandom.randbytes(self, n): _urandom(n) */
function SystemRandom_randbytes(_self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [nObj] = bindArgs('SystemRandom.randbytes', args, kw, ['n'], 0);
  const n = PyNumber_IndexValue(nObj!);
  if (n < 0) raise(PyExc_ValueError, 'negative argument not allowed');
  if (typeof n === 'bigint') raise(PyExc_OverflowError, 'Python int too large to convert to C ssize_t');
  return PyBytes_FromBytes(urandom(n));
}

/** CPython 3.11: SystemRandom.seed(self, *args, **kwds): a stub. */
function SystemRandom_seed(): PyObject {
  return newref(Py_None);
}

/** CPython 3.11: SystemRandom._notimplemented (getstate and setstate). */
function SystemRandom_notimplemented(): PyObject {
  raise(PyExc_NotImplementedError, 'System entropy source does not have state.');
}

function systemRandomMethods(): MethodDef[] {
  return [
    { name: 'random', fn: SystemRandom_random },
    { name: 'getrandbits', fn: SystemRandom_getrandbits },
    { name: 'randbytes', fn: SystemRandom_randbytes },
    { name: 'seed', fn: SystemRandom_seed },
    { name: '_notimplemented', fn: SystemRandom_notimplemented },
  ];
}

// ---------------------------------------------------------------------------------------------
// The modules

const RANDOM_DOC = "Random number generator base class used by bound module functions.\n\n    Used to instantiate instances of Random to get generators that don't\n    share state.\n\n    Class Random can also be subclassed if you want to use a different basic\n    generator of your own devising: in that case, override the following\n    methods:  random(), seed(), getstate(), and setstate().\n    Optionally, implement a getrandbits() method so that randrange()\n    can cover arbitrarily large ranges.\n\n    ";
const SYSTEM_RANDOM_DOC = 'Alternate random number generator using sources provided\n    by the operating system (such as /dev/urandom on Unix or\n    CryptGenRandom on Windows).\n\n     Not available on all systems (see os.urandom() for details).\n\n    ';
const MODULE_DOC = 'Random variable generators.\n\n    bytes\n    -----\n           uniform bytes (values between 0 and 255)\n\n    integers\n    --------\n           uniform within range\n\n    sequences\n    ---------\n           pick random element\n           pick random sample\n           pick weighted random sample\n           generate random permutation\n\n    distributions on the real line:\n    ------------------------------\n           uniform\n           triangular\n           normal (Gaussian)\n           lognormal\n           negative exponential\n           gamma\n           beta\n           pareto\n           Weibull\n\n    distributions on the circle (angles 0 to 2pi)\n    ---------------------------------------------\n           circular uniform\n           von Mises\n\nGeneral notes on the underlying Mersenne Twister core generator:\n\n* The period is 2**19937-1.\n* It is one of the most extensively tested generators in existence.\n* The random() method is implemented in C, executes in a single Python step,\n  and is, therefore, threadsafe.\n\n';

const ALL = [
  'Random', 'SystemRandom', 'betavariate', 'choice', 'choices', 'expovariate', 'gammavariate', 'gauss', 'getrandbits',
  'getstate', 'lognormvariate', 'normalvariate', 'paretovariate', 'randbytes', 'randint', 'random', 'randrange', 'sample',
  'seed', 'setstate', 'shuffle', 'triangular', 'uniform', 'vonmisesvariate', 'weibullvariate',
];

/** The names bound to the hidden instance's methods, in Lib/random.py's order. */
const BOUND = [
  'seed', 'random', 'uniform', 'triangular', 'randint', 'choice', 'randrange', 'sample', 'shuffle', 'choices',
  'normalvariate', 'lognormvariate', 'expovariate', 'vonmisesvariate', 'gammavariate', 'gauss', 'betavariate',
  'paretovariate', 'weibullvariate', 'getstate', 'setstate', 'getrandbits', 'randbytes',
];

function setItem(d: PyDictObject, name: string, value: PyObject): void {
  PyDict_SetItem(d, internString(name), value);
  decref(value);
}

/** A class deriving from `base` (type_new) whose dict holds the given methods as descriptors of `owner`. */
function makeClass(name: string, base: PyTypeObject, owner: PyTypeObject, doc: string, methods: MethodDef[], extra: (d: PyDictObject) => void): PyTypeObject {
  const d = PyDict_New();
  try {
    setItem(d, '__module__', PyUnicode_FromString('random'));
    setItem(d, '__qualname__', PyUnicode_FromString(name));
    setItem(d, '__doc__', PyUnicode_FromString(doc));
    extra(d);
    for (const def of methods) setItem(d, def.name, PyDescr_NewMethod(owner, def));
    return typeNew(PyType_Type, name, [base], d, null, []);
  } finally {
    decref(d);
  }
}

/** Lib/random.py's class Random(_random.Random). */
function makeRandomClass(): PyTypeObject {
  return makeClass('Random', PyRandom_Type, PyRandom_Type, RANDOM_DOC, randomClassMethods(), (d) => {
    setItem(d, 'VERSION', PyLong_FromValue(3));
  });
}

/** Lib/random.py's class SystemRandom(Random). */
function makeSystemRandomClass(random: PyTypeObject): PyTypeObject {
  const cls = makeClass('SystemRandom', random, random, SYSTEM_RANDOM_DOC, systemRandomMethods(), () => {});
  // getstate = setstate = _notimplemented
  const d = cls.tp_dict as PyDictObject;
  const f = PyDict_GetItemWithError(d, internString('_notimplemented'))!;
  PyDict_SetItem(d, internString('getstate'), f);
  PyDict_SetItem(d, internString('setstate'), f);
  return cls;
}

/**
 * _random.Random is readied with the other static types at start-up; this covers a module made
 * before that. NON-CPYTHON: its __doc__ is None (a static type's dict outlives the interpreter
 * that readied it, so it is not written to here, and static types have no tp_doc).
 */
function readyRandomType(): void {
  PyType_Ready(PyRandom_Type);
}

/**
 * The `_random` module: the C type alone (CPython 3.11: Modules/_randommodule.c).
 * Register as builtinModules.set('_random', make_randomModule).
 */
export function make_randomModule(): PyModuleObject {
  readyRandomType();
  const m = PyModule_New('_random');
  moduleSetSteal(m, '__doc__', PyUnicode_FromString('Module implements the Mersenne Twister random number generator.'));
  moduleSet(m, 'Random', PyRandom_Type);
  return m;
}

/** What Lib/random.py imports from math, and _random, under its private names (when they can be imported). */
const MATH_ALIASES: [string, string][] = [
  ['_log', 'log'], ['_exp', 'exp'], ['_pi', 'pi'], ['_e', 'e'], ['_ceil', 'ceil'], ['_sqrt', 'sqrt'], ['_acos', 'acos'],
  ['_cos', 'cos'], ['_sin', 'sin'], ['_floor', 'floor'], ['_isfinite', 'isfinite'],
];

function bindImports(m: PyModuleObject): void {
  const math = importOptional('math');
  if (math !== null) {
    try {
      for (const [alias, name] of MATH_ALIASES) moduleSetSteal(m, alias, getAttrString(math, name));
    } finally {
      decref(math);
    }
  }
  const c = importOptional('_random');
  if (c !== null) moduleSetSteal(m, '_random', c);
}

/** import name, or null when the kernel does not have that module. */
function importOptional(name: string): PyObject | null {
  try {
    return importModule(name, null, null);
  } catch (e) {
    if (!isExc(e, PyExc_ImportError)) throw e;
    decref(e.exc);
    return null;
  }
}

/**
 * The `random` module (Lib/random.py): the constants, the classes, the hidden instance `_inst`
 * seeded from entropy, and its bound methods as the module-level functions.
 */
export function makeRandomModule(): PyModuleObject {
  readyRandomType();
  NV_MAGICCONST = (4 * mathImpl.exp(-0.5)) / mathImpl.sqrt(2.0);
  LOG4 = mathImpl.log(4.0);
  SG_MAGICCONST = 1.0 + mathImpl.log(4.5);
  const m = PyModule_New('random');
  moduleSetSteal(m, '__doc__', PyUnicode_FromString(MODULE_DOC));
  bindImports(m);
  moduleSetSteal(m, '__all__', listFromArraySteal(ALL.map((n) => PyUnicode_FromString(n))));
  moduleSetSteal(m, 'NV_MAGICCONST', PyFloat_FromDouble(NV_MAGICCONST));
  moduleSetSteal(m, 'LOG4', PyFloat_FromDouble(LOG4));
  moduleSetSteal(m, 'SG_MAGICCONST', PyFloat_FromDouble(SG_MAGICCONST));
  moduleSetSteal(m, 'BPF', PyLong_FromValue(BPF));
  moduleSetSteal(m, 'RECIP_BPF', PyFloat_FromDouble(RECIP_BPF));
  moduleSetSteal(m, '_ONE', PyLong_FromValue(1));
  moduleSetSteal(m, 'TWOPI', PyFloat_FromDouble(TWOPI));
  const random = makeRandomClass();
  // _randbelow = _randbelow_with_getrandbits: one object under both names.
  const rd = random.tp_dict as PyDictObject;
  PyDict_SetItem(rd, internString('_randbelow'), PyDict_GetItemWithError(rd, internString('_randbelow_with_getrandbits'))!);
  PyType_Modified(random);
  moduleSetSteal(m, 'Random', random);
  moduleSetSteal(m, 'SystemRandom', makeSystemRandomClass(random));
  plainType = random;
  plainTag = random.versionTag;
  const inst = PyObject_Call(random, [], null);
  moduleSetSteal(m, '_inst', inst);
  for (const name of BOUND) moduleSetSteal(m, name, getAttrString(inst, name));
  return m;
}
