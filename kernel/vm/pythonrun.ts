/**
 * Compiling and running source: scripts, REPL inputs, exec/eval; printing uncaught exceptions.
 * CPython 3.11: Python/pythonrun.c (pyrun_file, run_mod, PyRun_InteractiveOneObject,
 * _PyErr_Display), Python/compile.c + Objects/codeobject.c (constants become objects).
 */
import type { PyObject } from '../objects/pyobject.ts';
import { decref, incref, newref } from '../memory/refcount.ts';
import { PyErr } from './errors.ts';
import { parseWithArena } from '../compile/parser.ts';
import { compileModuleWithDetails } from '../compile/compile.ts';
import type { CodeUnit } from '../compile/code.ts';
import type { ConstValue } from '../compile/constants.ts';
import { PySyntaxError } from '../compile/errors.ts';
import { PyCodeObject, PyCode_New, internedNameTuple } from '../objects/codeobject.ts';
import type { CodeKeys, ConstKeyEvent } from '../compile/const_cache.ts';
import { ConstKeyCache } from './const_keys.ts';
import { Py_None } from '../objects/object.ts';
import { PyBool_FromBool } from '../objects/boolobject.ts';
import { PyLong_FromDigits, PyLong_FromValue } from '../objects/longobject.ts';
import { PyFloat_FromDouble } from '../objects/floatobject.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { emptyTupleRef, tupleFromArraySteal } from '../objects/tupleobject.ts';
import { PyDictObject, PyDict_GetItemWithError, PyDict_SetItem } from '../objects/dictobject.ts';
import { internString } from '../objects/unicodeobject.ts';
import { Frame } from './frame.ts';
import { PyFunction_FromConstructor } from '../objects/funcobject.ts';
import { runFrame } from './ceval.ts';
import { newExceptionOfType, setField, PyExc_SyntaxError, PyExc_IndentationError, PyExc_TabError } from '../objects/exceptions.ts';
import { registerSource } from './traceback.ts';

/** Constant kinds whose types live in files that register them at start-up. */
export const constMakers = {
  bytes: null as ((v: Uint8Array) => PyObject) | null,
  complex: null as ((real: number, imag: number) => PyObject) | null,
  frozenset: null as ((items: PyObject[]) => PyObject) | null,
  ellipsis: null as (() => PyObject) | null,
};

/** One compilation unit's constants: each box becomes one object (the parser's literal objects). */
class ConstMaterializer {
  private readonly objects = new Map<ConstValue, PyObject>();

  /** A new reference to the object for this box. */
  get(c: ConstValue): PyObject {
    let o = this.objects.get(c);
    if (o === undefined) {
      o = this.make(c);
      this.objects.set(c, o);
    }
    incref(o);
    return o;
  }

  private make(c: ConstValue): PyObject {
    switch (c.t) {
      case 'None':
        return newref(Py_None);
      case 'Ellipsis':
        return constMakers.ellipsis!();
      case 'bool':
        return PyBool_FromBool(c.v);
      case 'int':
        // The parser's PyLong_FromString: exactly the digits.
        return PyLong_FromDigits(c.v);
      case 'float':
        return PyFloat_FromDouble(c.v);
      case 'complex':
        return constMakers.complex!(c.real, c.imag);
      case 'str':
        return PyUnicode_FromString(c.v);
      case 'bytes':
        return constMakers.bytes!(c.v);
      case 'tuple':
        return c.items.length === 0 ? emptyTupleRef() : tupleFromArraySteal(c.items.map((i) => this.get(i)));
      case 'frozenset': {
        const items = c.items.map((i) => this.get(i));
        try {
          return constMakers.frozenset!(items);
        } finally {
          for (const i of items) decref(i);
        }
      }
      case 'code':
        return this.code(c.v);
    }
  }

  private readonly codes = new Map<CodeUnit, PyCodeObject>();

  /**
   * Replays the compilation's constant-cache log (const_cache.ts): the keys it made, and each
   * code object where makecode made it (inner ones first). Returns the code object of `top`.
   */
  compile(log: readonly ConstKeyEvent[], top: CodeUnit, keyed: boolean): PyCodeObject {
    const cache = new ConstKeyCache(constMakers.frozenset!, keyed);
    try {
      for (const ev of log) {
        if (ev.op === 'merge') {
          const o = this.get(ev.value);
          cache.merge(ev.key, o);
          decref(o);
        } else this.makecode(ev.unit, ev.keys, cache);
      }
      return this.code(top);
    } finally {
      cache.release();
    }
  }

  /** CPython 3.11: Python/compile.c assemble's merges, then makecode. */
  private makecode(unit: CodeUnit, keys: CodeKeys, cache: ConstKeyCache): void {
    cache.mergeBytes(keys.linetable);
    cache.mergeBytes(keys.exceptiontable);
    cache.mergeBytes(keys.bytecode);
    const names = cache.mergeTuple(keys.names, internedNameTuple(unit.names));
    const consts = cache.mergeTuple(keys.consts, tupleFromArraySteal(unit.consts.map((c) => this.get(c))));
    const localsplusnames = cache.mergeTuple(keys.localsplusnames, internedNameTuple(unit.localsplusnames));
    const old = this.codes.get(unit);
    this.codes.set(unit, PyCode_New(unit, consts, names, localsplusnames));
    if (old !== undefined) decref(old);
  }

