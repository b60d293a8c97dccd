/**
 * Interpreter frames, frame objects and traceback objects.
 * CPython 3.11: Include/internal/pycore_frame.h (_PyInterpreterFrame), Python/frame.c
 * (_PyFrame_Clear, take_ownership), Objects/frameobject.c (PyFrameObject), Python/traceback.c
 * (PyTraceBack_Here, tb objects).
 */
import { PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from '../objects/pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import type { PyCodeObject } from '../objects/codeobject.ts';
import type { PyFunctionObject } from '../objects/funcobject.ts';
import type { PyDictObject } from '../objects/dictobject.ts';
import { PyUnicode_FromString } from '../objects/unicodeobject.ts';
import { Py_None, hexAddr } from '../objects/object.ts';
import { PyLong_FromNumber } from '../objects/longobject.ts';

/** Who owns the frame's memory (_PyFrameOwner). */
export const enum FrameOwner {
  THREAD = 0,
  GENERATOR = 1,
  FRAME_OBJECT = 2,
}

/**
 * NON-CPYTHON: an array of n nulls that V8 keeps "packed" (without holes): much faster to make
 * and to index than `new Array(n).fill(null)`, and a call makes two.
 */
function nullArray(n: number): (PyObject | null)[] {
  let t = nullTemplates[n];
  if (t === undefined) {
    t = [];
    for (let i = 0; i < n; i++) t.push(null);
    nullTemplates[n] = t;
  }
  return t.slice();
}

/** nullArray's templates by length: slicing one copies it at its exact size, with no growing. */
const nullTemplates: (PyObject | null)[][] = [];

/** The interpreter's frame: what a function activation holds (_PyInterpreterFrame). */
export class Frame {
  // NON-CPYTHON: declared fields set by plain assignments (class-field initialisers would define
  // each field twice and keep V8 from inlining the constructor into CALL).
  declare code: PyCodeObject;
  /** f_func: a strong reference (stolen from the caller's stack), null for module/class bodies. */
  declare func: PyFunctionObject | null;
  declare globals: PyDictObject;
  declare builtins: PyDictObject;
  /** f_locals: the namespace of module and class bodies (strong), null for functions. */
  declare locals: PyObject | null;
  declare localsplus: (PyObject | null)[];
  declare stack: (PyObject | null)[];
  declare sp: number;
  /** Index of the next instruction. */
  declare ip: number;
  /** Index of the instruction being executed (prev_instr), for tracebacks and line numbers. */
  declare lasti: number;
  declare previous: Frame | null;
  declare frameObj: PyFrameObjectT | null;
  /** The eval loop returns to its JavaScript caller when this frame returns (is_entry). */
  declare isEntry: boolean;
  declare owner: FrameOwner;
  /** KW_NAMES: the keyword names for the next CALL. */
  declare kwnames: string[] | null;
  /** The generator running this frame, if any. */
  declare gen: PyObject | null;

  constructor(code: PyCodeObject, func: PyFunctionObject | null, globals: PyDictObject, builtins: PyDictObject, locals: PyObject | null) {
    this.code = code;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.localsplus = nullArray(code.nlocalsplus);
    this.stack = nullArray(code.unit.stacksize);
    this.sp = 0;
    this.ip = 0;
    this.lasti = -1;
    this.previous = null;
    this.frameObj = null;
    this.isEntry = false;
    this.owner = FrameOwner.THREAD;
    this.kwnames = null;
    this.gen = null;
  }

  /** The current line (PyCode_Addr2Line of prev_instr). */
  lineno(): number {
    const i = this.lasti < 0 ? 0 : this.lasti;
    const pos = this.code.unit.positions;
    const line = pos[i * 4];
    return line >= 0 ? line : this.code.unit.firstlineno;
  }
}

// ---------------------------------------------------------------------------------------------
// Frame objects
// ---------------------------------------------------------------------------------------------

export const PyFrame_Type: PyTypeObject = registerStaticType(newStaticType('frame', 64, 8, TPFlags.HAVE_GC));

export class PyFrameObjectT extends PyObject {
  /** The interpreter frame; owned by this object once the activation has ended. */
  f: Frame;
  back: PyFrameObjectT | null = null;
  /** f_lineno when the frame has finished (the line it stopped at). */
  ownsFrame = false;
  constructor(f: Frame) {
    super(PyFrame_Type);
    this.f = f;
  }
}

/** _PyFrame_GetFrameObject / _PyFrame_MakeAndSetFrameObject */
export function getFrameObject(f: Frame): PyFrameObjectT {
  if (f.frameObj !== null) return f.frameObj;
  const fo = new PyFrameObjectT(f);
  // 3.11 frame objects embed the frame: size grows with the code's locals and stack.
  gcAllocObject(fo, 64 + 8 * (f.code.nlocalsplus + f.code.unit.stacksize + 10));
  f.frameObj = fo;
  gcTrack(fo);
  return fo;
}

/**
 * CPython 3.11: Python/frame.c _PyFrame_Clear: releases the activation's references, unless a
 * frame object outlives it, which then takes ownership of the locals (take_ownership).
 */
export function clearFrame(f: Frame): void {
  const fo = f.frameObj;
  if (fo !== null) {
    f.frameObj = null;
    if (fo.ob_refcnt > 1) {
      takeOwnership(fo, f);
      decref(fo);
      return;
    }
    decref(fo);
  }
  const lp = f.localsplus;
  for (let i = 0; i < lp.length; i++) {
    const v = lp[i];
    if (v !== null) {
      lp[i] = null;
      decref(v);
    }
  }
  const locals = f.locals;
  f.locals = null;
  xdecref(locals);
  const func = f.func;
  f.func = null;
  xdecref(func);
}

function takeOwnership(fo: PyFrameObjectT, f: Frame): void {
  fo.ownsFrame = true;
  f.owner = FrameOwner.FRAME_OBJECT;
  const prev = f.previous;
  f.previous = null;
  if (prev !== null && fo.back === null) {
    // Link the frame objects (f_back) now that the interpreter frames are going away.
    const back = getFrameObject(prev);
    fo.back = newref(back);
  }
}

function frameObjectDealloc(o: PyObject): void {
  const fo = o as PyFrameObjectT;
  gcUntrack(fo);
  if (fo.ownsFrame) {
    const f = fo.f;
    fo.ownsFrame = false;
    f.frameObj = null;
    const stack = f.stack;
    for (let i = 0; i < f.sp; i++) {
      const v = stack[i];
      stack[i] = null;
      xdecref(v);
    }
    f.sp = 0;
    clearFrame(f);
  }
  const back = fo.back;
  fo.back = null;
  xdecref(back);
  gcDel(fo);
}
PyFrame_Type.tp_dealloc = frameObjectDealloc;

/** frame_tp_clear: a collected frame object drops its locals. */
PyFrame_Type.tp_clear = (o) => {
  const fo = o as PyFrameObjectT;
  if (!fo.ownsFrame) return;
  const f = fo.f;
  const lp = f.localsplus;
  for (let i = 0; i < lp.length; i++) {
    const v = lp[i];
    if (v !== null) {
      lp[i] = null;
      decref(v);
    }
  }
  for (let i = 0; i < f.sp; i++) {
    const v = f.stack[i];
    f.stack[i] = null;
    xdecref(v);
  }
  f.sp = 0;
};

/** frame_traverse: the back link, then the frame's function, code, locals and stack. */
PyFrame_Type.tp_traverse = (o, visit) => {
  const fo = o as PyFrameObjectT;
  if (fo.back !== null) visit(fo.back);
  if (!fo.ownsFrame) return;
  const f = fo.f;
  if (f.func !== null) visit(f.func);
  visit(f.code);
  if (f.locals !== null) visit(f.locals);
  for (const v of f.localsplus) if (v !== null) visit(v);
  for (let i = 0; i < f.sp; i++) {
    const v = f.stack[i];
    if (v !== null) visit(v);
  }
};

PyFrame_Type.tp_repr = (o) => {
  const fo = o as PyFrameObjectT;
  const f = fo.f;
  return PyUnicode_FromString(`<frame at ${hexAddr(fo)}, file '${f.code.filename.s}', line ${f.lineno()}, code ${f.code.name.s}>`);
};

PyFrame_Type.getsets = [
  { name: 'f_lineno', get: (o) => PyLong_FromNumber((o as PyFrameObjectT).f.lineno()) },
  { name: 'f_code', get: (o) => newref((o as PyFrameObjectT).f.code) },
  { name: 'f_globals', get: (o) => newref((o as PyFrameObjectT).f.globals) },
  { name: 'f_builtins', get: (o) => newref((o as PyFrameObjectT).f.builtins) },
  { name: 'f_locals', get: (o) => frameLocalsHook((o as PyFrameObjectT).f) },
  { name: 'f_lasti', get: (o) => PyLong_FromNumber((o as PyFrameObjectT).f.lasti * 2) },
  {
    name: 'f_back',
    get: (o) => {
      const fo = o as PyFrameObjectT;
      if (fo.back !== null) return newref(fo.back);
      const prev = fo.ownsFrame ? null : fo.f.previous;
      if (prev === null) return newref(Py_None);
      return newref(getFrameObject(prev));
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Traceback objects
// ---------------------------------------------------------------------------------------------

export const PyTraceBack_Type: PyTypeObject = registerStaticType(newStaticType('traceback', 48, 0, TPFlags.HAVE_GC));

export class PyTracebackObject extends PyObject {
  next: PyTracebackObject | null;
  frame: PyFrameObjectT;
  lasti: number;
  lineno: number;
  constructor(next: PyTracebackObject | null, frame: PyFrameObjectT, lasti: number, lineno: number) {
    super(PyTraceBack_Type);
    this.next = next;
    this.frame = frame;
    this.lasti = lasti;
    this.lineno = lineno;
  }
}

/** CPython 3.11: Python/traceback.c tb_create_raw (new references to next and frame). */
export function newTraceback(next: PyTracebackObject | null, f: Frame): PyTracebackObject {
  const fo = getFrameObject(f);
  const tb = new PyTracebackObject(next, fo, f.lasti, f.lineno());
  if (next !== null) incref(next);
  incref(fo);
  gcAllocObject(tb, 48);
  gcTrack(tb);
  return tb;
}

PyTraceBack_Type.tp_dealloc = (o) => {
  const tb = o as PyTracebackObject;
  gcUntrack(tb);
  const next = tb.next;
  tb.next = null;
  xdecref(next);
  decref(tb.frame);
  gcDel(tb);
};
PyTraceBack_Type.tp_traverse = (o, visit) => {
  const tb = o as PyTracebackObject;
  if (tb.next !== null) visit(tb.next);
  visit(tb.frame);
};
PyTraceBack_Type.tp_clear = (o) => {
  const tb = o as PyTracebackObject;
  const next = tb.next;
  tb.next = null;
  xdecref(next);
};
PyTraceBack_Type.getsets = [
  { name: 'tb_next', get: (o) => newref((o as PyTracebackObject).next ?? Py_None) },
  { name: 'tb_frame', get: (o) => newref((o as PyTracebackObject).frame) },
  { name: 'tb_lineno', get: (o) => PyLong_FromNumber((o as PyTracebackObject).lineno) },
  { name: 'tb_lasti', get: (o) => PyLong_FromNumber((o as PyTracebackObject).lasti * 2) },
];

let frameLocalsHook: (f: Frame) => PyObject = () => newref(Py_None);
export function setFrameLocalsHook(h: (f: Frame) => PyObject): void {
  frameLocalsHook = h;
}
