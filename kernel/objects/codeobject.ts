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
import type { AttrCache, GlobalCache } from '../vm/specialize.ts';
import type { Frame } from '../vm/frame.ts';
import type { JitFunction } from '../vm/jit.ts';
import { codeUnitCount } from './code_units.ts';

/** code.__basicsize__ = offsetof(PyCodeObject, co_code_adaptive); the code units follow (itemsize 2). */
export const PyCode_Type: PyTypeObject = registerStaticType(newStaticType('code', 184, 2, 0));
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
  /** Py_SIZE: CPython's code units (instructions, caches, EXTENDED_ARGs); see code_units.ts. */
  ob_size = 0;
  /** co_warmup: counts up to 0, when the code is quickened (kernel/vm/adaptive.ts). */
  warmup = -8;
  /** After quickening: per instruction, the state and counter of each BINARY_OP add. */
  binaryAddState: Uint8Array | null = null;
  binaryAddCounter: Uint16Array | null = null;
  /** After quickening: per instruction, the state and counter of each COMPARE_OP. */
  compareState: Uint8Array | null = null;
  compareCounter: Uint16Array | null = null;
  /** LOAD_GLOBAL's inline caches, by instruction (kernel/vm/specialize.ts), made on first use. */
  globalCache: (GlobalCache | null)[] | null = null;
  /** co_code_adaptive: the instructions with superinstructions in (kernel/vm/specialize.ts). */
  quickened: Int32Array | null = null;
  /** LOAD_ATTR, STORE_ATTR and LOAD_METHOD's inline caches, by instruction, made on first use. */
  attrCache: (AttrCache | null)[] | null = null;
  /**
   * NON-CPYTHON: the code of a kernel/lib function that CPython implements in C (operator,
   * functools.partial, ...; kernel/lib/index.ts). Such a frame adds no traceback entry, as a
   * C function has no frame to add.
   */
  cImplemented = false;
  /**
   * NON-CPYTHON: finished frames of this code kept for reuse (kernel/vm/frame.ts
   * releaseFrame), linked through Frame.poolNext. CPython gets the same from its frame stack
   * (_PyThreadState_BumpFramePointer): a call makes no new allocation.
   */
  framePool: Frame | null = null;
  /**
   * NON-CPYTHON: the code translated to a JavaScript function (kernel/vm/jit.ts); undefined
   * until the code is warm and looked at, null when it stays with the eval loop.
   */
  jit: JitFunction | null | undefined = undefined;
  /** NON-CPYTHON: how often its translated function has handed a frame back to the eval loop (kernel/vm/jit.ts). */
  jitExits = 0;
  constructor(unit: CodeUnit, consts: PyTupleObject, names: PyTupleObject, localsplusnames: PyTupleObject, filename: PyUnicodeObject, name: PyUnicodeObject, qualname: PyUnicodeObject) {
    super(PyCode_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyCode_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
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

/** A tuple of interned names (dict_keys_inorder of interned names; intern_strings). */
export function internedNameTuple(names: string[]): PyTupleObject {
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
 * CPython 3.11: Objects/codeobject.c _PyCode_New: a code object for a compiled unit, holding the
 * tuples makecode made (new references, stolen). The str constants that look like identifiers
 * are interned in place (intern_string_constants).
 */
export function PyCode_New(unit: CodeUnit, consts: PyTupleObject, names: PyTupleObject, localsplusnames: PyTupleObject): PyCodeObject {
  const items = consts.items;
  for (let i = 0; i < items.length; i++) items[i] = internStringConstant(items[i]);
  const c = new PyCodeObject(
    unit,
    consts,
    names,
    localsplusnames,
    PyUnicode_InternFromString(unit.filename),
    PyUnicode_InternFromString(unit.name),
    PyUnicode_InternFromString(unit.qualname),
  );
  c.hasDocstring = (unit as CodeUnit & { hasDocstring?: boolean }).hasDocstring ?? false;
  // _PyObject_VAR_SIZE: the header and the code units, rounded up to a multiple of 8.
  c.ob_size = codeUnitCount(unit.code);
  allocObjectMemory(c, (PyCode_Type.tp_basicsize + PyCode_Type.tp_itemsize * c.ob_size + 7) & ~7, 0);
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
    super(PyCell_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyCell_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
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

/** CPython 3.11: Objects/codeobject.c code_sizeof: _PyObject_VAR_SIZE (rounded to 8 bytes). */
PyCode_Type.methods = [
  {
    name: '__sizeof__',
    fn: (o) => codeHooks.int((PyCode_Type.tp_basicsize + PyCode_Type.tp_itemsize * (o as PyCodeObject).ob_size + 7) & ~7),
  },
];

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
