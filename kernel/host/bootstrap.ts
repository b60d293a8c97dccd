/**
 * Interpreter start-up and the runtime a host drives.
 * CPython 3.11: Python/pylifecycle.c (pycore_init_types, pycore_init_builtins, init_sys_streams,
 * Py_FinalizeEx, finalize_modules), Modules/main.c (pymain_run_python), Python/pythonrun.c
 * (_PyRun_SimpleFileObject, PyErr_Print, handle_system_exit), Lib/code.py (the console logic,
 * re-implemented).
 */
import type { PyObject } from '../objects/pyobject.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { setAllocator } from '../memory/heap.ts';
import { ObjectAllocator } from '../memory/obmalloc.ts';
import { PyErr } from '../vm/errors.ts';
import { resetThreadState, tstate } from '../vm/state.ts';
import { resetGcState, gcstate } from '../gc/gcstate.ts';
import { readyStaticTypes } from '../objects/typeobject.ts';
import { initBool } from '../objects/boolobject.ts';
import { PyDictObject, PyDict_New, PyDict_SetItem, PyDict_GetItemWithError, dictForEach } from '../objects/dictobject.ts';
import { PyUnicodeObject, PyUnicode_FromString, internString } from '../objects/unicodeobject.ts';
import { PyModuleObject, PyModule_New } from '../objects/moduleobject.ts';
import { PyObject_TypeCheck, Py_None } from '../objects/object.ts';
import { PyBaseExceptionObject, PyExc_KeyboardInterrupt, PyExc_SystemExit, allExceptionTypes } from '../objects/exceptions.ts';
import { compileSource, freeArena, evalCode, setBuiltins, setWarningSink } from '../vm/pythonrun.ts';
import { registerSource } from '../vm/traceback.ts';
import { isIncomplete } from '../compile/parser.ts';
import { setModulesDict, builtinModules } from '../vm/import.ts';
import { makeBuiltinsModule } from '../modules/bltinmodule.ts';
import { excepthook, makeSysModule, setOutput, systemExitStatus, writeStderr, sysGet } from '../modules/sysmodule.ts';
import { initRuntimeOnce } from './init.ts';
import { resetFloatFreeList } from '../objects/floatobject.ts';
import { resetListFreeList } from '../objects/listobject.ts';
import { resetTupleFreeLists } from '../objects/tupleobject.ts';
import { resetDictFreeLists } from '../objects/dictobject.ts';
import { PySet_Type, PyFrozenSet_Type } from '../objects/setobject.ts';
import { PyRange_Type } from '../objects/rangeobject.ts';
import { PySlice_Type, Py_Ellipsis } from '../objects/sliceobject.ts';
import { PyEnum_Type, PyReversed_Type } from '../objects/enumobject.ts';
import { PyBytes_Type } from '../objects/bytesobject.ts';
import { PyByteArray_Type } from '../objects/bytearrayobject.ts';
import { PyComplex_Type } from '../objects/complexobject.ts';
import type { InterpreterOptions } from './interpreter.ts';
import { PyCodeObject } from '../objects/codeobject.ts';
import { PyObject_Call } from '../objects/abstract.ts';

export interface Runtime {
  runMain(source: string, path: string): number;
  replPush(line: string): { more: boolean; exitStatus?: number };
  replReset(): void;
  finalize(): number;
  interrupt(): void;
}

