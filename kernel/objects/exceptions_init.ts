/**
 * Constructors, methods and attributes of the builtin exceptions.
 * CPython 3.11: Objects/exceptions.c (BaseException_new/init, the *_init functions of
 * StopIteration, SystemExit, ImportError, AttributeError, NameError, SyntaxError, OSError;
 * BaseException_getset, with_traceback, add_note).
 */
import { PyObject, PyTypeObject } from './pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { PyErr, raise } from '../vm/errors.ts';
import {
  PyExc_FileNotFoundError, PyExc_FileExistsError, PyExc_PermissionError, PyExc_IsADirectoryError,
  PyExc_NotADirectoryError, PyExc_ProcessLookupError, PyExc_InterruptedError, PyExc_ChildProcessError,
  PyExc_BlockingIOError, PyExc_BrokenPipeError, PyExc_ConnectionResetError, PyExc_ConnectionRefusedError,
  PyExc_ConnectionAbortedError, PyExc_TimeoutError, BaseException_str, PyExc_ExceptionGroup,
  PyExc_BaseExceptionGroup, PyExc_Exception, PyExc_UnicodeEncodeError, PyExc_UnicodeDecodeError, PyExc_UnicodeTranslateError,
  PyBaseExceptionObject, PyExc_AttributeError, PyExc_BaseException, PyExc_ImportError, PyExc_NameError, PyExc_OSError,
  PyExc_StopIteration, PyExc_SyntaxError, PyExc_SystemExit, PyExc_TypeError, PyExc_ValueError, setField, getField,
} from './exceptions.ts';
import { Py_None, PyObject_SetAttr, _PyObject_LookupAttr, none } from './object.ts';
import { PyTupleObject, emptyTupleRef, tupleFromArray } from './tupleobject.ts';
import { PyListObject, PyList_New, PyList_Append } from './listobject.ts';
import { PyUnicodeObject, internString } from './unicodeobject.ts';
import { finishAlloc, makeBuiltinHeapExceptionType } from './typeobject.ts';
import { PyBool_FromBool } from './boolobject.ts';
import { PyLongObject } from './longobject.ts';
import { PyUnicode_FromString as strOf } from './unicodeobject.ts';
import { reprString, strString } from './object.ts';
import { PyTracebackObject } from '../vm/frame.ts';
import { PyDictObject } from './dictobject.ts';
import { callArgsTuple } from './abstract.ts';

function positional(args: PyObject[], kwnames: string[] | null): PyObject[] {
  return kwnames === null ? args : args.slice(0, args.length - kwnames.length);
}

function keyword(args: PyObject[], kwnames: string[] | null, name: string): PyObject | null {
  if (kwnames === null) return null;
  const i = kwnames.indexOf(name);
  return i < 0 ? null : args[args.length - kwnames.length + i];
}

function onlyKeywords(type: PyTypeObject, kwnames: string[] | null, allowed: string[]): void {
  if (kwnames === null) return;
  for (const k of kwnames) {
    if (!allowed.includes(k)) {
      if (allowed.length === 0) raise(PyExc_TypeError, `${type.qualname}() takes no keyword arguments`);
      raise(PyExc_TypeError, `'${k}' is an invalid keyword argument for ${type.qualname}()`);
    }
  }
}

/**
 * self->args = args: the tuple the call received (the one _PyObject_MakeTpCall built, when the
 * exception is made by calling its type), else a tuple of the arguments.
 */
function setArgs(e: PyBaseExceptionObject, args: PyObject[]): void {
  const old = e.args;
  const callTuple = callArgsTuple(args);
  if (callTuple !== null) e.args = newref(callTuple);
  else e.args = args.length === 0 ? emptyTupleRef() : tupleFromArray(args);
  decref(old);
}

/** The keyword arguments each type's __init__ accepts. */
function allowedKeywords(type: PyTypeObject): string[] {
  for (let t: PyTypeObject | null = type; t !== null; t = t.tp_base) {
    if (t === PyExc_ImportError) return ['name', 'path'];
    if (t === PyExc_AttributeError) return ['name', 'obj'];
    if (t === PyExc_NameError) return ['name'];
  }
  return [];
}

