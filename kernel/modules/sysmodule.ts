/**
 * The sys module and the standard streams.
 * CPython 3.11: Python/sysmodule.c, Modules/_io (TextIOWrapper's write, reduced to what the
 * kernel's hosts need).
 */
import { type MethodDef, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from '../objects/pyobject.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { allocObjectMemory } from '../memory/heap.ts';
import { raise, raiseObject } from '../vm/errors.ts';
import {
  PyExc_SystemExit, PyExc_TypeError, PyExc_ValueError, newExceptionOfType, setField, PyBaseExceptionObject,
} from '../objects/exceptions.ts';
import { PyObject_Repr, PyObject_Str, Py_None, none, reprString } from '../objects/object.ts';
import { PyObject_Call, callMethod } from '../objects/abstract.ts';
import { PyUnicodeObject, PyUnicode_FromString, PyUnicode_InternInPlace, PyUnicode_Type, internString } from '../objects/unicodeobject.ts';
import { PyLongObject, PyLong_FromNumber, PyLong_FromValue } from '../objects/longobject.ts';
import { PyFloat_FromDouble } from '../objects/floatobject.ts';
import { emptyTupleRef, tupleFromArray, tupleFromArraySteal, PyTupleObject, PyTuple_Type } from '../objects/tupleobject.ts';
import { PyDictObject, PyDict_GetItemWithError, PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { listFromArraySteal } from '../objects/listobject.ts';
import { PyModuleObject, PyModule_New, addFunctions, moduleSet, moduleSetSteal } from '../objects/moduleobject.ts';
import { tstate } from '../vm/state.ts';
import { lookupStr, PyType_Ready } from '../objects/typeobject.ts';
import { unpackArgs, noKeywords, checkPositional } from '../objects/getargs.ts';
import { currentFrame } from '../vm/ceval.ts';
import { getFrameObject } from '../vm/frame.ts';
import { formatException } from '../vm/traceback.ts';
import type { KernelOutput } from '../host/interpreter.ts';
import { Py_True, Py_False } from '../objects/boolobject.ts';
import { getAllocator } from '../memory/heap.ts';

// ---------------------------------------------------------------------------------------------
// Standard streams
// ---------------------------------------------------------------------------------------------

export const PyTextIO_Type: PyTypeObject = registerStaticType(newStaticType('_io.TextIOWrapper', 48, 0, TPFlags.BASETYPE));

export class PyTextIOObject extends PyObject {
  fd: 1 | 2 | 0;
  name: string;
  constructor(fd: 0 | 1 | 2, name: string) {
    super(PyTextIO_Type);
    this.fd = fd;
    this.name = name;
  }
}

/** Where the streams write (the host's output callback). */
let output: KernelOutput = () => {};
export function setOutput(w: KernelOutput): void {
  output = w;
}

export function writeStderr(text: string): void {
  output(2, text);
}

PyTextIO_Type.methods = [
  {
    name: 'write',
    fn: (self, args, kw) => {
      noKeywords('write', kw);
      checkPositional('write', args.length, 1, 1);
      const s = args[0];
      if (!(s instanceof PyUnicodeObject)) raise(PyExc_TypeError, `write() argument must be str, not ${s.ob_type.tp_name}`);
      const io = self as PyTextIOObject;
      if (io.fd === 0) raise(PyExc_ValueError, 'not writable');
      output(io.fd, s.s);
      return PyLong_FromNumber(s.length);
    },
  },
  { name: 'flush', fn: () => none() },
  { name: 'fileno', fn: (self) => PyLong_FromNumber((self as PyTextIOObject).fd) },
  { name: 'isatty', fn: () => newref(Py_False) },
  { name: 'writable', fn: (self) => newref((self as PyTextIOObject).fd !== 0 ? Py_True : Py_False) },
  { name: 'readable', fn: (self) => newref((self as PyTextIOObject).fd === 0 ? Py_True : Py_False) },
  { name: 'readline', fn: () => PyUnicode_FromString('') },
  { name: 'read', fn: () => PyUnicode_FromString('') },
];
PyTextIO_Type.getsets = [
  { name: 'encoding', get: () => PyUnicode_FromString('utf-8') },
  { name: 'errors', get: (self) => PyUnicode_FromString((self as PyTextIOObject).fd === 2 ? 'backslashreplace' : 'strict') },
  { name: 'name', get: (self) => PyUnicode_FromString((self as PyTextIOObject).name) },
  { name: 'closed', get: () => newref(Py_False) },
];
PyTextIO_Type.tp_repr = (o) => {
  const io = o as PyTextIOObject;
  return PyUnicode_FromString(`<_io.TextIOWrapper name='${io.name}' mode='${io.fd === 0 ? 'r' : 'w'}' encoding='utf-8'>`);
};

function newStream(fd: 0 | 1 | 2, name: string): PyTextIOObject {
  const s = new PyTextIOObject(fd, name);
  allocObjectMemory(s, 48, 0);
  return s;
}

// ---------------------------------------------------------------------------------------------
// Functions
// ---------------------------------------------------------------------------------------------

let sysModule: PyModuleObject | null = null;

/** sys.<name>, borrowed, or null. */
export function sysGet(name: string): PyObject | null {
  if (sysModule === null) return null;
  return dictGet(sysModule.dict, name);
}

function dictGet(d: PyDictObject, name: string): PyObject | null {
  return PyDict_GetItemWithError(d, internString(name));
}

/** CPython 3.11: Python/sysmodule.c _PySys_GetSizeOf: __sizeof__() plus the pre-header. */
export function getSizeOf(o: PyObject): number {
  const method = lookupStr(o.ob_type, '__sizeof__');
  if (method === null) raise(PyExc_TypeError, `Type ${o.ob_type.tp_name} doesn't define __sizeof__`);
  incref(method);
  let res: PyObject;
  try {
    const get = method.ob_type.tp_descr_get;
    const bound = get === null ? newref(method) : get(method, o, o.ob_type);
    try {
      res = PyObject_Call(bound, [], null);
    } finally {
      decref(bound);
    }
  } finally {
    decref(method);
  }
  if (!(res instanceof PyLongObject)) {
    decref(res);
    raise(PyExc_TypeError, 'an integer is required');
  }
  const size = Number(res.v);
  decref(res);
  if (size < 0) raise(PyExc_ValueError, '__sizeof__() should return >= 0');
  const t = o.ob_type;
  let pre = 0;
  if (t.tp_flags & TPFlags.HAVE_GC) pre += 16;
  if (t.tp_flags & TPFlags.MANAGED_DICT) pre += 16;
  return size + pre;
}

/** The exit status SystemExit(code) asks for, printing a non-integer code to stderr. */
export function systemExitStatus(exc: PyBaseExceptionObject): number {
  const code = exc.fields?.get('code') ?? (exc.args.items.length === 1 ? exc.args.items[0] : exc.args.items.length === 0 ? Py_None : exc.args);
  if (code === Py_None) return 0;
  if (code instanceof PyLongObject) return Number(BigInt.asIntN(32, BigInt(code.v))) & 0xff;
  const s = PyObject_Str(code);
  output(2, s.s + '\n');
  decref(s);
  return 1;
}

function sys_exit(_self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKeywords('exit', kw);
  checkPositional('exit', args.length, 0, 1);
  const arg = args.length ? args[0] : Py_None;
  const exc = newExceptionOfType(PyExc_SystemExit, args.length ? tupleFromArray([arg]) : emptyTupleRef());
  setField(exc, 'code', arg);
  raiseObject(exc);
}

/** The displayhook of the REPL: print repr(value) and set builtins._ (sys.displayhook). */
export function displayhook(value: PyObject): void {
  if (value === Py_None) return;
  const b = builtinsForDisplay;
  if (b !== null) PyDict_SetItem(b, internString('_'), Py_None);
  const r = PyObject_Repr(value);
  const stdout = sysGet('stdout');
  try {
    if (stdout !== null && stdout !== Py_None) {
      decref(callMethod(stdout, 'write', [r]));
      const nl = PyUnicode_FromString('\n');
      decref(callMethod(stdout, 'write', [nl]));
      decref(nl);
    }
  } finally {
    decref(r);
  }
  if (b !== null) PyDict_SetItem(b, internString('_'), value);
}

let builtinsForDisplay: PyDictObject | null = null;

/** sys.excepthook: print the exception with its traceback to sys.stderr. */
export function excepthook(exc: PyObject): void {
  const text = formatException(exc);
  const stderr = sysGet('stderr');
  if (stderr instanceof PyTextIOObject || stderr === null || stderr === Py_None) {
    output(2, text);
    return;
  }
  const s = PyUnicode_FromString(text);
  try {
    decref(callMethod(stderr, 'write', [s]));
  } finally {
    decref(s);
  }
}

const sysFunctions: MethodDef[] = [
  {
    name: 'getrefcount',
    fn: (_s, args, kw) => {
      noKeywords('getrefcount', kw);
      if (args.length !== 1) raise(PyExc_TypeError, `getrefcount() takes exactly one argument (${args.length} given)`);
      return PyLong_FromNumber(args[0].ob_refcnt);
    },
  },
  {
    name: 'getsizeof',
    fn: (_s, args, kwnames) => {
      const a = unpackArgs('getsizeof', args, kwnames, ['object', 'default'], 1);
      try {
        return PyLong_FromNumber(getSizeOf(a[0]!));
      } catch (e) {
        if (a[1] !== null && e instanceof (e as { constructor: never }).constructor) {
          const err = e as { exc?: PyObject };
          if (err.exc && err.exc.ob_type === PyExc_TypeError) {
            decref(err.exc);
            return newref(a[1]);
          }
        }
        throw e;
      }
    },
  },
  {
    name: 'intern',
    fn: (_s, args, kw) => {
      noKeywords('intern', kw);
      checkPositional('intern', args.length, 1, 1);
      const s = args[0];
      if (s.ob_type !== PyUnicode_Type) raise(PyExc_TypeError, `intern() argument must be str, not ${s.ob_type.tp_name}`);
      incref(s);
      return PyUnicode_InternInPlace(s as PyUnicodeObject);
    },
  },
  { name: 'exit', fn: sys_exit },
  { name: 'getrecursionlimit', fn: () => PyLong_FromNumber(tstate.recursionLimit) },
  {
    name: 'setrecursionlimit',
    fn: (_s, args, kw) => {
      noKeywords('setrecursionlimit', kw);
      checkPositional('setrecursionlimit', args.length, 1, 1);
      const v = args[0];
      if (!(v instanceof PyLongObject)) raise(PyExc_TypeError, `'${v.ob_type.tp_name}' object cannot be interpreted as an integer`);
      const n = Number(v.v);
      if (n < 1) raise(PyExc_ValueError, 'recursion limit must be greater or equal than 1');
      if (n <= tstate.recursionDepth) {
        raise(errTypes.recursion(), `cannot set the recursion limit to ${n} at the recursion depth ${tstate.recursionDepth}: the limit is too low`);
      }
      tstate.recursionLimit = n;
      return none();
    },
  },
  {
    name: 'exc_info',
    fn: () => {
      const cur = tstate.excInfo.length ? tstate.excInfo[tstate.excInfo.length - 1] : null;
      if (cur === null || cur === Py_None) return tupleFromArray([Py_None, Py_None, Py_None]);
      const tb = (cur as PyBaseExceptionObject).traceback ?? Py_None;
      return tupleFromArray([cur.ob_type, cur, tb]);
    },
  },
  {
    name: 'exception',
    fn: () => {
      const cur = tstate.excInfo.length ? tstate.excInfo[tstate.excInfo.length - 1] : null;
      return newref(cur ?? Py_None);
    },
  },
  {
    name: '_getframe',
    fn: (_s, args) => {
      let depth = args.length ? Number((args[0] as PyLongObject).v) : 0;
      let f = currentFrame;
      while (depth > 0 && f !== null) {
        f = f.previous;
        depth--;
      }
      if (f === null) raise(PyExc_ValueError, 'call stack is not deep enough');
      return newref(getFrameObject(f));
    },
  },
  { name: 'getdefaultencoding', fn: () => PyUnicode_FromString('utf-8') },
  { name: 'getfilesystemencoding', fn: () => PyUnicode_FromString('utf-8') },
  { name: 'getallocatedblocks', fn: () => PyLong_FromNumber(allocatedBlocks()) },
  {
    name: 'displayhook',
    fn: (_s, args) => {
      displayhook(args[0]);
      return none();
    },
  },
  {
    name: 'excepthook',
    fn: (_s, args) => {
      excepthook(args[1]);
      return none();
    },
  },
  { name: 'get_int_max_str_digits', fn: () => PyLong_FromNumber(4300) },
  { name: 'set_int_max_str_digits', fn: () => none() },
];

let allocatedBlocks: () => number = () => {
  const a = getAllocator() as { allocatedBlocks?: () => number };
  return a.allocatedBlocks ? a.allocatedBlocks() : 0;
};
export function setAllocatedBlocksFn(f: () => number): void {
  allocatedBlocks = f;
}

const errTypes = { recursion: (): PyTypeObject => PyExc_ValueError };
export function setRecursionErrorTypeForSys(f: () => PyTypeObject): void {
  errTypes.recursion = f;
}

// ---------------------------------------------------------------------------------------------
// sys.version_info and friends: tuple subclasses with named fields (structseq)
// ---------------------------------------------------------------------------------------------

/** CPython 3.11: Objects/structseq.c — a tuple type with named fields. */
export function makeStructSeqType(name: string, fields: string[]): PyTypeObject {
  const t = registerStaticType(newStaticType(name, 24, 8, TPFlags.TUPLE_SUBCLASS | TPFlags.HAVE_GC, null));
  t.tp_base = PyTuple_Type;
  t.getsets = fields.map((f, i) => ({ name: f, get: (o: PyObject) => newref((o as PyTupleObject).items[i]) }));
  t.tp_repr = (o) => {
    const items = (o as PyTupleObject).items;
    return PyUnicode_FromString(`${name}(${fields.map((f, i) => `${f}=${reprString(items[i])}`).join(', ')})`);
  };
  PyType_Ready(t);
  return t;
}

export function makeStructSeq(t: PyTypeObject, items: PyObject[]): PyTupleObject {
  return structSeq(t, items);
}

function structSeq(t: PyTypeObject, items: PyObject[]): PyTupleObject {
  const o = new PyTupleObject(t, items);
  allocObjectMemory(o, 24 + 8 * items.length, 16);
  return o;
}

let versionInfoType: PyTypeObject | null = null;
let hashInfoType: PyTypeObject | null = null;
let floatInfoType: PyTypeObject | null = null;
let intInfoType: PyTypeObject | null = null;

export const VERSION = '3.11.7 (main, Heapbook kernel) [TypeScript]';

/** Creates the sys module (argv given by the host). */
export function makeSysModule(argv: string[], modules: PyDictObject, builtinsDict: PyDictObject): PyModuleObject {
  const m = PyModule_New('sys');
  sysModule = m;
  builtinsForDisplay = builtinsDict;
  addFunctions(m, sysFunctions);
  moduleSetSteal(m, 'argv', listFromArraySteal(argv.map((a) => PyUnicode_FromString(a))));
  moduleSetSteal(m, 'orig_argv', listFromArraySteal(['python3', ...argv].map((a) => PyUnicode_FromString(a))));
  moduleSetSteal(m, 'version', PyUnicode_FromString(VERSION));
  if (versionInfoType === null) {
    versionInfoType = makeStructSeqType('sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
  }
  moduleSetSteal(m, 'version_info', structSeq(versionInfoType, [
    PyLong_FromNumber(3), PyLong_FromNumber(11), PyLong_FromNumber(7), PyUnicode_FromString('final'), PyLong_FromNumber(0),
  ]));
  moduleSetSteal(m, 'hexversion', PyLong_FromNumber(0x030b07f0));
  if (hashInfoType === null) {
    hashInfoType = makeStructSeqType('sys.hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']);
    floatInfoType = makeStructSeqType('sys.float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
    intInfoType = makeStructSeqType('sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']);
  }
  moduleSetSteal(m, 'hash_info', structSeq(hashInfoType, [
    PyLong_FromNumber(64), PyLong_FromValue(2n ** 61n - 1n), PyLong_FromNumber(314159), PyLong_FromNumber(0),
    PyLong_FromNumber(1000003), PyUnicode_FromString('siphash13'), PyLong_FromNumber(64), PyLong_FromNumber(128), PyLong_FromNumber(0),
  ]));
  moduleSetSteal(m, 'float_info', structSeq(floatInfoType!, [
    PyFloat_FromDouble(Number.MAX_VALUE), PyLong_FromNumber(1024), PyLong_FromNumber(308), PyFloat_FromDouble(2.2250738585072014e-308),
    PyLong_FromNumber(-1021), PyLong_FromNumber(-307), PyLong_FromNumber(15), PyLong_FromNumber(53), PyFloat_FromDouble(Number.EPSILON),
    PyLong_FromNumber(2), PyLong_FromNumber(1),
  ]));
  moduleSetSteal(m, 'int_info', structSeq(intInfoType!, [
    PyLong_FromNumber(30), PyLong_FromNumber(4), PyLong_FromNumber(4300), PyLong_FromNumber(640),
  ]));
  moduleSetSteal(m, 'platform', PyUnicode_FromString('linux'));
  moduleSetSteal(m, 'byteorder', PyUnicode_FromString('little'));
  moduleSetSteal(m, 'maxsize', PyLong_FromValue(2n ** 63n - 1n));
  moduleSetSteal(m, 'maxunicode', PyLong_FromNumber(0x10ffff));
  moduleSetSteal(m, 'executable', PyUnicode_FromString('/usr/local/bin/python3'));
  moduleSetSteal(m, 'prefix', PyUnicode_FromString('/usr/local'));
  moduleSetSteal(m, 'path', listFromArraySteal([]));
  moduleSetSteal(m, 'builtin_module_names', tupleFromArraySteal(['builtins', 'sys', 'gc', 'math', 'time'].map((s) => PyUnicode_FromString(s))));
  moduleSet(m, 'modules', modules);
  moduleSetSteal(m, 'implementation', PyUnicode_FromString('cpython'));
  const stdout = newStream(1, '<stdout>');
  const stderr = newStream(2, '<stderr>');
  const stdin = newStream(0, '<stdin>');
  for (const [n, s] of [['stdout', stdout], ['stderr', stderr], ['stdin', stdin], ['__stdout__', stdout], ['__stderr__', stderr], ['__stdin__', stdin]] as const) {
    moduleSet(m, n, s);
  }
  decref(stdout);
  decref(stderr);
  decref(stdin);
  const dh = dictGet(m.dict, 'displayhook')!;
  moduleSet(m, '__displayhook__', dh);
  const eh = dictGet(m.dict, 'excepthook')!;
  moduleSet(m, '__excepthook__', eh);
  return m;
}

export { PyDict_New, Py_True, PyObject_Str };
