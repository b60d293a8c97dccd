/**
 * Code objects and cells.
 * CPython 3.11: Objects/codeobject.c (interning of names and identifier-like constants),
 * Objects/cellobject.c.
 */
import { PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { allocObjectMemory, freeObjectMemory } from '../memory/heap.ts';
import { PyUnicodeObject, PyUnicode_FromString, PyUnicode_InternFromString, PyUnicode_InternInPlace, PyUnicode_Type } from './unicodeobject.ts';
import { PyTupleObject, PyTuple_Type, tupleFromArraySteal } from './tupleobject.ts';
import { Py_None, hexAddr, PyObject_RichCompareBool } from './object.ts';
import type { CodeUnit } from '../compile/code.ts';

export const PyCode_Type: PyTypeObject = registerStaticType(newStaticType('code', 176, 2, 0));
export const PyCell_Type: PyTypeObject = registerStaticType(newStaticType('cell', 24, 0, TPFlags.HAVE_GC));

export const enum CodeFlags {
  CO_OPTIMIZED = 0x1,
  CO_NEWLOCALS = 0x2,
  CO_VARARGS = 0x4,
  CO_VARKEYWORDS = 0x8,
  CO_NESTED = 0x10,
  CO_GENERATOR = 0x20,
  CO_NOFREE = 0x40,
  CO_COROUTINE = 0x80,
  CO_ITERABLE_COROUTINE = 0x100,
  CO_ASYNC_GENERATOR = 0x200,
}

export const enum LocalKind {
  CO_FAST_LOCAL = 0x20,
  CO_FAST_CELL = 0x40,
  CO_FAST_FREE = 0x80,
}

/** A code object: the compiler's CodeUnit plus the Python objects it refers to. */
export class PyCodeObject extends PyObject {
  unit: CodeUnit;
  consts: PyTupleObject;
  names: PyTupleObject;
  localsplusnames: PyTupleObject;
  filename: PyUnicodeObject;
  name: PyUnicodeObject;
  qualname: PyUnicodeObject;
  /** Instruction stream shortcut (unit.code). */
  code: Int32Array;
  nlocalsplus: number;
  /** The first constant is the docstring (the compiler put one there). */
  hasDocstring = false;
  /** Cached co_names as JS strings (for messages). */
  nameStrings: string[];
  constructor(unit: CodeUnit, consts: PyTupleObject, names: PyTupleObject, localsplusnames: PyTupleObject, filename: PyUnicodeObject, name: PyUnicodeObject, qualname: PyUnicodeObject) {
    super(PyCode_Type);
    this.unit = unit;
    this.consts = consts;
    this.names = names;
    this.localsplusnames = localsplusnames;
    this.filename = filename;
    this.name = name;
    this.qualname = qualname;
    this.code = unit.code;
    this.nlocalsplus = unit.localsplusnames.length;
    this.nameStrings = unit.names;
  }
}

/** A tuple of interned names (intern_strings). */
function internedNameTuple(names: string[]): PyTupleObject {
  return tupleFromArraySteal(names.map((n) => PyUnicode_InternFromString(n)));
}

/** all_name_chars: only [a-zA-Z0-9_] (ASCII). */
export function allNameChars(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

/**
 * CPython 3.11: Objects/codeobject.c intern_string_constants: identifier-like str constants are
 * interned in place, recursively inside tuples and frozensets. Returns the (possibly replaced)
 * object, consuming the reference to `o`.
 */
export function internStringConstant(o: PyObject): PyObject {
  if (o.ob_type === PyUnicode_Type) {
    const u = o as PyUnicodeObject;
    if (allNameChars(u.s)) return PyUnicode_InternInPlace(u);
    return u;
  }
  if (o.ob_type === PyTuple_Type) {
    const items = (o as PyTupleObject).items;
    for (let i = 0; i < items.length; i++) items[i] = internStringConstant(items[i]);
  }
  return o;
}

/**
 * Builds a code object from a compiled unit; `consts` are the materialised constants (new
 * references, stolen).
 */
export function PyCode_New(unit: CodeUnit, consts: PyObject[]): PyCodeObject {
  for (let i = 0; i < consts.length; i++) consts[i] = internStringConstant(consts[i]);
  const c = new PyCodeObject(
    unit,
    tupleFromArraySteal(consts),
    internedNameTuple(unit.names),
    internedNameTuple(unit.localsplusnames),
    PyUnicode_InternFromString(unit.filename),
    PyUnicode_InternFromString(unit.name),
    PyUnicode_InternFromString(unit.qualname),
  );
  c.hasDocstring = (unit as CodeUnit & { hasDocstring?: boolean }).hasDocstring ?? false;
  allocObjectMemory(c, 176 + 2 * unit.code.length, 0);
  return c;
}

PyCode_Type.tp_dealloc = (o) => {
  const c = o as PyCodeObject;
  decref(c.consts);
  decref(c.names);
  decref(c.localsplusnames);
  decref(c.filename);
  decref(c.name);
  decref(c.qualname);
  freeObjectMemory(c, 0);
};

PyCode_Type.tp_repr = (o) => {
  const c = o as PyCodeObject;
  return PyUnicode_FromString(`<code object ${c.name.s} at ${hexAddr(c)}, file "${c.filename.s}", line ${c.unit.firstlineno}>`);
};

/** Code objects compare by content (code_richcompare); identity is enough for the kernel's uses. */
PyCode_Type.tp_hash = (o) => (o as PyCodeObject).addr % 1000003;

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

export class PyCellObject extends PyObject {
  ref: PyObject | null;
  constructor(ref: PyObject | null) {
    super(PyCell_Type);
    this.ref = ref;
  }
}

/** PyCell_New: the cell holds a new reference to its contents. */
export function PyCell_New(ref: PyObject | null): PyCellObject {
  const c = new PyCellObject(ref);
  if (ref !== null) incref(ref);
  gcAllocObject(c, 24);
  gcTrack(c);
  return c;
}

PyCell_Type.tp_dealloc = (o) => {
  const c = o as PyCellObject;
  gcUntrack(c);
  const r = c.ref;
  c.ref = null;
  xdecref(r);
  gcDel(c);
};
PyCell_Type.tp_traverse = (o, visit) => {
  const r = (o as PyCellObject).ref;
  if (r !== null) visit(r);
};
PyCell_Type.tp_clear = (o) => {
  const c = o as PyCellObject;
  const r = c.ref;
  c.ref = null;
  xdecref(r);
};
PyCell_Type.tp_repr = (o) => {
  const c = o as PyCellObject;
  if (c.ref === null) return PyUnicode_FromString(`<cell at ${hexAddr(c)}: empty>`);
  return PyUnicode_FromString(`<cell at ${hexAddr(c)}: ${c.ref.ob_type.tp_name} object at ${hexAddr(c.ref)}>`);
};

export { newref, Py_None, PyObject_RichCompareBool, gcDel, gcUntrack };

// ---------------------------------------------------------------------------------------------
// Attributes of code objects and cells
// ---------------------------------------------------------------------------------------------

let codeHooks = {
  int: (n: number): PyObject => {
    throw new Error(`not ready ${n}`);
  },
  strTuple: (names: string[]): PyObject => {
    throw new Error(`not ready ${names.length}`);
  },
  bytes: (b: Uint8Array): PyObject => {
    throw new Error(`not ready ${b.length}`);
  },
  valueError: (msg: string): never => {
    throw new Error(msg);
  },
};
export function setCodeAttrHooks(h: typeof codeHooks): void {
  codeHooks = h;
}

function unit(o: PyObject): CodeUnit {
  return (o as PyCodeObject).unit;
}

PyCode_Type.getsets = [
  { name: 'co_name', get: (o) => newref((o as PyCodeObject).name) },
  { name: 'co_qualname', get: (o) => newref((o as PyCodeObject).qualname) },
  { name: 'co_filename', get: (o) => newref((o as PyCodeObject).filename) },
  { name: 'co_firstlineno', get: (o) => codeHooks.int(unit(o).firstlineno) },
  { name: 'co_argcount', get: (o) => codeHooks.int(unit(o).argcount) },
  { name: 'co_posonlyargcount', get: (o) => codeHooks.int(unit(o).posonlyargcount) },
  { name: 'co_kwonlyargcount', get: (o) => codeHooks.int(unit(o).kwonlyargcount) },
  { name: 'co_nlocals', get: (o) => codeHooks.int(unit(o).nlocals) },
  { name: 'co_stacksize', get: (o) => codeHooks.int(unit(o).stacksize) },
  { name: 'co_flags', get: (o) => codeHooks.int(unit(o).flags) },
  { name: 'co_consts', get: (o) => newref((o as PyCodeObject).consts) },
  { name: 'co_names', get: (o) => newref((o as PyCodeObject).names) },
  { name: 'co_varnames', get: (o) => codeHooks.strTuple(unit(o).varnames) },
  { name: 'co_cellvars', get: (o) => codeHooks.strTuple(unit(o).cellvars) },
  { name: 'co_freevars', get: (o) => codeHooks.strTuple(unit(o).freevars) },
  {
    // NON-CPYTHON layout: (opcode, oparg & 0xff) pairs without CACHE entries.
    name: 'co_code',
    get: (o) => {
      const code = unit(o).code;
      const b = new Uint8Array(code.length);
      for (let i = 0; i < code.length; i += 2) {
        b[i] = code[i];
        b[i + 1] = code[i + 1] & 0xff;
      }
      return codeHooks.bytes(b);
    },
  },
];

PyCell_Type.getsets = [
  {
    name: 'cell_contents',
    get: (o) => {
      const c = o as PyCellObject;
      if (c.ref === null) codeHooks.valueError('Cell is empty');
      return newref(c.ref!);
    },
    set: (o, v) => {
      const c = o as PyCellObject;
      const old = c.ref;
      c.ref = v === null ? null : newref(v);
      xdecref(old);
    },
  },
];