export function bootstrap(options: InterpreterOptions): Runtime {
  resetThreadState();
  resetGcState();
  setAllocator(new ObjectAllocator());
  // The free lists hold blocks of the previous interpreter's allocator: forget them.
  resetFloatFreeList();
  resetListFreeList();
  resetTupleFreeLists();
  resetDictFreeLists();
  setOutput(options.write);
  initRuntimeOnce();
  tstate.stepsLeft = options.stepBudget ?? Infinity;
  tstate.interruptBuffer = options.interruptBuffer ?? null;
  gcstate.stress = options.stressGc ?? false;
  setWarningSink((text) => writeStderr(text));

  const modules = PyDict_New();
  setModulesDict(modules);
  const builtins = makeBuiltinsModule({
    set: PySet_Type, frozenset: PyFrozenSet_Type, range: PyRange_Type, slice: PySlice_Type, enumerate: PyEnum_Type,
    reversed: PyReversed_Type, bytes: PyBytes_Type, bytearray: PyByteArray_Type, complex: PyComplex_Type, Ellipsis: Py_Ellipsis,
  });
  setBuiltins(builtins, builtins.dict);
  const sys = makeSysModule(options.argv ?? [''], modules, builtins.dict);
  PyDict_SetItem(modules, internString('sys'), sys);
  PyDict_SetItem(modules, internString('builtins'), builtins);
  builtinModules.set('sys', () => newref(sys));
  builtinModules.set('builtins', () => newref(builtins));
  const main = makeMainModule(builtins);
  PyDict_SetItem(modules, internString('__main__'), main);
  let finalized = false;
  let replBuffer: string[] = [];

  /** PyErr_Print: SystemExit decides the status; anything else goes to sys.excepthook. */
  function printError(exc: PyObject): number {
    if (PyObject_TypeCheck(exc, PyExc_SystemExit)) return systemExitStatus(exc as PyBaseExceptionObject);
    callExcepthook(exc);
    return PyObject_TypeCheck(exc, PyExc_KeyboardInterrupt) ? 130 : 1;
  }

  function handle(e: unknown): number {
    if (e instanceof PyErr) {
      try {
        return printError(e.exc);
      } finally {
        decref(e.exc);
      }
    }
    throw e;
  }

  function runMain(source: string, path: string): number {
    registerSource(path, source);
    const d = main.dict;
    const file = PyUnicode_FromString(path);
    PyDict_SetItem(d, internString('__file__'), file);
    decref(file);
    PyDict_SetItem(d, internString('__cached__'), Py_None);
    let compiled;
    try {
      compiled = compileSource(source, path, 'exec');
    } catch (e) {
      return handle(e);
    }
    try {
      // The arena lives while the module body runs (pyrun_file frees it after run_mod).
      const r = evalCode(compiled.code, d, d);
      decref(r);
    } catch (e) {
      decref(compiled.code);
      freeArena(compiled.arena);
      return handle(e);
    }
    decref(compiled.code);
    freeArena(compiled.arena);
    return 0;
  }

  function replPush(line: string): { more: boolean; exitStatus?: number } {
    replBuffer.push(line);
    const source = replBuffer.join('\n');
    if (isIncomplete(source)) return { more: true };
    replBuffer = [];
    registerSource('<stdin>', '');
    let compiled: { code: PyCodeObject; arena: PyObject[] };
    try {
      compiled = compileSource(source + '\n', '<stdin>', 'single');
    } catch (e) {
      if (e instanceof PyErr) {
        callExcepthook(e.exc);
        decref(e.exc);
        return { more: false };
      }
      throw e;
    }
    // compile() frees the arena before the code runs (code.InteractiveConsole).
    freeArena(compiled.arena);
    try {
      decref(evalCode(compiled.code, main.dict, main.dict));
    } catch (e) {
      if (e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_SystemExit)) {
        const status = systemExitStatus(e.exc as PyBaseExceptionObject);
        decref(e.exc);
        return { more: false, exitStatus: status };
      }
      handle(e);
    } finally {
      decref(compiled.code);
    }
    return { more: false };
  }

  function finalize(): number {
    if (finalized) return 0;
    finalized = true;
    let status = 0;
    try {
      runAtexit();
    } catch (e) {
      status = handle(e);
    }
    clearModuleDict(main.dict);
    return status;
  }

  return {
    runMain,
    replPush,
    replReset: () => {
      replBuffer = [];
    },
    finalize,
    interrupt: () => {
      tstate.interruptRequested = true;
    },
  };
}

/** The __main__ module of `python3 FILE`: the same globals, in the same order, as CPython. */
function makeMainModule(builtins: PyModuleObject): PyModuleObject {
  const m = PyModule_New('__main__');
  const annotations = PyDict_New();
  PyDict_SetItem(m.dict, internString('__annotations__'), annotations);
  decref(annotations);
  PyDict_SetItem(m.dict, internString('__builtins__'), builtins);
  return m;
}

function callExcepthook(exc: PyObject): void {
  const hook = sysGet('excepthook');
  if (hook === null || hook === Py_None || hook === sysGet('__excepthook__')) {
    excepthook(exc);
    return;
  }
  try {
    const tb = (exc as PyBaseExceptionObject).traceback ?? Py_None;
    decref(PyObject_Call(hook, [exc.ob_type, exc, tb], null));
  } catch (e) {
    if (e instanceof PyErr) {
      writeStderr('Error in sys.excepthook:\n');
      excepthook(e.exc);
      decref(e.exc);
      writeStderr('\nOriginal exception was:\n');
      excepthook(exc);
      return;
    }
    throw e;
  }
}

/** atexit callbacks, registered by the atexit and weakref modules (run last-registered first). */
export const atexitCallbacks: (() => void)[] = [];

function runAtexit(): void {
  while (atexitCallbacks.length > 0) atexitCallbacks.pop()!();
}

/**
 * CPython 3.11: Objects/moduleobject.c _PyModule_ClearDict: names starting with one underscore
 * are set to None first, then all the others except __builtins__, in dict order.
 */
function clearModuleDict(d: PyDictObject): void {
  const keys: PyObject[] = [];
  dictForEach(d, (k) => {
    keys.push(k);
  });
  for (const k of keys) incref(k);
  try {
    for (const k of keys) {
      if (!(k instanceof PyUnicodeObject)) continue;
      if (k.s.length > 1 && k.s[0] === '_' && k.s[1] !== '_') setNone(d, k);
    }
    for (const k of keys) {
      if (!(k instanceof PyUnicodeObject)) continue;
      if (k.s !== '__builtins__') setNone(d, k);
    }
  } finally {
    for (const k of keys) decref(k);
  }
}

function setNone(d: PyDictObject, k: PyObject): void {
  if (PyDict_GetItemWithError(d, k) === null) return;
  try {
    PyDict_SetItem(d, k, Py_None);
  } catch (e) {
    if (e instanceof PyErr) {
      decref(e.exc);
      return;
    }
    throw e;
  }
}

export { allExceptionTypes };
