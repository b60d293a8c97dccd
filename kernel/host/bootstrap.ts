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
import { gcCollectIfEnabled, gcCollectNoFail } from '../gc/collect.ts';
import { PyWeakref_NewRef, type PyWeakReference } from '../objects/weakrefobject.ts';
import { readyStaticTypes } from '../objects/typeobject.ts';
import { initBool } from '../objects/boolobject.ts';
import { PyDictObject, PyDict_Clear, PyDict_Copy, PyDict_DelItem, PyDict_New, dictUpdate, PyDict_SetItem, PyDict_GetItemWithError, dictForEach } from '../objects/dictobject.ts';
import { PyUnicodeObject, PyUnicode_FromString, internString } from '../objects/unicodeobject.ts';
import { PyModuleObject, PyModule_New } from '../objects/moduleobject.ts';
import { PyObject_TypeCheck, Py_None } from '../objects/object.ts';
import { PyBaseExceptionObject, PyExc_KeyboardInterrupt, PyExc_SystemExit, allExceptionTypes } from '../objects/exceptions.ts';
import { compileSource, freeArena, evalCode, setBuiltins, setWarningSink } from '../vm/pythonrun.ts';
import { registerSource } from '../vm/traceback.ts';
import { isIncomplete } from '../compile/parser.ts';
import { setModulesDict, builtinModules } from '../vm/import.ts';
import { makeBuiltinsModule } from '../modules/bltinmodule.ts';
import {
  excepthook, flushIo, flushOriginalStreams, flushStdFiles, makeSysModule, setOutput, systemExitStatus, writeStderr, sysGet,
} from '../modules/sysmodule.ts';
import { initRuntimeOnce, writeUnraisable } from './init.ts';
import { addSiteBuiltins } from '../modules/site.ts';
import { calibrateStartupHeap, holdStartupReferences } from './startup_heap.ts';
import { resetFloatFreeList } from '../objects/floatobject.ts';
import { resetListFreeList } from '../objects/listobject.ts';
import { resetTupleFreeLists } from '../objects/tupleobject.ts';
import { resetDictFreeLists } from '../objects/dictobject.ts';
import { resetSliceCache } from '../objects/sliceobject.ts';
import { PySet_Type, PyFrozenSet_Type } from '../objects/setobject.ts';
import { PyRange_Type } from '../objects/rangeobject.ts';
import { PySlice_Type, Py_Ellipsis } from '../objects/sliceobject.ts';
import { PyEnum_Type, PyReversed_Type } from '../objects/enumobject.ts';
import { PyBytes_Type } from '../objects/bytesobject.ts';
import { PyByteArray_Type } from '../objects/bytearrayobject.ts';
import { PyComplex_Type } from '../objects/complexobject.ts';
import { PyMemoryView_Type } from '../objects/memoryobject.ts';
import type { InterpreterOptions } from './interpreter.ts';
import { PyCodeObject } from '../objects/codeobject.ts';
import { preallocateMemErrors, resetMemErrorFreeList } from '../objects/exceptions_memerror.ts';
import { PyObject_Call } from '../objects/abstract.ts';
import { resetReprState } from '../objects/reprenter.ts';

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
  setAllocator(new ObjectAllocator({ memoryLimit: options.heapLimit }));
  // The free lists hold blocks of the previous interpreter's allocator: forget them.
  resetFloatFreeList();
  resetListFreeList();
  resetTupleFreeLists();
  resetDictFreeLists();
  resetSliceCache();
  resetReprState();
  resetMemErrorFreeList();
  setOutput(options.write);
  initRuntimeOnce();
  preallocateMemErrors();
  tstate.stepsLeft = options.stepBudget ?? Infinity;
  tstate.interruptBuffer = options.interruptBuffer ?? null;
  gcstate.stress = options.stressGc ?? false;
  setWarningSink((text) => writeStderr(text));

  const modules = PyDict_New();
  setModulesDict(modules);
  const builtins = makeBuiltinsModule({
    set: PySet_Type, frozenset: PyFrozenSet_Type, range: PyRange_Type, slice: PySlice_Type, enumerate: PyEnum_Type,
    reversed: PyReversed_Type, bytes: PyBytes_Type, bytearray: PyByteArray_Type, complex: PyComplex_Type, Ellipsis: Py_Ellipsis,
    memoryview: PyMemoryView_Type,
  });
  setBuiltins(builtins, builtins.dict);
  // pycore_init_builtins: interp->builtins_copy, restored at shutdown (finalize_restore_builtins).
  const builtinsCopy = PyDict_Copy(builtins.dict);
  const sys = makeSysModule(options.argv ?? [''], modules, builtins.dict, options.terminals);
  PyDict_SetItem(modules, internString('sys'), sys);
  PyDict_SetItem(modules, internString('builtins'), builtins);
  builtinModules.set('sys', () => newref(sys));
  builtinModules.set('builtins', () => newref(builtins));
  const main = makeMainModule(builtins);
  PyDict_SetItem(modules, internString('__main__'), main);
  addSiteBuiltins(builtins.dict, modules); // init_import_site
  calibrateStartupHeap();
  if (options.startupReferences !== false) holdStartupReferences(builtins.dict);
  let finalized = false;
  let replBuffer: string[] = [];
  /** A SystemExit reached PyErr_Print: CPython's Py_Exit would end the process there. */
  let exiting = false;

  /** PyErr_Print: SystemExit decides the status; anything else goes to sys.excepthook. */
  function printError(exc: PyObject): number {
    if (PyObject_TypeCheck(exc, PyExc_SystemExit)) {
      exiting = true;
      return systemExitStatus(exc as PyBaseExceptionObject);
    }
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

  /**
   * NON-CPYTHON: the standard streams are flushed when the script ends, not only at shutdown,
   * so that each run's output has reached the host when runMain returns (a host may run several
   * scripts in one interpreter).
   */
  function runMain(source: string, path: string): number {
    try {
      return runScript(source, path);
    } finally {
      flushStdFiles();
    }
  }

  /**
   * CPython 3.11: Python/pythonrun.c _PyRun_SimpleFileObject: `__file__` and `__cached__` are set
   * when `__main__` has no `__file__` yet, and deleted again once the script has run and its error
   * (if any) was printed. A SystemExit leaves them: Py_Exit runs before that step.
   */
  function runScript(source: string, path: string): number {
    // Tracebacks read source lines from the script's file; `-c` code and stdin (<string>,
    // <stdin>) have none, so their tracebacks show no lines.
    if (!(path.startsWith('<') && path.endsWith('>'))) registerSource(path, source);
    const d = main.dict;
    const fileKey = internString('__file__');
    const setFileName = PyDict_GetItemWithError(d, fileKey) === null;
    if (setFileName) {
      const file = PyUnicode_FromString(path);
      PyDict_SetItem(d, fileKey, file);
      decref(file);
      PyDict_SetItem(d, internString('__cached__'), Py_None);
    }
    exiting = false;
    const status = runModuleSource(source, path, d);
    if (setFileName && !exiting) {
      dictDelIfPresent(d, fileKey);
      dictDelIfPresent(d, internString('__cached__'));
    }
    return status;
  }

  /** PyDict_DelItemString followed by PyErr_Clear. */
  function dictDelIfPresent(d: PyDictObject, key: PyObject): void {
    if (PyDict_GetItemWithError(d, key) !== null) PyDict_DelItem(d, key);
  }

  /** pyrun_file: compile, run the module body, free the arena, print the error. */
  function runModuleSource(source: string, path: string, d: PyDictObject): number {
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

  /** An interactive input, then flush_io() as the interactive loop does after each one. */
  function replPush(line: string): { more: boolean; exitStatus?: number } {
    const result = replInput(line);
    if (!result.more) flushIo();
    return result;
  }

  function replInput(line: string): { more: boolean; exitStatus?: number } {
    replBuffer.push(line);
    const source = replBuffer.join('\n');
    if (isIncomplete(source)) return { more: true };
    replBuffer = [];
    registerSource('<stdin>', '');
    let compiled: { code: PyCodeObject; arena: PyObject[] };
    try {
      // codeop._maybe_compile: the input as typed (no newline added), blank input as 'pass'.
      compiled = compileSource(isBlank(source) ? 'pass' : source, '<stdin>', 'single');
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

  /**
   * CPython 3.11: Python/pylifecycle.c Py_FinalizeEx: the atexit callbacks, flush_std_files, a
   * collection with the gc.callbacks (PyGC_Collect, only if enabled), finalize_modules, and the
   * standard streams flushed at last (CPython's are closed when their module dies).
   */
  function finalize(): number {
    if (finalized) return 0;
    finalized = true;
    let status = 0;
    try {
      runAtexit(modules);
    } catch (e) {
      status = handle(e);
    }
    flushStdFiles();
    gcCollectIfEnabled();
    // NON-CPYTHON: the host's own reference to __main__ (CPython's runner holds none by now).
    decref(main);
    finalizeModules(modules, sys, builtins, builtinsCopy);
    flushOriginalStreams();
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

/** codeop._maybe_compile's test: only blank lines and comments. */
function isBlank(source: string): boolean {
  return source.split('\n').every((line) => {
    const s = line.trim();
    return s === '' || s[0] === '#';
  });
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

/** atexit callbacks registered by the host (run last-registered first, after the atexit module's). */
export const atexitCallbacks: (() => void)[] = [];

/**
 * CPython 3.11: Modules/atexitmodule.c _PyAtExit_Call: the atexit module's callbacks, last
 * registered first (weakref.finalize registers itself there), then the host's.
 */
function runAtexit(modules: PyDictObject): void {
  const atexit = PyDict_GetItemWithError(modules, internString('atexit'));
  if (atexit instanceof PyModuleObject) {
    const run = PyDict_GetItemWithError(atexit.dict, internString('_run_exitfuncs'));
    if (run !== null) decref(PyObject_Call(run, [], null));
  }
  while (atexitCallbacks.length > 0) atexitCallbacks.pop()!();
}

/**
 * CPython 3.11: Python/pylifecycle.c finalize_modules: special names cleared, every module
 * removed from sys.modules (the modules nobody else holds die, releasing their globals), a
 * collection, then the globals of modules still alive cleared (last imported first), sys and
 * builtins cleared, and a last collection.
 */
function finalizeModules(modules: PyDictObject, sys: PyModuleObject, builtins: PyModuleObject, builtinsCopy: PyDictObject): void {
  finalizeModulesDeleteSpecial(sys.dict, builtins.dict);
  const weaklist = finalizeRemoveModules(modules);
  PyDict_Clear(modules);
  finalizeRestoreBuiltins(builtins.dict, builtinsCopy);
  gcCollectNoFail();
  finalizeModulesClearWeaklist(weaklist, sys.dict, builtins.dict);
  PyDict_Clear(sys.dict);
  PyDict_Clear(builtins.dict);
  gcCollectNoFail();
}

/**
 * CPython 3.11: Python/pylifecycle.c finalize_restore_builtins: builtins goes back to its
 * start-up contents, so that what a program stored there is released (after the restore: the
 * previous contents live on in a copy until then).
 */
function finalizeRestoreBuiltins(builtinsDict: PyDictObject, builtinsCopy: PyDictObject): void {
  const previous = PyDict_Copy(builtinsDict);
  PyDict_Clear(builtinsDict);
  guardUnraisable(() => dictUpdate(builtinsDict, builtinsCopy));
  decref(builtinsCopy);
  decref(previous);
}

/** CPython 3.11: Python/pylifecycle.c finalize_modules_delete_special */
function finalizeModulesDeleteSpecial(sysdict: PyDictObject, builtinsDict: PyDictObject): void {
  setItemNone(builtinsDict, '_');
  for (const name of ['path', 'argv', 'ps1', 'ps2', 'last_type', 'last_value', 'last_traceback', 'path_hooks',
    'path_importer_cache', 'meta_path', '__interactivehook__']) {
    setItemNone(sysdict, name);
  }
  for (const [name, orig] of [['stdin', '__stdin__'], ['stdout', '__stdout__'], ['stderr', '__stderr__']]) {
    const value = PyDict_GetItemWithError(sysdict, internString(orig)) ?? Py_None;
    guardUnraisable(() => PyDict_SetItem(sysdict, internString(name), value));
  }
}

function setItemNone(d: PyDictObject, name: string): void {
  guardUnraisable(() => PyDict_SetItem(d, internString(name), Py_None));
}

/** PyErr_WriteUnraisable(NULL) for a failure during shutdown. */
function guardUnraisable(f: () => void): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    writeUnraisable(e.exc, null);
  }
}

/**
 * CPython 3.11: Python/pylifecycle.c finalize_remove_modules: every module in sys.modules is
 * replaced by None (in dict order); a weak reference to each is kept to find the survivors.
 */
function finalizeRemoveModules(modules: PyDictObject): [PyObject, PyObject][] {
  const weaklist: [PyObject, PyObject][] = [];
  const entries: [PyObject, PyObject][] = [];
  dictForEach(modules, (k, v) => {
    entries.push([k, v]);
  });
  for (const [name, mod] of entries) {
    if (!(mod instanceof PyModuleObject)) continue;
    if (PyDict_GetItemWithError(modules, name) !== mod) continue;
    guardUnraisable(() => {
      const wr = PyWeakref_NewRef(mod, null);
      incref(name);
      weaklist.push([name, wr]);
    });
    guardUnraisable(() => PyDict_SetItem(modules, name, Py_None));
  }
  return weaklist;
}

/**
 * CPython 3.11: Python/pylifecycle.c finalize_modules_clear_weaklist: the modules still alive
 * have their globals cleared, the last imported first (sys and builtins are kept).
 */
function finalizeModulesClearWeaklist(weaklist: [PyObject, PyObject][], sysdict: PyDictObject, builtinsDict: PyDictObject): void {
  for (let i = weaklist.length - 1; i >= 0; i--) {
    const mod = (weaklist[i][1] as PyWeakReference).wr_object;
    if (!(mod instanceof PyModuleObject)) continue;
    if (mod.dict === sysdict || mod.dict === builtinsDict) continue;
    incref(mod);
    clearModuleDict(mod.dict);
    decref(mod);
  }
  for (const [name, wr] of weaklist) {
    decref(name);
    decref(wr);
  }
}

/**
 * CPython 3.11: Objects/moduleobject.c _PyModule_ClearDict: names starting with one underscore
 * (including "_" itself) are set to None first, then all the others except __builtins__, in dict
 * order.
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
      if (k.s[0] === '_' && k.s[1] !== '_') setNone(d, k);
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
  const v = PyDict_GetItemWithError(d, k);
  if (v === null || v === Py_None) return;
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
