/**
 * Generators: a suspended frame and the send/throw/close protocol.
 * CPython 3.11: Objects/genobject.c.
 */
import { PyObject, PyTypeObject, TPFlags, newStaticType, registerStaticType } from './pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { gcAllocObject, gcDel, gcTrack, gcUntrack } from '../gc/gcstate.ts';
import { PyUnicodeObject, PyUnicode_FromString } from './unicodeobject.ts';
import { Py_None, PyObject_TypeCheck, hexAddr } from './object.ts';
import { PyErr, raise, raiseObject } from '../vm/errors.ts';
import {
  PyExc_GeneratorExit, PyExc_RuntimeError, PyExc_StopIteration, PyExc_TypeError, PyExc_ValueError, newStopIteration,
  isExceptionClass, isExceptionInstance, newExceptionOfType, PyBaseExceptionObject, setTraceback,
} from './exceptions.ts';
import { Frame, FrameOwner, clearFrame, traverseFrame } from '../vm/frame.ts';
import type { PyCodeObject } from './codeobject.ts';
import { callFinalizerFromDealloc } from './instances.ts';
import { emptyTupleRef, tupleFromArray, PyTupleObject as PyTupleObjectRef } from './tupleobject.ts';
import { PyObject_Call } from './abstract.ts';

export const PyGen_Type: PyTypeObject = registerStaticType(newStaticType('generator', 80, 8, TPFlags.HAVE_GC));

export const enum GenState {
  CREATED = -2,
  SUSPENDED = -1,
  EXECUTING = 0,
  COMPLETED = 1,
  CLEARED = 4,
}

export class PyGenObject extends PyObject {
  frame: Frame;
  /** gi_code: a strong reference (besides the one its frame holds). */
  code: PyCodeObject;
  state: GenState = GenState.CREATED;
  name: PyUnicodeObject;
  qualname: PyUnicodeObject;
  /** gi_exc_state: the exception being handled inside the generator while it is suspended. */
  excState: PyObject | null = null;
  constructor(frame: Frame, name: PyUnicodeObject, qualname: PyUnicodeObject) {
    super(PyGen_Type, false);
    this.ob_refcnt = 1;
    this.ob_type = PyGen_Type;
    this.addr = 0;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gcFlags = 0;
    this.inst = null;
    this.frame = frame;
    this.code = frame.code;
    this.name = name;
    this.qualname = qualname;
  }
}

/** The eval loop entry used to resume a generator frame (installed by ceval.ts). */
let resumeFrame: (f: Frame, value: PyObject | null, exc: PyObject | null) => PyObject = () => {
  throw new Error('not ready');
};
export function setGenResume(f: typeof resumeFrame): void {
  resumeFrame = f;
}

/** Result of running the frame: did it yield (true) or return (false)? Set by the eval loop. */
export const genRun = { yielded: false };

/** CPython 3.11: Objects/genobject.c make_gen / _Py_MakeCoro: the generator takes the frame. */
export function makeGenerator(frame: Frame): PyGenObject {
  const code = frame.code;
  const func = frame.func!;
  const gen = new PyGenObject(frame, func.name, func.qualname);
  incref(gen.code);
  incref(func.name);
  incref(func.qualname);
  frame.owner = FrameOwner.GENERATOR;
  frame.gen = gen;
  gcAllocObject(gen, 80 + 8 * (code.nlocalsplus + code.unit.stacksize + 10));
  gcTrack(gen);
  return gen;
}

/**
 * CPython 3.11: Objects/genobject.c gen_send_ex2: resumes the generator with `arg` (or throws
 * `exc` into it). Returns [yielded value, true] or [return value, false].
 */
export function genSendEx(gen: PyGenObject, arg: PyObject | null, exc: PyObject | null, closing = false): PyObject {
  if (gen.state === GenState.CREATED && arg !== null && arg !== Py_None && exc === null) {
    raise(PyExc_TypeError, "can't send non-None value to a just-started generator");
  }
  if (gen.state === GenState.EXECUTING) raise(PyExc_ValueError, 'generator already executing');
  if (gen.state >= GenState.COMPLETED) {
    if (exc !== null) raiseObject(exc);
    if (arg !== null && !closing) raiseObject(newStopIteration(Py_None));
    genRun.yielded = false;
    return newref(Py_None);
  }
  const started = gen.state === GenState.SUSPENDED;
  gen.state = GenState.EXECUTING;
  let result: PyObject;
  try {
    // gen_send_ex2 always pushes the sent value (None the first time) before resuming.
    void started;
    result = resumeFrame(gen.frame, arg !== null ? newref(arg) : newref(Py_None), exc);
  } catch (e) {
    // Don't keep the reference to previous any longer than necessary (gen_send_ex2).
    gen.frame.previous = null;
    throw genRaised(gen, e);
  }
  gen.frame.previous = null;
  if (genRun.yielded) {
    gen.state = GenState.SUSPENDED;
    return result;
  }
  genReturned(gen);
  // Clearing the frame may run Python code (a __del__): the answer is set again.
  genRun.yielded = false;
  return result;
}