/** Sets the type-specific attributes from the arguments (the per-type *_init). */
function initFields(e: PyBaseExceptionObject, args: PyObject[], allArgs: PyObject[], kwnames: string[] | null): void {
  const t = e.ob_type;
  const isSub = (base: PyTypeObject) => {
    for (let x: PyTypeObject | null = t; x !== null; x = x.tp_base) if (x === base) return true;
    return false;
  };
  if (isSub(PyExc_StopIteration)) setField(e, 'value', args.length > 0 ? args[0] : Py_None);
  else if (isSub(PyExc_SystemExit)) {
    if (args.length === 0) setField(e, 'code', Py_None);
    else if (args.length === 1) setField(e, 'code', args[0]);
    else setField(e, 'code', e.args);
  } else if (isSub(PyExc_ImportError)) {
    // ImportError_init: fields not given stay NULL (they read as None).
    setOrClear(e, 'name', keyword(allArgs, kwnames, 'name'));
    setOrClear(e, 'path', keyword(allArgs, kwnames, 'path'));
    setOrClear(e, 'msg', args.length === 1 ? args[0] : null);
  } else if (isSub(PyExc_AttributeError)) {
    setOrClear(e, 'name', keyword(allArgs, kwnames, 'name'));
    setOrClear(e, 'obj', keyword(allArgs, kwnames, 'obj'));
  } else if (isSub(PyExc_NameError)) {
    setOrClear(e, 'name', keyword(allArgs, kwnames, 'name'));
  } else if (isSub(PyExc_SyntaxError)) {
    if (args.length >= 1) setField(e, 'msg', args[0]);
    if (args.length === 2) {
      const info = args[1];
      if (!(info instanceof PyTupleObject)) raise(PyExc_TypeError, 'SyntaxError() argument 2 must be tuple');
      const names = ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'];
      if (info.items.length < 4 || info.items.length > 6) raise(PyExc_ValueError, 'tuple index out of range');
      info.items.forEach((v, i) => setField(e, names[i], v));
    }
  } else if (isSub(PyExc_OSError)) {
    if (args.length >= 2 && args.length <= 5) {
      setField(e, 'errno', args[0]);
      setField(e, 'strerror', args[1]);
      if (args.length >= 3 && args[2] !== Py_None) {
        setField(e, 'filename', args[2]);
        if (args.length >= 5) setField(e, 'filename2', args[4]);
        // oserror_init: with a filename, args keeps only (errno, strerror).
        setArgs(e, args.slice(0, 2));
      }
    }
  } else if (isSub(PyExc_UnicodeEncodeError) || isSub(PyExc_UnicodeDecodeError)) {
    if (args.length === 5) ['encoding', 'object', 'start', 'end', 'reason'].forEach((n, i) => setField(e, n, args[i]));
  } else if (isSub(PyExc_UnicodeTranslateError)) {
    if (args.length === 4) ['object', 'start', 'end', 'reason'].forEach((n, i) => setField(e, n, args[i]));
  }
}

/** Py_XSETREF of an exception field: a new value, or NULL. */
function setOrClear(e: PyBaseExceptionObject, name: string, value: PyObject | null): void {
  if (value !== null) {
    setField(e, name, value);
    return;
  }
  const old = e.fields?.get(name);
  if (old === undefined) return;
  e.fields!.delete(name);
  decref(old);
}

/** errno -> OSError subclass (Objects/exceptions.c _PyExc_InitState's errnomap, Linux values). */
const ERRNO_MAP: Record<number, () => PyTypeObject> = {
  2: () => PyExc_FileNotFoundError, 17: () => PyExc_FileExistsError, 13: () => PyExc_PermissionError,
  1: () => PyExc_PermissionError, 21: () => PyExc_IsADirectoryError, 20: () => PyExc_NotADirectoryError,
  3: () => PyExc_ProcessLookupError, 4: () => PyExc_InterruptedError, 10: () => PyExc_ChildProcessError,
  11: () => PyExc_BlockingIOError, 32: () => PyExc_BrokenPipeError, 104: () => PyExc_ConnectionResetError,
  111: () => PyExc_ConnectionRefusedError, 103: () => PyExc_ConnectionAbortedError, 110: () => PyExc_TimeoutError,
};

/** CPython 3.11: Objects/exceptions.c BaseException_new (and OSError_new's errno mapping). */
function BaseException_new(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const pos = positional(args, kwnames);
  if (type === PyExc_OSError && pos.length >= 2 && pos[0] instanceof PyLongObject) {
    const sub = ERRNO_MAP[Number(pos[0].v)];
    if (sub !== undefined) type = sub();
  }
  const e = new PyBaseExceptionObject(type, emptyTupleRef());
  finishAlloc(e, type);
  setArgs(e, positional(args, kwnames));
  return e;
}

/** CPython 3.11: Objects/exceptions.c BaseException_init and the per-type init functions. */
function BaseException_init(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const e = self as PyBaseExceptionObject;
  onlyKeywords(e.ob_type, kwnames, allowedKeywords(e.ob_type));
  const pos = positional(args, kwnames);
  setArgs(e, pos);
  initFields(e, pos, args, kwnames);
}

/** CPython 3.11: Objects/exceptions.c OSError_str */
function OSError_str(o: PyObject): PyObject {
  const e = o as PyBaseExceptionObject;
  const errno = getField(e, 'errno');
  const strerror = getField(e, 'strerror');
  const filename = getField(e, 'filename');
  const has = (x: PyObject | null) => x !== null && x !== Py_None;
  if (has(filename)) {
    const f2 = getField(e, 'filename2');
    if (has(f2)) return strOf(`[Errno ${strString(errno ?? Py_None)}] ${strString(strerror ?? Py_None)}: ${reprString(filename!)} -> ${reprString(f2!)}`);
    return strOf(`[Errno ${strString(errno ?? Py_None)}] ${strString(strerror ?? Py_None)}: ${reprString(filename!)}`);
  }
  if (has(errno) && has(strerror)) return strOf(`[Errno ${strString(errno!)}] ${strString(strerror!)}`);
  return BaseException_str(o);
}

