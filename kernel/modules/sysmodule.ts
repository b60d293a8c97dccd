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
  PyExc_NotImplementedError, PyExc_SystemExit, PyExc_TypeError, PyExc_ValueError, newExceptionOfType, setField, PyBaseExceptionObject,
} from '../objects/exceptions.ts';
import { PyObject_Repr, PyObject_Str, Py_None, none, reprString } from '../objects/object.ts';
import { PyObject_Call, callMethod } from '../objects/abstract.ts';
import { PyUnicodeObject, PyUnicode_FromString, PyUnicode_InternInPlace, PyUnicode_Type, internString } from '../objects/unicodeobject.ts';
import { PyLongObject, PyLong_FromNumber, PyLong_FromSsize_t, PyLong_FromValue } from '../objects/longobject.ts';
import { PyFloatObject, PyFloat_FromDouble } from '../objects/floatobject.ts';
import { emptyTupleRef, tupleFromArray, tupleFromArraySteal, PyTupleObject, PyTuple_Type } from '../objects/tupleobject.ts';
import { PyDictObject, PyDict_GetItemWithError, PyDict_New, PyDict_SetItem } from '../objects/dictobject.ts';
import { listFromArraySteal } from '../objects/listobject.ts';
import { PyModuleObject, PyModule_New, addFunctions, moduleSet, moduleSetSteal } from '../objects/moduleobject.ts';
import { tstate } from '../vm/state.ts';
import { lookupStr, PyType_Ready } from '../objects/typeobject.ts';
import { unpackArgs, noKeywords, checkPositional } from '../objects/getargs.ts';
import { currentFrame } from '../vm/ceval.ts';
import { getFrameObject, previousPythonFrame } from '../vm/frame.ts';
import { formatException } from '../vm/traceback.ts';
import { Py_False, Py_True } from '../objects/boolobject.ts';
import { PyTextIOObject, PyTextIO_Type, newStream, setOutput, writeDirect, writeStderr, writeflush } from './textio.ts';
import { PyErr } from '../vm/errors.ts';
import { getAllocator } from '../memory/heap.ts';
import { ObjectAllocator } from '../memory/obmalloc.ts';
import { debugAllocatorStats } from '../memory/debugmallocstats.ts';
import { dictFreeListLength } from '../objects/dictobject.ts';
import { floatFreeListLength } from '../objects/floatobject.ts';
import { listFreeListLength } from '../objects/listobject.ts';
import { tupleFreeListLengths } from '../objects/tupleobject.ts';

// ---------------------------------------------------------------------------------------------
// Standard streams (kernel/modules/textio.ts)
// ---------------------------------------------------------------------------------------------

export { PyTextIOObject, PyTextIO_Type, setOutput, writeStderr };

/** Which of the standard streams are terminals (isatty(); a terminal's stdout is line-buffered). */
export interface StdioTerminals {
  stdin?: boolean;
  stdout?: boolean;
  stderr?: boolean;
}

/**
 * CPython 3.11: Python/pylifecycle.c flush_std_files: sys.stdout.flush(), then
 * sys.stderr.flush() (a failure of stdout's is reported as unraisable, stderr's is ignored).
 */
export function flushStdFiles(): void {
  for (const name of ['stdout', 'stderr']) {
    const f = sysGet(name);
    if (f === null || f === Py_None) continue;
    try {
      decref(callMethod(f, 'flush', []));
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      if (name === 'stdout') unraisableHook(e.exc, f);
      else decref(e.exc);
    }
  }
}

/**
 * CPython 3.11: Python/pythonrun.c flush_io (after each interactive input): sys.stderr.flush(),
 * then sys.stdout.flush(), errors ignored.
 */
export function flushIo(): void {
  for (const name of ['stderr', 'stdout']) {
    const f = sysGet(name);
    if (f === null || f === Py_None) continue;
    try {
      decref(callMethod(f, 'flush', []));
    } catch (e) {
      if (!(e instanceof PyErr)) throw e;
      decref(e.exc);
    }
  }
}

let unraisableHook: (exc: PyObject, obj: PyObject) => void = (exc) => decref(exc);
/** PyErr_WriteUnraisable, installed at start-up. */
export function setSysUnraisableHook(f: (exc: PyObject, obj: PyObject) => void): void {
  unraisableHook = f;
}