/** gen_send_ex2 after the frame returned: the generator is finished and its frame cleared. */
export function genReturned(gen: PyGenObject): void {
  gen.state = GenState.COMPLETED;
  finishGenFrame(gen);
}

/**
 * gen_send_ex2 after the frame raised `e`: the generator is finished, its frame cleared, and
 * the error to propagate is returned (PEP 479: a StopIteration becomes a RuntimeError).
 */
export function genRaised(gen: PyGenObject, e: unknown): unknown {
  gen.state = GenState.COMPLETED;
  finishGenFrame(gen);
  if (e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_StopIteration)) {
    const err = newExceptionOfType(PyExc_RuntimeError, tupleFromArray([PyUnicode_FromString('generator raised StopIteration')]));
    decref((err.args.items[0]));
    (err as PyBaseExceptionObject).cause = e.exc;
    (err as PyBaseExceptionObject).context = newref(e.exc);
    (err as PyBaseExceptionObject).suppressContext = true;
    return new PyErr(err);
  }
  return e;
}

function finishGenFrame(gen: PyGenObject): void {
  const f = gen.frame;
  if (f.owner === FrameOwner.GENERATOR) {
    f.owner = FrameOwner.THREAD;
    f.previous = null;
    clearFrame(f);
  }
}

/** gen_iternext: the next value, or null when the generator returns. */
function gen_iternext(o: PyObject): PyObject | null {
  const gen = o as PyGenObject;
  const v = genSendEx(gen, null, null);
  const yielded = genRun.yielded;
  if (yielded) return v;
  // CPython sets StopIteration(value) here and every iterating caller clears it; only next()
  // shows the value (genNextWithValue), so the kernel ends the iteration quietly.
  decref(v);
  return null;
}

/** next(gen) / gen.__next__(): a return value travels in StopIteration (_PyGen_SetStopIterationValue). */
export function genNextWithValue(gen: PyGenObject): PyObject {
  const v = genSendEx(gen, null, null);
  const yielded = genRun.yielded;
  if (yielded) return v;
  if (v !== Py_None) {
    const stop = newStopIteration(v);
    decref(v);
    raiseObject(stop);
  }
  decref(v);
  raiseObject(newStopIteration(Py_None));
}

PyGen_Type.tp_iternext = gen_iternext;
PyGen_Type.tp_iter = (o) => newref(o);

/** gen.send(value) */
export function genSend(gen: PyGenObject, value: PyObject): PyObject {
  const v = genSendEx(gen, value, null);
  const yielded = genRun.yielded;
  if (yielded) return v;
  const stop = newStopIteration(v);
  decref(v);
  raiseObject(stop);
}

/**
 * _PyGen_yf: the sub-iterator a generator suspended in `yield from` delegates to (the stack top,
 * when the next instruction is RESUME with oparg >= 2), or null.
 */
function genYf(gen: PyGenObject): PyObject | null {
  if (gen.state !== GenState.SUSPENDED) return null;
  const f = gen.frame;
  const code = f.code.code;
  if (code[2 * f.ip] !== 151 /* RESUME */ || code[2 * f.ip + 1] < 2) return null;
  return f.stack[f.sp - 1];
}