  /** A new reference to the code object of a unit (made by `compile`'s replay). */
  code(unit: CodeUnit): PyCodeObject {
    const co = this.codes.get(unit);
    if (co === undefined) throw new Error(`internal error: no code object was made for ${unit.qualname}`);
    return newref(co);
  }

  /** Releases the materialiser's own references (the arena's references are separate). */
  release(): void {
    for (const o of this.objects.values()) decref(o);
    this.objects.clear();
    for (const co of this.codes.values()) decref(co);
    this.codes.clear();
  }
}

/** A compiled unit: its code object and the parser arena's references. */
export interface Compiled {
  code: PyCodeObject;
  /** One reference per literal the parser (and the AST optimizer) made; released by freeArena. */
  arena: PyObject[];
}

/** Converts a compile-stage syntax error into the Python SyntaxError instance. */
export function syntaxErrorObject(e: PySyntaxError): PyObject {
  const type = e.kind === 'IndentationError' ? PyExc_IndentationError : e.kind === 'TabError' ? PyExc_TabError : PyExc_SyntaxError;
  const msg = PyUnicode_FromString(e.msg);
  const filename = PyUnicode_FromString(e.filename);
  const lineno = PyLong_FromValue(e.lineno);
  const offset = PyLong_FromValue(e.offset);
  const text = e.text === null ? newref(Py_None) : PyUnicode_FromString(e.text);
  const endLineno = PyLong_FromValue(e.end_lineno);
  const endOffset = PyLong_FromValue(e.end_offset);
  const details = tupleFromArraySteal([filename, lineno, offset, text, endLineno, endOffset].map((o) => newref(o)));
  const exc = newExceptionOfType(type, tupleFromArraySteal([newref(msg), details]));
  setField(exc, 'msg', msg);
  setField(exc, 'filename', filename);
  setField(exc, 'lineno', lineno);
  setField(exc, 'offset', offset);
  setField(exc, 'text', text);
  setField(exc, 'end_lineno', endLineno);
  setField(exc, 'end_offset', endOffset);
  setField(exc, 'print_file_and_line', Py_None);
  for (const o of [msg, filename, lineno, offset, text, endLineno, endOffset]) decref(o);
  return exc;
}

/** Warnings the compiler reports (SyntaxWarning), written as warnings.showwarning does. */
let warningSink: (text: string) => void = () => {};
export function setWarningSink(f: (text: string) => void): void {
  warningSink = f;
}

/**
 * Parses and compiles source into a code object. Throws PyErr(SyntaxError) on bad source.
 * `keepArena`: script mode keeps the parser's literal objects alive while the code runs.
 */
/**
 * `fromPyc`: the source stands for a module CPython loads from its cached bytecode (the kernel's
 * library modules): the compiler's constant-cache keys are not made (see const_keys.ts).
 */
export function compileSource(source: string, filename: string, mode: 'exec' | 'single' | 'eval', fromPyc = false): Compiled {
  let parsed;
  let result;
  try {
    parsed = parseWithArena(source, filename, mode);
    result = compileModuleWithDetails(parsed.tree, filename, mode, { source });
  } catch (e) {
    if (e instanceof PySyntaxError) throw new PyErr(syntaxErrorObject(e));
    throw e;
  }
  for (const w of result.warnings) {
    const wl = w as unknown as { message: string; lineno: number; category?: string };
    const line = source.split('\n')[wl.lineno - 1] ?? '';
    warningSink(`${filename}:${wl.lineno}: ${wl.category ?? 'SyntaxWarning'}: ${wl.message}\n  ${line.trim()}\n`);
  }
  const m = new ConstMaterializer();
  const arena: PyObject[] = [];
  for (const c of parsed.constants) arena.push(m.get(c));
  for (const c of result.arenaConsts) arena.push(m.get(c));
  const code = m.compile(result.constKeys, result.code, !fromPyc);
  m.release();
  liveArenas.add(arena);
  return { code, arena };
}

/** NON-CPYTHON: the arenas not yet freed, whose references the diagrams count (kernel/observe/). */
export const liveArenas = new Set<PyObject[]>();

export function freeArena(arena: PyObject[]): void {
  liveArenas.delete(arena);
  // _PyArena_Free releases the objects in the order they were added.
  for (const o of arena) decref(o);
  arena.length = 0;
}

/**
 * CPython 3.11: Python/ceval.c PyEval_EvalCode: runs a code object with the given globals (and
 * locals) in a function made for the call (_PyFunction_FromConstructor), which the frame holds.
 */
export function evalCode(code: PyCodeObject, globals: PyDictObject, locals: PyObject): PyObject {
  let builtins = PyDict_GetItemWithError(globals, internString('__builtins__'));
  if (builtins === null) {
    builtins = builtinsDict!;
    PyDict_SetItem(globals, internString('__builtins__'), builtinsModule!);
  } else if (!(builtins instanceof PyDictObject)) {
    const d = (builtins as { dict?: PyDictObject }).dict;
    builtins = d ?? builtinsDict!;
  }
  const func = PyFunction_FromConstructor(code, globals, builtins as PyDictObject);
  // _PyEval_Vector: the frame gets its own reference to the function (Py_DECREF(func) follows).
  incref(func);
  const f = new Frame(code, func, globals, builtins as PyDictObject, newref(locals));
  try {
    return runFrame(f);
  } finally {
    decref(func);
  }
}

let builtinsDict: PyDictObject | null = null;
let builtinsModule: PyObject | null = null;
export function setBuiltins(module: PyObject, dict: PyDictObject): void {
  builtinsModule = module;
  builtinsDict = dict;
}

export { registerSource };