/** The original standard streams, flushed once more when the interpreter ends (their close). */
let originalStreams: PyTextIOObject[] = [];
export function flushOriginalStreams(): void {
  for (const s of originalStreams) writeflush(s);
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

/** Interpreter text for sys.stderr: through the stream when it is the kernel's, else the host's. */
function writeStderrStream(text: string): void {
  const stderr = sysGet('stderr');
  if (stderr instanceof PyTextIOObject) writeDirect(stderr, text);
  else writeStderr(text);
}

/** The exit status SystemExit(code) asks for, printing a non-integer code to stderr. */
export function systemExitStatus(exc: PyBaseExceptionObject): number {
  const code = exc.fields?.get('code') ?? (exc.args.items.length === 1 ? exc.args.items[0] : exc.args.items.length === 0 ? Py_None : exc.args);
  if (code === Py_None) return 0;
  if (code instanceof PyLongObject) return Number(BigInt.asIntN(32, BigInt(code.v))) & 0xff;
  const s = PyObject_Str(code);
  writeStderrStream(s.s + '\n');
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
    writeStderrStream(text);
    return;
  }
  const s = PyUnicode_FromString(text);
  try {
    decref(callMethod(stderr, 'write', [s]));
  } finally {
    decref(s);
  }
}

/** sys.getswitchinterval: 5 ms, the default (kept, not used: the kernel has one thread). */
let switchInterval = 0.005;

