/**
 * The builtin exception hierarchy.
 * CPython 3.11: Objects/exceptions.c.
 */
import { InstanceData, PyBaseObject_Type, PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { setExceptionFactory } from '../vm/errors.ts';
import { setRecursionErrorType } from '../vm/state.ts';
import { PyUnicode_FromString, PyUnicodeObject } from './unicodeobject.ts';
import { PyTupleObject, emptyTupleRef, tupleFromArray, tupleFromArraySteal } from './tupleobject.ts';
import { Py_None, none, reprString, strString } from './object.ts';
import { PyObject_Str, PyObject_Repr } from './object.ts';

export const enum ExcLayout {
  /** sizeof(PyBaseExceptionObject) */
  BASE = 72,
}

/**
 * An exception instance. Type-specific attributes (AttributeError.name, StopIteration.value,
 * SyntaxError.lineno, ...) live in `fields`, keyed by attribute name.
 */
export class PyBaseExceptionObject extends PyObject {
  args: PyTupleObject;
  traceback: PyObject | null = null;
  context: PyObject | null = null;
  cause: PyObject | null = null;
  suppressContext = false;
  notes: PyObject | null = null;
  fields: Map<string, PyObject> | null = null;
  constructor(type: PyTypeObject, args: PyTupleObject) {
    super(type, false);
    this.ob_refcnt = 1;
    this.ob_type = type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.args = args;
    this.inst = new InstanceData();
  }
}

const EXC_FLAGS = TPFlags.BASETYPE | TPFlags.HAVE_GC | TPFlags.BASE_EXC_SUBCLASS;

/** Field names each exception type adds (member descriptors), by type. */
export const excFields = new Map<PyTypeObject, string[]>();

/**
 * sizeof of the exception structs larger than PyBaseExceptionObject (Include/cpython/pyerrors.h,
 * 64-bit Linux); every other exception type has its base's size.
 */
const EXC_BASICSIZE: Record<string, number> = {
  /** PyBaseExceptionGroupObject: msg, excs. */
  BaseExceptionGroup: ExcLayout.BASE + 16,
  /** PySystemExitObject: code. */
  SystemExit: ExcLayout.BASE + 8,
  /** PyAttributeErrorObject: obj, name. */
  AttributeError: ExcLayout.BASE + 16,
  /** PyImportErrorObject: msg, name, path. */
  ImportError: ExcLayout.BASE + 24,
  /** PyNameErrorObject: name. */
  NameError: ExcLayout.BASE + 8,
  /** PyOSErrorObject: myerrno, strerror, filename, filename2, written. */
  OSError: ExcLayout.BASE + 40,
  /** PyStopIterationObject: value. */
  StopIteration: ExcLayout.BASE + 8,
  /** PySyntaxErrorObject: msg, filename, lineno, offset, end_lineno, end_offset, text, print_file_and_line. */
  SyntaxError: ExcLayout.BASE + 64,
  /** PyUnicodeErrorObject: encoding, object, start, end, reason (UnicodeError itself has none). */
  UnicodeEncodeError: ExcLayout.BASE + 40,
  UnicodeDecodeError: ExcLayout.BASE + 40,
  UnicodeTranslateError: ExcLayout.BASE + 40,
  /** A heap type in CPython (PyErr_NewException): BaseExceptionGroup's fields and a weaklist. */
  ExceptionGroup: ExcLayout.BASE + 24,
};

function make(name: string, base: PyTypeObject | null, fields: string[] = []): PyTypeObject {
  const inherited = base !== null && base !== PyBaseObject_Type ? base.tp_basicsize : ExcLayout.BASE;
  const t = registerStaticType(newStaticType(name, EXC_BASICSIZE[name] ?? inherited, 0, EXC_FLAGS, base));
  t.hasDict = true;
  t.hasWeakref = false;
  if (fields.length) excFields.set(t, fields);
  return t;
}

export const PyExc_BaseException = make('BaseException', PyBaseObject_Type);
export const PyExc_BaseExceptionGroup = make('BaseExceptionGroup', PyExc_BaseException, ['message', 'exceptions']);
export const PyExc_GeneratorExit = make('GeneratorExit', PyExc_BaseException);
export const PyExc_KeyboardInterrupt = make('KeyboardInterrupt', PyExc_BaseException);
export const PyExc_SystemExit = make('SystemExit', PyExc_BaseException, ['code']);
export const PyExc_Exception = make('Exception', PyExc_BaseException);
export const PyExc_ArithmeticError = make('ArithmeticError', PyExc_Exception);
export const PyExc_FloatingPointError = make('FloatingPointError', PyExc_ArithmeticError);
export const PyExc_OverflowError = make('OverflowError', PyExc_ArithmeticError);
export const PyExc_ZeroDivisionError = make('ZeroDivisionError', PyExc_ArithmeticError);
export const PyExc_AssertionError = make('AssertionError', PyExc_Exception);
export const PyExc_AttributeError = make('AttributeError', PyExc_Exception, ['name', 'obj']);
export const PyExc_BufferError = make('BufferError', PyExc_Exception);
export const PyExc_EOFError = make('EOFError', PyExc_Exception);
export const PyExc_ExceptionGroup = make('ExceptionGroup', PyExc_BaseExceptionGroup);
export const PyExc_ImportError = make('ImportError', PyExc_Exception, ['msg', 'name', 'path']);
export const PyExc_ModuleNotFoundError = make('ModuleNotFoundError', PyExc_ImportError);
export const PyExc_LookupError = make('LookupError', PyExc_Exception);
export const PyExc_IndexError = make('IndexError', PyExc_LookupError);
export const PyExc_KeyError = make('KeyError', PyExc_LookupError);
export const PyExc_MemoryError = make('MemoryError', PyExc_Exception);
export const PyExc_NameError = make('NameError', PyExc_Exception, ['name']);
export const PyExc_UnboundLocalError = make('UnboundLocalError', PyExc_NameError);
export const PyExc_OSError = make('OSError', PyExc_Exception, ['errno', 'strerror', 'filename', 'filename2']);
export const PyExc_FileNotFoundError = make('FileNotFoundError', PyExc_OSError);
export const PyExc_FileExistsError = make('FileExistsError', PyExc_OSError);
export const PyExc_PermissionError = make('PermissionError', PyExc_OSError);
export const PyExc_IsADirectoryError = make('IsADirectoryError', PyExc_OSError);
export const PyExc_NotADirectoryError = make('NotADirectoryError', PyExc_OSError);
export const PyExc_TimeoutError = make('TimeoutError', PyExc_OSError);
export const PyExc_ConnectionError = make('ConnectionError', PyExc_OSError);
export const PyExc_BrokenPipeError = make('BrokenPipeError', PyExc_ConnectionError);
export const PyExc_InterruptedError = make('InterruptedError', PyExc_OSError);
export const PyExc_BlockingIOError = make('BlockingIOError', PyExc_OSError);
export const PyExc_ChildProcessError = make('ChildProcessError', PyExc_OSError);
export const PyExc_ProcessLookupError = make('ProcessLookupError', PyExc_OSError);
export const PyExc_ConnectionAbortedError = make('ConnectionAbortedError', PyExc_ConnectionError);
export const PyExc_ConnectionRefusedError = make('ConnectionRefusedError', PyExc_ConnectionError);
export const PyExc_ConnectionResetError = make('ConnectionResetError', PyExc_ConnectionError);
export const PyExc_ReferenceError = make('ReferenceError', PyExc_Exception);
export const PyExc_RuntimeError = make('RuntimeError', PyExc_Exception);
export const PyExc_NotImplementedError = make('NotImplementedError', PyExc_RuntimeError);
export const PyExc_RecursionError = make('RecursionError', PyExc_RuntimeError);
export const PyExc_StopAsyncIteration = make('StopAsyncIteration', PyExc_Exception);
export const PyExc_StopIteration = make('StopIteration', PyExc_Exception, ['value']);
export const PyExc_SyntaxError = make('SyntaxError', PyExc_Exception, [
  'msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line',
]);
export const PyExc_IndentationError = make('IndentationError', PyExc_SyntaxError);
export const PyExc_TabError = make('TabError', PyExc_IndentationError);
export const PyExc_SystemError = make('SystemError', PyExc_Exception);
export const PyExc_TypeError = make('TypeError', PyExc_Exception);
export const PyExc_ValueError = make('ValueError', PyExc_Exception);
export const PyExc_UnicodeError = make('UnicodeError', PyExc_ValueError);
export const PyExc_UnicodeDecodeError = make('UnicodeDecodeError', PyExc_UnicodeError, ['encoding', 'object', 'start', 'end', 'reason']);
export const PyExc_UnicodeEncodeError = make('UnicodeEncodeError', PyExc_UnicodeError, ['encoding', 'object', 'start', 'end', 'reason']);
export const PyExc_UnicodeTranslateError = make('UnicodeTranslateError', PyExc_UnicodeError, ['encoding', 'object', 'start', 'end', 'reason']);
export const PyExc_Warning = make('Warning', PyExc_Exception);
export const PyExc_UserWarning = make('UserWarning', PyExc_Warning);
export const PyExc_DeprecationWarning = make('DeprecationWarning', PyExc_Warning);
export const PyExc_PendingDeprecationWarning = make('PendingDeprecationWarning', PyExc_Warning);
export const PyExc_SyntaxWarning = make('SyntaxWarning', PyExc_Warning);
export const PyExc_RuntimeWarning = make('RuntimeWarning', PyExc_Warning);
export const PyExc_FutureWarning = make('FutureWarning', PyExc_Warning);
export const PyExc_ImportWarning = make('ImportWarning', PyExc_Warning);
export const PyExc_UnicodeWarning = make('UnicodeWarning', PyExc_Warning);
export const PyExc_BytesWarning = make('BytesWarning', PyExc_Warning);
export const PyExc_ResourceWarning = make('ResourceWarning', PyExc_Warning);
export const PyExc_EncodingWarning = make('EncodingWarning', PyExc_Warning);

/** Every builtin exception type, for the builtins module. */
export const allExceptionTypes: PyTypeObject[] = [];

setRecursionErrorType(PyExc_RecursionError);

/** Exceptions are instances of BaseException subclasses (PyExceptionInstance_Check). */
export function isExceptionInstance(o: PyObject): o is PyBaseExceptionObject {
  return o instanceof PyBaseExceptionObject;
}

export function isExceptionClass(o: PyObject): o is PyTypeObject {
  return o instanceof PyTypeObject && (o.tp_flags & TPFlags.BASE_EXC_SUBCLASS) !== 0;
}

/** CPython 3.11: Objects/exceptions.c BaseException_new (args stolen). */
export function newExceptionOfType(type: PyTypeObject, args: PyTupleObject): PyBaseExceptionObject {
  if (type === PyExc_MemoryError) {
    const reused = memoryErrorFactory(args);
    if (reused !== null) return reused;
  }
  const e = new PyBaseExceptionObject(type, args);
  gcAllocObject(e, ExcLayout.BASE);
  // An instance of a heap type holds a reference to it (ExceptionGroup is one).
  if (type.tp_flags & TPFlags.HEAPTYPE) incref(type);
  gcTrack(e);
  return e;
}

/** MemoryError_new's free list (kernel/objects/exceptions_memerror.ts), installed at start-up. */
let memoryErrorFactory: (args: PyTupleObject) => PyBaseExceptionObject | null = () => null;
export function setMemoryErrorFactory(f: (args: PyTupleObject) => PyBaseExceptionObject | null): void {
  memoryErrorFactory = f;
}

/** A new exception instance `type(msg)` (or `type()` when msg is null). */
export function newException(type: PyTypeObject, msg: string | null): PyBaseExceptionObject {
  const args = msg === null ? emptyTupleRef() : tupleFromArraySteal([PyUnicode_FromString(msg)]);
  return newExceptionOfType(type, args);
}

setExceptionFactory(newException);

export function setField(e: PyBaseExceptionObject, name: string, value: PyObject): void {
  incref(value);
  const fields = (e.fields ??= new Map());
  const old = fields.get(name);
  fields.set(name, value);
  if (old !== undefined) decref(old);
}

export function getField(e: PyBaseExceptionObject, name: string): PyObject | null {
  return e.fields?.get(name) ?? null;
}

/** AttributeError with its name and obj (used for "Did you mean" suggestions). */
export function newAttributeError(msg: string, name: PyUnicodeObject, obj: PyObject): PyBaseExceptionObject {
  const e = newException(PyExc_AttributeError, msg);
  setField(e, 'name', name);
  setField(e, 'obj', obj);
  return e;
}

export function newNameError(type: PyTypeObject, msg: string, name: PyUnicodeObject): PyBaseExceptionObject {
  const e = newException(type, msg);
  setField(e, 'name', name);
  return e;
}

/** KeyError(key): the key object itself is the argument. */
export function newKeyError(key: PyObject): PyBaseExceptionObject {
  return newExceptionOfType(PyExc_KeyError, tupleFromArray([key]));
}

/** StopIteration(value) with its value attribute. */
export function newStopIteration(value: PyObject): PyBaseExceptionObject {
  const e = newExceptionOfType(PyExc_StopIteration, value === Py_None ? emptyTupleRef() : tupleFromArray([value]));
  setField(e, 'value', value);
  return e;
}

/**
 * The object fields each exception type's tp_traverse and tp_clear handle before
 * BaseException's, in their order (CPython 3.11: Objects/exceptions.c SystemExit_traverse,
 * ImportError_traverse, OSError_traverse, NameError_traverse, AttributeError_traverse,
 * SyntaxError_traverse, StopIteration_traverse, UnicodeError_traverse,
 * BaseExceptionGroup_traverse). UnicodeError's start and end are C integers there: never visited.
 */
const GC_FIELDS: ReadonlyMap<PyTypeObject, readonly string[]> = new Map<PyTypeObject, readonly string[]>([
  [PyExc_SystemExit, ['code']],
  [PyExc_ImportError, ['msg', 'name', 'path']],
  [PyExc_OSError, ['errno', 'strerror', 'filename', 'filename2']],
  [PyExc_NameError, ['name']],
  [PyExc_AttributeError, ['obj', 'name']],
  [PyExc_SyntaxError, ['msg', 'filename', 'lineno', 'offset', 'end_lineno', 'end_offset', 'text', 'print_file_and_line']],
  [PyExc_StopIteration, ['value']],
  [PyExc_UnicodeError, ['encoding', 'object', 'reason']],
  [PyExc_BaseExceptionGroup, ['message', 'exceptions']],
]);

const NO_FIELDS: readonly string[] = [];

/** The fields the nearest base with its own traverse visits (a subclass inherits its base's). */
function gcFields(type: PyTypeObject): readonly string[] {
  for (let t: PyTypeObject | null = type; t !== null; t = t.tp_base) {
    const f = GC_FIELDS.get(t);
    if (f !== undefined) return f;
  }
  return NO_FIELDS;
}

/** Py_CLEAR of one field. */
function clearField(e: PyBaseExceptionObject, name: string): void {
  const fields = e.fields;
  if (fields === null) return;
  const v = fields.get(name);
  if (v === undefined) return;
  fields.delete(name);
  decref(v);
}

/**
 * CPython 3.11: Objects/exceptions.c BaseException_clear, after the subclass's own fields
 * (StopIteration_clear and the others): dict, args, notes, traceback, cause, context.
 */
function exc_clear(o: PyObject): void {
  const e = o as PyBaseExceptionObject;
  for (const name of gcFields(e.ob_type)) clearField(e, name);
  const inst = e.inst;
  if (inst !== null && inst.dict !== null) {
    const d = inst.dict;
    inst.dict = null;
    decref(d);
  }
  const args = e.args;
  e.args = emptyTupleRef();
  decref(args);
  const notes = e.notes;
  e.notes = null;
  xdecref(notes);
  const tb = e.traceback;
  e.traceback = null;
  xdecref(tb);
  const cause = e.cause;
  e.cause = null;
  xdecref(cause);
  const ctx = e.context;
  e.context = null;
  xdecref(ctx);
}

/**
 * CPython 3.11: Objects/exceptions.c BaseException_dealloc (and each subclass's dealloc): the
 * clear function, then the memory. NON-CPYTHON: fields CPython keeps as C integers
 * (UnicodeError.start, .end) are objects here, released last.
 */
function exc_dealloc(o: PyObject): void {
  gcUntrack(o);
  // ExceptionGroup, a heap type using this dealloc directly, is subtype_dealloc's case: its
  // weak references are cleared first, and the reference to the type is released last.
  const type = o.ob_type;
  const heap = (type.tp_flags & TPFlags.HEAPTYPE) !== 0 && type.tp_dealloc === exc_dealloc;
  if (heap && type.hasWeakref) clearWeakRefs(o);
  excRelease(o as PyBaseExceptionObject);
  type.tp_free!(o);
  if (heap) decref(type);
}

/** PyObject_ClearWeakRefs, installed by the weakref module. */
let clearWeakRefs: (o: PyObject) => void = () => {};
export function setExcClearWeakRefs(f: (o: PyObject) => void): void {
  clearWeakRefs = f;
}

/** exc_dealloc without the untracking and the freeing: every reference the exception holds. */
export function excRelease(e: PyBaseExceptionObject): void {
  exc_clear(e);
  if (e.fields !== null) {
    const rest = [...e.fields.values()];
    e.fields = null;
    for (const f of rest) decref(f);
  }
  decref(e.args);
}

PyExc_BaseException.tp_dealloc = exc_dealloc;
PyExc_BaseException.tp_clear = exc_clear;
PyExc_BaseException.tp_free = (o) => gcDel(o);
/** CPython 3.11: Objects/exceptions.c BaseException_traverse, after the subclass's fields. */
PyExc_BaseException.tp_traverse = function exc_traverse(o, visit) {
  const e = o as PyBaseExceptionObject;
  // subtype_traverse of ExceptionGroup (a heap type with this traverse): the type first.
  const type = o.ob_type;
  if ((type.tp_flags & TPFlags.HEAPTYPE) !== 0 && type.tp_traverse === exc_traverse) visit(type);
  const fields = e.fields;
  if (fields !== null) {
    for (const name of gcFields(e.ob_type)) {
      const v = fields.get(name);
      if (v !== undefined) visit(v);
    }
  }
  if (e.inst?.dict) visit(e.inst.dict);
  visit(e.args);
  if (e.notes) visit(e.notes);
  if (e.traceback) visit(e.traceback);
  if (e.cause) visit(e.cause);
  if (e.context) visit(e.context);
};

/** CPython 3.11: Objects/exceptions.c BaseException_str */
export function BaseException_str(o: PyObject): PyObject {
  const args = (o as PyBaseExceptionObject).args.items;
  if (args.length === 0) return PyUnicode_FromString('');
  if (args.length === 1) return PyObject_Str(args[0]);
  return PyObject_Str((o as PyBaseExceptionObject).args);
}
PyExc_BaseException.tp_str = BaseException_str;

/** CPython 3.11: Objects/exceptions.c BaseException_repr */
PyExc_BaseException.tp_repr = (o) => {
  const e = o as PyBaseExceptionObject;
  const name = e.ob_type.qualname.slice(e.ob_type.qualname.lastIndexOf('.') + 1);
  const args = e.args.items;
  if (args.length === 1) return PyUnicode_FromString(`${name}(${reprString(args[0])})`);
  return PyUnicode_FromString(name + reprString(e.args));
};

/** KeyError_str: a single argument is shown with repr. */
PyExc_KeyError.tp_str = (o) => {
  const args = (o as PyBaseExceptionObject).args.items;
  if (args.length === 1) return PyObject_Repr(args[0]);
  return BaseException_str(o);
};

/** SyntaxError_str: "msg (filename, line N)". */
PyExc_SyntaxError.tp_str = (o) => {
  const e = o as PyBaseExceptionObject;
  const msg = getField(e, 'msg');
  const filename = getField(e, 'filename');
  const lineno = getField(e, 'lineno');
  const msgStr = msg !== null && msg !== Py_None ? strString(msg) : e.args.items.length ? strString(e.args.items[0]) : '';
  const fname = filename instanceof PyUnicodeObject ? filename.s.slice(filename.s.lastIndexOf('/') + 1) : null;
  const line = lineno !== null && lineno !== Py_None ? strString(lineno) : null;
  if (fname !== null && line !== null) return PyUnicode_FromString(`${msgStr} (${fname}, line ${line})`);
  if (fname !== null) return PyUnicode_FromString(`${msgStr} (${fname})`);
  if (line !== null) return PyUnicode_FromString(`${msgStr} (line ${line})`);
  return PyUnicode_FromString(msgStr);
};

/** Sets the exception's __traceback__ (new reference stored). */
export function setTraceback(e: PyBaseExceptionObject, tb: PyObject | null): void {
  if (tb !== null) incref(tb);
  const old = e.traceback;
  e.traceback = tb;
  xdecref(old);
}

/** Sets __context__ (reference stolen). */
export function setContext(e: PyBaseExceptionObject, ctx: PyObject | null): void {
  const old = e.context;
  e.context = ctx;
  xdecref(old);
}

/** Sets __cause__ (reference stolen) and __suppress_context__. */
export function setCause(e: PyBaseExceptionObject, cause: PyObject | null): void {
  const old = e.cause;
  e.cause = cause;
  e.suppressContext = true;
  xdecref(old);
}

export { none, newref };