export function installExceptionConstructors(): void {
  PyExc_OSError.tp_str = OSError_str;
  // ExceptionGroup derives from both BaseExceptionGroup and Exception.
  PyExc_ExceptionGroup.tp_bases = tupleFromArray([PyExc_BaseExceptionGroup, PyExc_Exception]);
  makeBuiltinHeapExceptionType(PyExc_ExceptionGroup);
  PyExc_BaseException.tp_new = BaseException_new;
  PyExc_BaseException.tp_init = BaseException_init;
  PyExc_BaseException.tp_alloc = (type) => {
    const e = new PyBaseExceptionObject(type, emptyTupleRef());
    finishAlloc(e, type);
    return e;
  };
  PyExc_BaseException.methods = [
    {
      name: 'with_traceback',
      fn: (self, args) => {
        const e = self as PyBaseExceptionObject;
        const tb = args[0];
        const old = e.traceback;
        e.traceback = tb === Py_None ? null : newref(tb);
        xdecref(old);
        return newref(self);
      },
    },
    {
      name: 'add_note',
      /**
       * CPython 3.11: Objects/exceptions.c BaseException_add_note: the notes are the `__notes__`
       * attribute (in the instance's __dict__), a list made on the first note.
       */
      fn: (self, args) => {
        const note = args[0];
        if (!(note instanceof PyUnicodeObject)) raise(PyExc_TypeError, `note must be a str, not '${note.ob_type.tp_name}'`);
        const key = internString('__notes__');
        let notes = _PyObject_LookupAttr(self, key);
        if (notes === null) {
          notes = PyList_New();
          try {
            PyObject_SetAttr(self, key, notes);
          } catch (e) {
            decref(notes);
            throw e;
          }
        } else if (!(notes instanceof PyListObject)) {
          decref(notes);
          raise(PyExc_TypeError, 'Cannot add note: __notes__ is not a list');
        }
        try {
          PyList_Append(notes as PyListObject, note);
        } finally {
          decref(notes);
        }
        return none();
      },
    },
  ];
  PyExc_BaseException.getsets = [
    {
      name: 'args',
      get: (o) => newref((o as PyBaseExceptionObject).args),
      set: (o, v) => {
        if (v === null) raise(PyExc_TypeError, 'args may not be deleted');
        const items: PyObject[] = v instanceof PyTupleObject ? v.items : [];
        setArgs(o as PyBaseExceptionObject, items);
      },
    },
    {
      name: '__traceback__',
      get: (o) => newref((o as PyBaseExceptionObject).traceback ?? Py_None),
      set: (o, v) => {
        const e = o as PyBaseExceptionObject;
        if (v === null) raise(PyExc_TypeError, '__traceback__ may not be deleted');
        if (v !== Py_None && !(v instanceof PyTracebackObject)) raise(PyExc_TypeError, '__traceback__ must be a traceback or None');
        const old = e.traceback;
        e.traceback = v === Py_None ? null : newref(v);
        xdecref(old);
      },
    },
    {
      name: '__context__',
      get: (o) => newref((o as PyBaseExceptionObject).context ?? Py_None),
      set: (o, v) => {
        const e = o as PyBaseExceptionObject;
        const old = e.context;
        e.context = v === null || v === Py_None ? null : newref(v);
        xdecref(old);
      },
    },
    {
      name: '__cause__',
      get: (o) => newref((o as PyBaseExceptionObject).cause ?? Py_None),
      set: (o, v) => {
        const e = o as PyBaseExceptionObject;
        const old = e.cause;
        e.cause = v === null || v === Py_None ? null : newref(v);
        e.suppressContext = true;
        xdecref(old);
      },
    },
    {
      name: '__suppress_context__',
      get: (o) => PyBool_FromBool((o as PyBaseExceptionObject).suppressContext),
      set: (o, v) => {
        (o as PyBaseExceptionObject).suppressContext = v !== null && v.ob_type.nb_bool !== null ? v.ob_type.nb_bool(v) : false;
      },
    },
    {
      name: '__dict__',
      get: (o) => {
        const inst = o.inst!;
        if (inst.dict === null) inst.dict = newDictHook();
        return newref(inst.dict);
      },
    },
  ];
}

let newDictHook: () => PyDictObject = () => {
  throw new Error('not ready');
};
export function setExceptionDictFactory(f: () => PyDictObject): void {
  newDictHook = f;
}

export { getField, incref };

/**
 * The exception's `__notes__` (a new reference), or null when it has none or looking it up fails
 * (CPython 3.11: Python/pythonrun.c print_exception_notes, PyObject_HasAttr then GetAttr).
 */
export function excNotes(e: PyObject): PyObject | null {
  try {
    return _PyObject_LookupAttr(e, internString('__notes__'));
  } catch (err) {
    if (err instanceof PyErr) {
      decref(err.exc);
      return null;
    }
    throw err;
  }
}