const sysFunctions: MethodDef[] = [
  {
    name: 'getrefcount',
    fn: (_s, args, kw) => {
      noKeywords('getrefcount', kw);
      if (args.length !== 1) raise(PyExc_TypeError, `getrefcount() takes exactly one argument (${args.length} given)`);
      return PyLong_FromSsize_t(args[0].ob_refcnt);
    },
  },
  {
    name: 'getsizeof',
    fn: (_s, args, kwnames) => {
      const a = unpackArgs('getsizeof', args, kwnames, ['object', 'default'], 1);
      try {
        return PyLong_FromSsize_t(getSizeOf(a[0]!));
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
  { name: 'getswitchinterval', fn: (_s, args, kw) => (checkPositional('getswitchinterval', args.length, 0, 0), noKeywords('getswitchinterval', kw), PyFloat_FromDouble(switchInterval)) },
  {
    /** CPython 3.11: Python/sysmodule.c sys_setswitchinterval_impl (the kernel has one thread: only kept). */
    name: 'setswitchinterval',
    fn: (_s, args, kw) => {
      noKeywords('setswitchinterval', kw);
      checkPositional('setswitchinterval', args.length, 1, 1);
      const v = args[0];
      const x = v instanceof PyFloatObject ? v.v : v instanceof PyLongObject ? Number(v.v) : NaN;
      if (Number.isNaN(x)) raise(PyExc_TypeError, `must be real number, not ${v.ob_type.tp_name}`);
      if (x <= 0) raise(PyExc_ValueError, 'switch interval must be strictly positive');
      switchInterval = x;
      return none();
    },
  },
  { name: 'is_finalizing', fn: () => newref(Py_False) },
  { name: 'gettrace', fn: () => none() },
  { name: 'getprofile', fn: () => none() },
  { name: 'getfilesystemencodeerrors', fn: () => PyUnicode_FromString('surrogateescape') },
  { name: 'getdlopenflags', fn: () => PyLong_FromNumber(2) },
  {
    /**
     * CPython 3.11: Python/sysmodule.c sys_breakpointhook imports $PYTHONBREAKPOINT (pdb.set_trace).
     * NON-CPYTHON: the kernel has no pdb.
     */
    name: 'breakpointhook',
    fn: () => raise(PyExc_NotImplementedError, 'breakpoint() is not supported by the Heapbook kernel: it has no pdb module'),
  },
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
        f = previousPythonFrame(f);
        depth--;
      }
      if (f === null) raise(PyExc_ValueError, 'call stack is not deep enough');
      return newref(getFrameObject(f));
    },
  },
  { name: 'getdefaultencoding', fn: () => PyUnicode_FromString('utf-8') },
  { name: 'getfilesystemencoding', fn: () => PyUnicode_FromString('utf-8') },
  { name: 'getallocatedblocks', fn: () => PyLong_FromSsize_t(allocatedBlocks()) },
  {
    name: '_debugmallocstats',
    fn: (_s, args, kw) => {
      noKeywords('_debugmallocstats', kw);
      checkPositional('_debugmallocstats', args.length, 0, 0);
      writeStderr(debugMallocStats());
      return none();
    },
  },
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
/**
 * CPython 3.11: Python/sysmodule.c sys__debugmallocstats_impl: pymalloc's report and a blank
 * line, then _PyObject_DebugTypeStats (Objects/object.c): the dict, float, list and tuple free
 * lists. Written to the C stderr, not sys.stderr.
 */
function debugMallocStats(): string {
  const a = getAllocator();
  const lines = [
    debugAllocatorStats('free PyDictObject', dictFreeListLength(), 48),
    debugAllocatorStats('free PyFloatObject', floatFreeListLength(), 24),
    debugAllocatorStats('free PyListObject', listFreeListLength(), 40),
  ];
  tupleFreeListLengths().forEach((n, i) => {
    lines.push(debugAllocatorStats(`free ${i + 1}-sized PyTupleObject`, n, 24 + 8 * (i + 1)));
  });
  if (a instanceof ObjectAllocator) return a.debugMallocStats(lines);
  return lines.map((l) => l + '\n').join('');
}

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
/** CPython 3.11: Python/sysmodule.c sys.copyright (Py_GetCopyright, Python/getcopyright.c). */
export const COPYRIGHT = 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n' +
  'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.';
/** sys.prefix of the kernel's imagined installation, and the stdlib's directory under it. */
export const PREFIX = '/usr/local';
export const STDLIB_DIR = `${PREFIX}/lib/python3.11`;

/** The constant attributes of sys that describe the installation and build. */
function addInstallationInfo(m: PyModuleObject): void {
  moduleSetSteal(m, 'copyright', PyUnicode_FromString(COPYRIGHT));
  for (const name of ['prefix', 'exec_prefix', 'base_prefix', 'base_exec_prefix']) {
    moduleSetSteal(m, name, PyUnicode_FromString(PREFIX));
  }
  moduleSetSteal(m, '_stdlib_dir', PyUnicode_FromString(STDLIB_DIR));
  moduleSetSteal(m, 'platlibdir', PyUnicode_FromString('lib'));
  moduleSetSteal(m, '_base_executable', PyUnicode_FromString(`${PREFIX}/bin/python3`));
  moduleSetSteal(m, '_framework', PyUnicode_FromString(''));
  moduleSetSteal(m, '_git', tupleFromArraySteal(['CPython', '', ''].map((t) => PyUnicode_FromString(t))));
  moduleSetSteal(m, 'abiflags', PyUnicode_FromString(''));
  moduleSetSteal(m, 'api_version', PyLong_FromNumber(1013));
  moduleSetSteal(m, 'float_repr_style', PyUnicode_FromString('short'));
  moduleSetSteal(m, 'warnoptions', listFromArraySteal([]));
  // The oracle runs `python3 -X utf8` (test/oracle/record.py).
  const xoptions = PyDict_New();
  PyDict_SetItem(xoptions, PyUnicode_FromString('utf8'), Py_True);
  moduleSetSteal(m, '_xoptions', xoptions);
  moduleSet(m, 'pycache_prefix', Py_None);
  moduleSet(m, '_home', Py_None);
}

export function makeSysModule(argv: string[], modules: PyDictObject, builtinsDict: PyDictObject, terminals: StdioTerminals = {}): PyModuleObject {
  const m = PyModule_New('sys');
  sysModule = m;
  switchInterval = 0.005;
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
  moduleSetSteal(m, 'executable', PyUnicode_FromString(`${PREFIX}/bin/python3`));
  addInstallationInfo(m);
  moduleSetSteal(m, 'path', listFromArraySteal([]));
  moduleSetSteal(m, 'builtin_module_names', tupleFromArraySteal(['builtins', 'sys', 'gc', 'math', 'time'].map((s) => PyUnicode_FromString(s))));
  moduleSet(m, 'modules', modules);
  moduleSetSteal(m, 'implementation', PyUnicode_FromString('cpython'));
  const stdout = newStream(1, '<stdout>', terminals.stdout ?? false);
  const stderr = newStream(2, '<stderr>', terminals.stderr ?? false);
  const stdin = newStream(0, '<stdin>', terminals.stdin ?? false);
  originalStreams = [stdout, stderr];
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
  moduleSet(m, '__breakpointhook__', dictGet(m.dict, 'breakpointhook')!);
  return m;
}

export { PyDict_New, Py_True, PyObject_Str };
