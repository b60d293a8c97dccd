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
 * and to index than `new Array(n).fill(null)`, and a call makes two. Small sizes are array
 * literals, which V8 allocates inline (a third faster than copying a template).
 */
function nullArray(n: number): (PyObject | null)[] {
  switch (n) {
    case 0: return [];
    case 1: return [null];
    case 2: return [null, null];
    case 3: return [null, null, null];
    case 4: return [null, null, null, null];
    case 5: return [null, null, null, null, null];
    case 6: return [null, null, null, null, null, null];
    case 7: return [null, null, null, null, null, null, null];
    case 8: return [null, null, null, null, null, null, null, null];
  }
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
  /** f_code: a strong reference (taken by _PyFrame_InitializeSpecials, released by clearFrame). */
  declare code: PyCodeObject;
  /**
   * f_func: a strong reference (stolen from the caller's stack; module and exec code run in a
   * function made by PyEval_EvalCode). Null once the frame is cleared.
   */
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
  /** NON-CPYTHON: the next frame in its code's pool of finished frames (newFrame, releaseFrame). */
  declare poolNext: Frame | null;

  /**
   * CPython 3.11: Include/internal/pycore_frame.h _PyFrame_InitializeSpecials: the frame takes
   * `func` and `locals` (references the caller gives it) and a new reference to the code.
   */
  constructor(code: PyCodeObject, func: PyFunctionObject, globals: PyDictObject, builtins: PyDictObject, locals: PyObject | null) {
    code.ob_refcnt++;
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
    this.poolNext = null;
  }

  /** The current line (PyCode_Addr2Line of prev_instr). */
  lineno(): number {
    const i = this.lasti < 0 ? 0 : this.lasti;
    const pos = this.code.unit.positions;
    const line = pos[i * 4];
    return line >= 0 ? line : this.code.unit.firstlineno;
  }
}

/**
 * NON-CPYTHON: frames are reused while no observer watches (the recorder tells frames apart by
 * identity); ceval.ts setLineHook turns this off while a line hook is set.
 */
let framePooling = true;
export function setFramePooling(on: boolean): void {
  framePooling = on;
}

/**
 * A frame for a call of `code` (as new Frame(...)): a finished frame of the same code when its
 * pool has one, else a new one. CPython 3.11 pushes frames on the thread's frame stack
 * (_PyThreadState_BumpFramePointer) and so allocates nothing per call; the reuse is invisible
 * to Python (no object is allocated or freed either way).
 */
export function newFrame(code: PyCodeObject, func: PyFunctionObject, globals: PyDictObject, builtins: PyDictObject, locals: PyObject | null): Frame {
  const f = code.framePool;
  if (f === null || !framePooling) return new Frame(code, func, globals, builtins, locals);
  code.framePool = f.poolNext;
  f.poolNext = null;
  code.ob_refcnt++;
  f.func = func;
  f.globals = globals;
  f.builtins = builtins;
  f.locals = locals;
  f.sp = 0;
  f.ip = 0;
  f.lasti = -1;
  f.isEntry = false;
  f.kwnames = null;
  return f;
}

/**
 * Gives a finished function frame back to its code's pool. Only a frame nothing else can reach
 * qualifies: cleared (clearFrame) while it had no frame object, owned by the thread, and not
 * a generator's; previous, kwnames and gen are already null then, its locals all null.
 */
export function releaseFrame(f: Frame): void {
  if (!framePooling || f.owner !== FrameOwner.THREAD || f.frameObj !== null || f.gen !== null) return;
  const code = f.code;
  f.previous = null;
  f.poolNext = code.framePool;
  code.framePool = f;
}

// ---------------------------------------------------------------------------------------------
// Frame objects
// ---------------------------------------------------------------------------------------------

/**
 * frame.__basicsize__ = offsetof(PyFrameObject, _f_frame_data) + offsetof(_PyInterpreterFrame,
 * localsplus) = 120; the frame's locals and value stack follow (itemsize 8).
 */