/** CPython 3.11: Objects/genobject.c _gen_throw (with yield-from delegation). */
export function genThrow(gen: PyGenObject, typ: PyObject, val: PyObject | null, tb: PyObject | null, closeOnGenexit = true): PyObject {
  const yf = genYf(gen);
  if (yf !== null) {
    incref(yf);
    try {
      if (isExceptionClass(typ) && PyType_IsSubtypeRef(typ, PyExc_GeneratorExit) && closeOnGenexit) {
        gen.state = GenState.EXECUTING;
        try {
          closeIter(yf);
        } finally {
          gen.state = GenState.SUSPENDED;
        }
        return genThrowHere(gen, typ, val, tb);
      }
      let ret: PyObject;
      gen.state = GenState.EXECUTING;
      try {
        if (yf instanceof PyGenObject) ret = genThrow(yf, typ, val, tb, closeOnGenexit);
        else {
          const meth = lookupAttrHook(yf, 'throw');
          if (meth === null) {
            gen.state = GenState.SUSPENDED;
            return genThrowHere(gen, typ, val, tb);
          }
          try {
            ret = PyObject_Call(meth, [typ, val ?? Py_None, tb ?? Py_None], null);
          } finally {
            decref(meth);
          }
        }
      } catch (e) {
        gen.state = GenState.SUSPENDED;
        if (!(e instanceof PyErr)) throw e;
        // The sub-iterator finished: pop it and continue after the SEND loop.
        const f = gen.frame;
        const popped = f.stack[--f.sp]!;
        f.stack[f.sp] = null;
        decref(popped);
        const send = f.ip - 2;
        f.ip = f.code.code[2 * send + 1];
        if (PyObject_TypeCheck(e.exc, PyExc_StopIteration)) {
          const v = (e.exc as PyBaseExceptionObject).fields?.get('value') ?? Py_None;
          incref(v);
          decref(e.exc);
          try {
            return genSend(gen, v);
          } finally {
            decref(v);
          }
        }
        const r = genSendEx(gen, null, e.exc);
        const yielded = genRun.yielded;
        if (yielded) return r;
        const stop = newStopIteration(r);
        decref(r);
        raiseObject(stop);
      }
      gen.state = GenState.SUSPENDED;
      return ret;
    } finally {
      decref(yf);
    }
  }
  return genThrowHere(gen, typ, val, tb);
}

/** gen_close_iter: close a sub-iterator (a generator, or anything with close()). */
function closeIter(yf: PyObject): void {
  if (yf instanceof PyGenObject) {
    genClose(yf);
    return;
  }
  const meth = lookupAttrHook(yf, 'close');
  if (meth === null) return;
  try {
    decref(PyObject_Call(meth, [], null));
  } finally {
    decref(meth);
  }
}

let lookupAttrHook: (o: PyObject, name: string) => PyObject | null = () => null;
let PyType_IsSubtypeRef: (a: PyObject, b: PyObject) => boolean = () => false;
export function setGenThrowHooks(lookup: (o: PyObject, name: string) => PyObject | null, isSubtype: (a: PyObject, b: PyObject) => boolean): void {
  lookupAttrHook = lookup;
  PyType_IsSubtypeRef = isSubtype;
}

/** throw_here: raise the exception at the generator's suspension point. */
function genThrowHere(gen: PyGenObject, typ: PyObject, val: PyObject | null, tb: PyObject | null): PyObject {
  let exc: PyObject;
  if (isExceptionClass(typ)) {
    if (val !== null && isExceptionInstance(val) && PyObject_TypeCheck(val, typ)) exc = newref(val);
    else {
      const args = val === null || val === Py_None ? [] : val instanceof PyTupleObjectRef ? val.items : [val];
      exc = PyObject_Call(typ, args, null);
    }
  } else if (isExceptionInstance(typ)) {
    if (val !== null && val !== Py_None) raise(PyExc_TypeError, 'instance exception may not have a separate value');
    exc = newref(typ);
  } else {
    raise(PyExc_TypeError, `exceptions must be classes or instances deriving from BaseException, not ${typ.ob_type.tp_name}`);
  }
  if (tb !== null && tb !== Py_None) setTraceback(exc as PyBaseExceptionObject, tb);
  // gen_send_ex(gen, Py_None, 1, 0): a generator that has not started runs its frame with the
  // exception (3.11 has no shortcut for it); a finished one raises it as it is.
  const v = genSendEx(gen, null, exc);
  const yielded = genRun.yielded;
  if (yielded) return v;
  const stop = newStopIteration(v);
  decref(v);
  raiseObject(stop);
}

/** CPython 3.11: Objects/genobject.c gen_close */
export function genClose(gen: PyGenObject): void {
  const yf = genYf(gen);
  if (yf !== null) {
    incref(yf);
    gen.state = GenState.EXECUTING;
    try {
      closeIter(yf);
    } finally {
      gen.state = GenState.SUSPENDED;
      decref(yf);
    }
  }
  // 3.11 closes a generator that has not started like a suspended one: GeneratorExit is thrown
  // into its frame.
  if (gen.state >= GenState.COMPLETED) return;
  const exc = newExceptionOfType(PyExc_GeneratorExit, emptyTupleRef());
  try {
    const v = genSendEx(gen, null, exc, true);
    const yielded = genRun.yielded;
    if (yielded) {
      decref(v);
      raise(PyExc_RuntimeError, 'generator ignored GeneratorExit');
    }
    decref(v);
  } catch (e) {
    if (e instanceof PyErr && (PyObject_TypeCheck(e.exc, PyExc_GeneratorExit) || PyObject_TypeCheck(e.exc, PyExc_StopIteration))) {
      decref(e.exc);
      return;
    }
    throw e;
  }
}