export const PyFrame_Type: PyTypeObject = registerStaticType(newStaticType('frame', 120, 8, TPFlags.HAVE_GC));

export class PyFrameObjectT extends PyObject {
  /** The interpreter frame; owned by this object once the activation has ended. */
  f: Frame;
  back: PyFrameObjectT | null = null;
  /** f_lineno when the frame has finished (the line it stopped at). */
  ownsFrame = false;
  constructor(f: Frame) {
    super(PyFrame_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyFrame_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.f = f;
  }
  /** Py_SIZE: the slots for locals and the value stack (frame_sizeof counts them). */
  get ob_size(): number {
    return this.f.code.nlocalsplus + this.f.code.unit.stacksize;
  }
}

/**
 * _PyFrame_GetFrameObject / _PyFrame_MakeAndSetFrameObject. The frame object of a running or
 * suspended frame is a GC allocation but is not tracked (_PyFrame_New_NoTrack); it is tracked
 * once it owns the frame (take_ownership).
 */
export function getFrameObject(f: Frame): PyFrameObjectT {
  if (f.frameObj !== null) return f.frameObj;
  const fo = new PyFrameObjectT(f);
  // _PyFrame_New_NoTrack: PyObject_GC_NewVar with co_nlocalsplus + co_stacksize slots (the
  // interpreter frame is copied in when the activation ends).
  gcAllocObject(fo, PyFrame_Type.tp_basicsize + 8 * fo.ob_size);
  f.frameObj = fo;
  return fo;
}

/**
 * CPython 3.11: Python/frame.c _PyFrame_Clear: releases the activation's references (locals,
 * f_locals, f_func, f_code), unless a frame object outlives it, which then takes ownership of
 * them (take_ownership). NON-CPYTHON: the value stack is released by the eval loop before
 * (clearFrameStack); a frame whose f_func is already null was cleared and holds nothing.
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
  if (func === null) return;
  f.func = null;
  decref(func);
  decref(f.code);
}

/**
 * The frame f_back names: the previous one, passing over the frames of kernel/lib code that
 * CPython runs as C functions (NON-CPYTHON: they have no frame in CPython).
 */
export function previousPythonFrame(f: Frame): Frame | null {
  let prev = f.previous;
  while (prev !== null && prev.code.cImplemented) prev = prev.previous;
  return prev;
}

function takeOwnership(fo: PyFrameObjectT, f: Frame): void {
  fo.ownsFrame = true;
  f.owner = FrameOwner.FRAME_OBJECT;
  const prev = previousPythonFrame(f);
  f.previous = null;
  if (prev !== null && fo.back === null) {
    // Link the frame objects (f_back) now that the interpreter frames are going away.
    const back = getFrameObject(prev);
    fo.back = newref(back);
  }
  if (fo.gcNext === null) gcTrack(fo);
}

/** The locals and then the value stack of a frame, released in that order (stacktop = 0). */
function clearLocalsAndStack(f: Frame): void {
  const lp = f.localsplus;
  for (let i = 0; i < lp.length; i++) {
    const v = lp[i];
    if (v !== null) {
      lp[i] = null;
      decref(v);
    }
  }
  const stack = f.stack;
  for (let i = 0; i < f.sp; i++) {
    const v = stack[i];
    stack[i] = null;
    xdecref(v);
  }
  f.sp = 0;
}

/**
 * CPython 3.11: Objects/frameobject.c frame_dealloc: a frame object that owns its frame
 * releases f_func, f_locals, the locals and the stack; then f_back; the code object last,
 * after the memory is freed.
 */
function frameObjectDealloc(o: PyObject): void {
  const fo = o as PyFrameObjectT;
  gcUntrack(fo);
  let code: PyCodeObject | null = null;
  if (fo.ownsFrame) {
    const f = fo.f;
    fo.ownsFrame = false;
    f.frameObj = null;
    const func = f.func;
    if (func !== null) {
      // Don't clear the code object until the end.
      code = f.code;
      f.func = null;
      decref(func);
    }
    const locals = f.locals;
    f.locals = null;
    xdecref(locals);
    clearLocalsAndStack(f);
  }
  const back = fo.back;
  fo.back = null;
  xdecref(back);
  gcDel(fo);
  if (code !== null) decref(code);
}
PyFrame_Type.tp_dealloc = frameObjectDealloc;

/**
 * CPython 3.11: Objects/frameobject.c frame_tp_clear: the locals and the stack of the frame
 * the object refers to, whoever owns it (f_trace: the kernel has no tracing).
 */
PyFrame_Type.tp_clear = (o) => {
  clearLocalsAndStack((o as PyFrameObjectT).f);
};

/**
 * CPython 3.11: Objects/frameobject.c frame_traverse: f_back (and f_trace); an owned frame
 * then as Python/frame.c _PyFrame_Traverse: frame_obj, f_locals, f_func, f_code, the locals
 * and the stack.
 */
PyFrame_Type.tp_traverse = (o, visit) => {
  const fo = o as PyFrameObjectT;
  if (fo.back !== null) visit(fo.back);
  if (!fo.ownsFrame) return;
  traverseFrame(fo.f, visit);
};

/** CPython 3.11: Python/frame.c _PyFrame_Traverse (generators traverse their frame with it too). */
export function traverseFrame(f: Frame, visit: (o: PyObject) => void): void {
  if (f.frameObj !== null) visit(f.frameObj);
  if (f.locals !== null) visit(f.locals);
  if (f.func === null) return;
  visit(f.func);
  visit(f.code);
  const lp = f.localsplus;
  for (let i = 0; i < lp.length; i++) {
    const v = lp[i];
    if (v !== null) visit(v);
  }
  const stack = f.stack;
  for (let i = 0; i < f.sp; i++) {
    const v = stack[i];
    if (v !== null) visit(v);
  }
}

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
      const prev = fo.ownsFrame ? null : previousPythonFrame(fo.f);
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
    super(PyTraceBack_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyTraceBack_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
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

/**
 * NON-CPYTHON typing: tb_frame is declared non-null; only a traceback the collector has cleared
 * (garbage nothing reaches) has none.
 */
type ClearedTraceback = { frame: PyFrameObjectT | null };

/** CPython 3.11: Python/traceback.c tb_dealloc: tb_next, then tb_frame. */
PyTraceBack_Type.tp_dealloc = (o) => {
  const tb = o as PyTracebackObject;
  gcUntrack(tb);
  const next = tb.next;
  tb.next = null;
  xdecref(next);
  xdecref((tb as ClearedTraceback).frame);
  gcDel(tb);
};
/** CPython 3.11: Python/traceback.c tb_traverse: tb_next, tb_frame. */
PyTraceBack_Type.tp_traverse = (o, visit) => {
  const tb = o as PyTracebackObject;
  if (tb.next !== null) visit(tb.next);
  const frame = (tb as ClearedTraceback).frame;
  if (frame !== null) visit(frame);
};
/** CPython 3.11: Python/traceback.c tb_clear: Py_CLEAR of tb_next, then of tb_frame. */
PyTraceBack_Type.tp_clear = (o) => {
  const tb = o as PyTracebackObject;
  const next = tb.next;
  tb.next = null;
  xdecref(next);
  const cleared = tb as ClearedTraceback;
  const frame = cleared.frame;
  cleared.frame = null;
  xdecref(frame);
};
PyTraceBack_Type.getsets = [
  { name: 'tb_next', get: (o) => newref((o as PyTracebackObject).next ?? Py_None) },
  { name: 'tb_frame', get: (o) => newref(((o as PyTracebackObject) as ClearedTraceback).frame ?? Py_None) },
  { name: 'tb_lineno', get: (o) => PyLong_FromNumber((o as PyTracebackObject).lineno) },
  { name: 'tb_lasti', get: (o) => PyLong_FromNumber((o as PyTracebackObject).lasti * 2) },
];

let frameLocalsHook: (f: Frame) => PyObject = () => newref(Py_None);
export function setFrameLocalsHook(h: (f: Frame) => PyObject): void {
  frameLocalsHook = h;
}