/** CPython 3.11: Objects/genobject.c _PyGen_Finalize: a generator not yet finished is closed. */
PyGen_Type.tp_finalize = (o) => {
  const gen = o as PyGenObject;
  if (gen.state >= GenState.COMPLETED) return;
  try {
    genClose(gen);
  } catch (e) {
    if (!(e instanceof PyErr)) throw e;
    unraisable(e.exc, gen);
  }
};

let unraisable: (exc: PyObject, obj: PyObject) => void = () => {};
export function setGenUnraisable(f: (exc: PyObject, obj: PyObject) => void): void {
  unraisable = f;
}

PyGen_Type.tp_dealloc = (o) => {
  const gen = o as PyGenObject;
  gcUntrack(gen);
  if (gen.state < GenState.COMPLETED) {
    gcTrack(gen);
    if (callFinalizerFromDealloc(gen)) return;
    gcUntrack(gen);
  }
  finishGenFrame(gen);
  gen.state = GenState.CLEARED;
  // gi_code, gi_name, gi_qualname, then the exception state.
  decref(gen.code);
  decref(gen.name);
  decref(gen.qualname);
  const es = gen.excState;
  gen.excState = null;
  xdecref(es);
  gcDel(gen);
};

/**
 * CPython 3.11: Objects/genobject.c gen_traverse: gi_code, gi_name, gi_qualname, the frame
 * while it is not cleared (_PyFrame_Traverse), then the exception state.
 */
PyGen_Type.tp_traverse = (o, visit) => {
  const gen = o as PyGenObject;
  const f = gen.frame;
  visit(gen.code);
  visit(gen.name);
  visit(gen.qualname);
  if (gen.state < GenState.COMPLETED && f.owner === FrameOwner.GENERATOR) traverseFrame(f, visit);
  if (gen.excState !== null) visit(gen.excState);
};

PyGen_Type.tp_repr = (o) => {
  const gen = o as PyGenObject;
  return PyUnicode_FromString(`<generator object ${gen.qualname.s} at ${hexAddr(gen)}>`);
};

PyGen_Type.methods = [
  { name: 'send', fn: (self, args) => genSend(self as PyGenObject, args[0]) },
  {
    name: 'throw',
    fn: (self, args) => genThrow(self as PyGenObject, args[0], args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null),
  },
  {
    name: 'close',
    fn: (self) => {
      genClose(self as PyGenObject);
      return newref(Py_None);
    },
  },
];

PyGen_Type.getsets = [
  { name: '__name__', get: (o) => newref((o as PyGenObject).name) },
  { name: '__qualname__', get: (o) => newref((o as PyGenObject).qualname) },
  { name: 'gi_code', get: (o) => newref((o as PyGenObject).code) },
  { name: 'gi_running', get: (o) => newref((o as PyGenObject).state === GenState.EXECUTING ? trueHook() : falseHook()) },
  { name: 'gi_suspended', get: (o) => newref((o as PyGenObject).state === GenState.SUSPENDED ? trueHook() : falseHook()) },
  {
    name: 'gi_frame',
    get: (o) => {
      const g = o as PyGenObject;
      if (g.state >= GenState.COMPLETED) return newref(Py_None);
      return newref(frameObjectHook(g.frame));
    },
  },
];

let trueHook: () => PyObject = () => Py_None;
let falseHook: () => PyObject = () => Py_None;
let frameObjectHook: (f: Frame) => PyObject = () => Py_None;
export function setGenHooks(t: () => PyObject, f: () => PyObject, fo: (f: Frame) => PyObject): void {
  trueHook = t;
  falseHook = f;
  frameObjectHook = fo;
}

export const enum GenLayout {
  /** offsetof(PyGenObject, gi_iframe) + offsetof(_PyInterpreterFrame, localsplus) in 3.11 */
  BASE = 152,
}

/** gen___sizeof__: the header plus the frame's locals and value stack. */
export function genSizeOf(gen: PyGenObject): number {
  const code = gen.frame.code;
  return GenLayout.BASE + 8 * (code.nlocalsplus + code.unit.stacksize);
}
PyGen_Type.methods.push({ name: '__sizeof__', fn: (self) => intHook(genSizeOf(self as PyGenObject)) });

let intHook: (n: number) => PyObject = () => Py_None;
export function setGenIntHook(f: (n: number) => PyObject): void {
  intHook = f;
}
