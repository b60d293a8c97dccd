/**
 * The bytecode interpreter: CPython 3.11's instruction semantics over the kernel's heap, with
 * the value stack holding exactly the references CPython's holds.
 * CPython 3.11: Python/ceval.c _PyEval_EvalFrameDefault.
 */
import { PyObject, PyTypeObject, TPFlags, type BinaryFunc } from '../objects/pyobject.ts';
import { decref, incref, newref, xdecref } from '../memory/refcount.ts';
import { PyErr, raise, raiseObject } from './errors.ts';
import { tstate } from './state.ts';
import { Frame, FrameOwner, clearFrame, getFrameObject, newFrame, newTraceback, PyTracebackObject, releaseFrame, setFramePooling } from './frame.ts';
import { initializeLocals } from './call.ts';
import { Op } from '../compile/opcodes.ts';
import { CodeFlags, LocalKind, PyCellObject, PyCell_New, PyCodeObject } from '../objects/codeobject.ts';
import { PyFunctionObject, PyFunction_New, PyFunction_Type } from '../objects/funcobject.ts';
import { PyMethodObject, PyMethod_Type } from '../objects/classobject.ts';
import {
  PyObject_GetAttr, PyObject_SetAttr, PyObject_IsTrue, PyObject_RichCompare, PyObject_Repr, PyObject_Str,
  Py_None, Py_NotImplemented, PyObject_TypeCheck, _PyObject_LookupAttr, PyObject_GenericGetAttr, PyType_IsSubtype,
} from '../objects/object.ts';
import {
  PyObject_Call, PyObject_GetItem, PyObject_SetItem, PyObject_DelItem, PyObject_GetIter, PyIter_Next,
  PySequence_Contains, binary_op, PyNumber_Add, PyNumber_Multiply, PyNumber_Power, binary_iop, PyNumber_InPlacePower,
  PyNumber_Negative, PyNumber_Positive, PyNumber_Invert, sequenceToArray, PyObject_IsInstance, PyObject_Size,
} from '../objects/abstract.ts';
import { PyBool_FromBool, Py_False, Py_True } from '../objects/boolobject.ts';
import { PyUnicodeObject, PyUnicode_Append, PyUnicode_FromString, PyUnicode_Type, emptyStr, internString } from '../objects/unicodeobject.ts';
import { joinArray } from '../objects/unicode_methods.ts';
import { PyTupleObject, PyTuple_Type, emptyTupleRef, tupleFromArraySteal } from '../objects/tupleobject.ts';
import {
  PyListIterObject, PyListIter_Type, PyListObject, PyList_New, listAppendSteal, listFromArraySteal, listiter_next, PyList_Type,
} from '../objects/listobject.ts';
import { RangeIterObject, rangeiter_next } from '../objects/rangeobject.ts';
import {
  PyDictObject, PyDict_GetItemWithError, PyDict_SetItem, PyDict_DelItem, PyDict_Type, dictNewPresized, insertdict,
  hashOf, dictPop, PyDict_New, dictForEach, dictMergeFromDict,
} from '../objects/dictobject.ts';
import { PyLongObject, PyLong_FromNumber, PyLong_FromValue, PyLong_Type } from '../objects/longobject.ts';
import { PyFloatObject, PyFloat_Type } from '../objects/floatobject.ts';
import {
  PyBaseExceptionObject, PyExc_AssertionError, PyExc_BaseException, PyExc_ImportError, PyExc_KeyboardInterrupt,
  PyExc_NameError, PyExc_RuntimeError, PyExc_SystemError, PyExc_TypeError, PyExc_UnboundLocalError, PyExc_ValueError,
  PyExc_StopIteration, isExceptionClass, isExceptionInstance, newNameError, setCause, setContext, setTraceback,
  newException, PyExc_RecursionError, PyExc_MemoryError, PyExc_BaseExceptionGroup, newStopIteration,
} from '../objects/exceptions.ts';
import { GenState, PyGenObject, PyGen_Type, genRaised, genReturned, genRun, genSendEx, makeGenerator, setGenResume } from '../objects/genobject.ts';
import { _PyType_Lookup, lookupStr, slotIternext, slotNext } from '../objects/typeobject.ts';
import { PySlice_New } from '../objects/sliceobject.ts';
import { PySet_New, setAddKey, setUpdateFrom, PySetObject } from '../objects/setobject.ts';
import { formatObject } from '../objects/formatting.ts';
import { importName, importFrom, importStar } from './import.ts';
import { matchClass, matchKeys, isMapping, isSequence } from './match.ts';
import { exceptionGroupMatch, prepReraiseStar } from './excgroup.ts';
import { PyDescrObject, PyMethodDescr_Type } from '../objects/descrobject.ts';
import { BinaryAdd, binaryAddIsInplace, codeWarmup, compareIsSpecialized, inplaceTarget } from './adaptive.ts';
import { Jit, type JitFunction, jitOf, noteExit, setJitRuntime } from './jit.ts';
import type { CodeUnit, ExceptionTableEntry } from '../compile/code.ts';
import {
  Compare, binaryOpFloat, binaryOpLong, boolFromCompare, compareOpFloat, compareOpLong, compareOpStr, loadGlobalCached,
  specializeLoadGlobal, storeSubscrDict, storeSubscrListInt, subscrDict, subscrListInt, subscrTupleInt, Super, binaryOpValue,
  compareOpValue, quicken, releaseLocal, subscrValue, loadAttrInstanceValue, specializeInstanceAttr, storeAttrInstanceValue,
  loadMethodCached, specializeLoadMethod, callBuiltin,
} from './specialize.ts';

const enum NB {
  ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5, REMAINDER = 6, OR = 7,
  POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12, INPLACE_ADD = 13,
}

/** BINARY_OP's oparg -> operation (Include/opcode.h NB_*). */
const binaryOps: ((a: PyObject, b: PyObject) => PyObject)[] = [
  PyNumber_Add,
  (a, b) => binary_op(a, b, 'nb_and'),
  (a, b) => binary_op(a, b, 'nb_floor_divide'),
  (a, b) => binary_op(a, b, 'nb_lshift'),
  (a, b) => binary_op(a, b, 'nb_matrix_multiply'),
  PyNumber_Multiply,
  (a, b) => binary_op(a, b, 'nb_remainder'),
  (a, b) => binary_op(a, b, 'nb_or'),
  (a, b) => PyNumber_Power(a, b, Py_None),
  (a, b) => binary_op(a, b, 'nb_rshift'),
  (a, b) => binary_op(a, b, 'nb_subtract'),
  (a, b) => binary_op(a, b, 'nb_true_divide'),
  (a, b) => binary_op(a, b, 'nb_xor'),
  (a, b) => binary_iop(a, b, 'nb_inplace_add', 'nb_add', '+='),
  (a, b) => binary_iop(a, b, 'nb_inplace_and', 'nb_and', '&='),
  (a, b) => binary_iop(a, b, 'nb_inplace_floor_divide', 'nb_floor_divide', '//='),
  (a, b) => binary_iop(a, b, 'nb_inplace_lshift', 'nb_lshift', '<<='),
  (a, b) => binary_iop(a, b, 'nb_inplace_matrix_multiply', 'nb_matrix_multiply', '@='),
  (a, b) => binary_iop(a, b, 'nb_inplace_multiply', 'nb_multiply', '*='),
  (a, b) => binary_iop(a, b, 'nb_inplace_remainder', 'nb_remainder', '%='),
  (a, b) => binary_iop(a, b, 'nb_inplace_or', 'nb_or', '|='),
  PyNumber_InPlacePower,
  (a, b) => binary_iop(a, b, 'nb_inplace_rshift', 'nb_rshift', '>>='),
  (a, b) => binary_iop(a, b, 'nb_inplace_subtract', 'nb_subtract', '-='),
  (a, b) => binary_iop(a, b, 'nb_inplace_true_divide', 'nb_true_divide', '/='),
  (a, b) => binary_iop(a, b, 'nb_inplace_xor', 'nb_xor', '^='),
];

/** BINARY_OP's oparg -> the number slot of the operation (Include/opcode.h NB_* order). */
const binarySlotNames: (keyof PyTypeObject)[] = [
  'nb_add', 'nb_and', 'nb_floor_divide', 'nb_lshift', 'nb_matrix_multiply', 'nb_multiply', 'nb_remainder', 'nb_or',
  'nb_power', 'nb_rshift', 'nb_subtract', 'nb_true_divide', 'nb_xor',
  'nb_inplace_add', 'nb_inplace_and', 'nb_inplace_floor_divide', 'nb_inplace_lshift', 'nb_inplace_matrix_multiply',
  'nb_inplace_multiply', 'nb_inplace_remainder', 'nb_inplace_or', 'nb_inplace_power', 'nb_inplace_rshift',
  'nb_inplace_subtract', 'nb_inplace_true_divide', 'nb_inplace_xor',
];

/**
 * For two operands of exactly `type`, the slot BINARY_OP ends up calling, per oparg, or null
 * where the generic path must run (power is ternary; an in-place slot of the type comes first).
 * With the same exact type on both sides binary_op1 calls just this slot (no reflected operand,
 * no subtype check), so calling it directly is the same operation. CPython 3.11 specialises
 * BINARY_OP the same way (BINARY_OP_ADD_INT, BINARY_OP_MULTIPLY_FLOAT, ...).
 */
function exactTypeBinarySlots(type: PyTypeObject): (BinaryFunc | null)[] {
  const out: (BinaryFunc | null)[] = [];
  for (let op = 0; op < binarySlotNames.length; op++) {
    const inplace = op >= NB.INPLACE_ADD;
    const base = binarySlotNames[inplace ? op - NB.INPLACE_ADD : op];
    if (base === 'nb_power' || (inplace && type[binarySlotNames[op]] !== null)) out.push(null);
    else out.push(type[base] as BinaryFunc | null);
  }
  return out;
}

let longBinarySlots: (BinaryFunc | null)[] | null = null;
let floatBinarySlots: (BinaryFunc | null)[] | null = null;

/** BINARY_OP's fast path for two exact ints or two exact floats, or null (tables built on first use). */
function fastBinarySlot(lhs: PyObject, rhs: PyObject, oparg: number): BinaryFunc | null {
  const t = lhs.ob_type;
  if (t !== rhs.ob_type) return null;
  if (t === PyLong_Type) return (longBinarySlots ??= exactTypeBinarySlots(PyLong_Type))[oparg];
  if (t === PyFloat_Type) return (floatBinarySlots ??= exactTypeBinarySlots(PyFloat_Type))[oparg];
  return null;
}

/**
 * The adaptive machinery of a BINARY_OP add that a superinstruction ran on two exact ints or
 * floats (adaptive.ts). An add already specialised for them (BINARY_OP_ADD_INT,
 * BINARY_OP_ADD_FLOAT) stays as it is, so only the other states need the full step.
 */
function fusedAddAdaptive(code: PyCodeObject, i: number, lhs: PyObject, rhs: PyObject, lp: readonly (PyObject | null)[]): void {
  const state = code.binaryAddState;
  if (state === null) return;
  if (state[i] === (lhs instanceof PyLongObject ? BinaryAdd.ADD_INT : BinaryAdd.ADD_FLOAT)) return;
  binaryAddIsInplace(code, i, lhs, rhs, lp);
}

/** Is op one of the four POP_JUMP_*_IF_FALSE / POP_JUMP_*_IF_TRUE instructions? */
function isPopJumpIfBool(op: number): boolean {
  return op === Op.POP_JUMP_FORWARD_IF_FALSE || op === Op.POP_JUMP_FORWARD_IF_TRUE ||
    op === Op.POP_JUMP_BACKWARD_IF_FALSE || op === Op.POP_JUMP_BACKWARD_IF_TRUE;
}

function popJumpIfTrue(op: number): boolean {
  return op === Op.POP_JUMP_FORWARD_IF_TRUE || op === Op.POP_JUMP_BACKWARD_IF_TRUE;
}

/** The frame currently executing (cframe.current_frame), for tracebacks and sys._getframe. */
export let currentFrame: Frame | null = null;

export function setCurrentFrame(f: Frame | null): void {
  currentFrame = f;
}

/** NON-CPYTHON: a host hook called at each new line (the stepping recorder). Null when unused. */
export let lineHook: ((f: Frame, line: number) => void) | null = null;
export function setLineHook(h: ((f: Frame, line: number) => void) | null): void {
  lineHook = h;
  // The recorder tells frames apart by identity: no reuse while it watches.
  setFramePooling(h === null);
}

/**
 * NON-CPYTHON: a host hook called before every instruction (`i` is its index), only while
 * lineHook is set too (one test of lineHook guards both).
 */
export let instructionHook: ((f: Frame, i: number) => void) | null = null;
export function setInstructionHook(h: ((f: Frame, i: number) => void) | null): void {
  instructionHook = h;
}

/**
 * Checks the step budget and the host's interrupt (the eval breaker). CPython handles a pending
 * signal only where an instruction checks the eval breaker (RESUME and the backward jumps, so a
 * loop is interrupted at its jump): returns true when an interrupt waits for such an instruction
 * (the caller checks again at the next one).
 */
function evalBreaker(opcode: number): boolean {
  const buf = tstate.interruptBuffer;
  if (buf !== null && Atomics.load(buf, 0) !== 0) {
    Atomics.store(buf, 0, 0);
    tstate.interruptRequested = true;
  }
  if (tstate.interruptRequested) {
    if (!checksEvalBreaker(opcode)) return true;
    tstate.interruptRequested = false;
    raise(PyExc_KeyboardInterrupt, null);
  }
  if (tstate.stepsLeft <= 0) {
    tstate.stepsLeft = Infinity;
    raise(PyExc_KeyboardInterrupt, 'step budget exhausted');
  }
  return false;
}

/** The instructions at which CPython 3.11 checks the eval breaker (CHECK_EVAL_BREAKER). */
function checksEvalBreaker(opcode: number): boolean {
  return opcode === Op.JUMP_BACKWARD || opcode === Op.RESUME || (opcode >= Op.POP_JUMP_BACKWARD_IF_NOT_NONE && opcode <= Op.POP_JUMP_BACKWARD_IF_TRUE);
}

const TICK = 1024;

/** The code flags an exact-arguments call looks at: optimized (fast locals), no *args, no **kwargs. */
const EXACT_ARGS_FLAGS = CodeFlags.CO_OPTIMIZED | CodeFlags.CO_VARARGS | CodeFlags.CO_VARKEYWORDS;

function unboundLocal(f: Frame, i: number): never {
  const name = f.code.unit.localsplusnames[i];
  raiseObject(newNameError(PyExc_UnboundLocalError, `cannot access local variable '${name}' where it is not associated with a value`, internString(name)));
}

function unboundDeref(f: Frame, i: number): never {
  const name = f.code.unit.localsplusnames[i];
  const kind = f.code.unit.localspluskinds[i];
  if (kind & LocalKind.CO_FAST_FREE) {
    raiseObject(newNameError(PyExc_NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`, internString(name)));
  }
  unboundLocal(f, i);
}

function nameError(name: PyUnicodeObject): never {
  raiseObject(newNameError(PyExc_NameError, `name '${name.s}' is not defined`, name));
}

/** LOAD_GLOBAL's lookup: globals then builtins (a borrowed reference). */
function loadGlobal(f: Frame, name: PyUnicodeObject): PyObject {
  let v = PyDict_GetItemWithError(f.globals, name);
  if (v === null) {
    v = PyDict_GetItemWithError(f.builtins, name);
    if (v === null) nameError(name);
  }
  return v;
}

/** LOAD_NAME: locals, globals, builtins (a new reference). */
function loadName(f: Frame, name: PyUnicodeObject): PyObject {
  const locals = f.locals;
  if (locals === null) raise(PyExc_SystemError, `no locals when loading '${name.s}'`);
  if (locals.ob_type === PyDict_Type) {
    const v = PyDict_GetItemWithError(locals as PyDictObject, name);
    if (v !== null) return newref(v);
  } else {
    try {
      return PyObject_GetItem(locals, name);
    } catch (e) {
      if (!(e instanceof PyErr && PyObject_TypeCheck(e.exc, keyErrorType()))) throw e;
      decref(e.exc);
    }
  }
  return newref(loadGlobal(f, name));
}

let keyErrorType: () => PyTypeObject = () => PyExc_SystemError;
export function setKeyErrorType(f: () => PyTypeObject): void {
  keyErrorType = f;
}

/**
 * CPython 3.11: Objects/object.c _PyObject_GetMethod. Returns [method, self] when the attribute
 * is a plain function/method descriptor found on the type (no bound method is made), or
 * [null, attr] otherwise. New references.
 */
function getMethod(obj: PyObject, name: PyUnicodeObject): [PyObject | null, PyObject] {
  const tp = obj.ob_type;
  if (tp.tp_getattro !== PyObject_GenericGetAttr || !(name instanceof PyUnicodeObject)) {
    return [null, PyObject_GetAttr(obj, name)];
  }
  const descr = _PyType_Lookup(tp, name);
  let methFound = false;
  if (descr !== null) {
    const dt = descr.ob_type;
    if (dt === PyFunction_Type || dt === PyMethodDescr_Type) methFound = true;
    else {
      const get = dt.tp_descr_get;
      if (get !== null && dt.tp_descr_set !== null) {
        incref(descr);
        try {
          return [null, get(descr, obj, tp)];
        } finally {
          decref(descr);
        }
      }
    }
  }
  const inst = obj.inst;
  if (inst !== null) {
    const v = instanceLookup(obj, name);
    if (v !== null) return [null, v];
  }
  if (methFound) return [newref(descr!), obj];
  if (descr !== null) {
    const get = descr.ob_type.tp_descr_get;
    if (get !== null) {
      incref(descr);
      try {
        return [null, get(descr, obj, tp)];
      } finally {
        decref(descr);
      }
    }
    return [null, newref(descr)];
  }
  return [null, PyObject_GetAttr(obj, name)];
}

let instanceLookup: (obj: PyObject, name: PyUnicodeObject) => PyObject | null = () => null;
export function setInstanceLookup(f: (obj: PyObject, name: PyUnicodeObject) => PyObject | null): void {
  instanceLookup = f;
}

/** Creates the frame of a call to a Python function; arguments are stolen from `args`. */
export function makeFrame(func: PyFunctionObject, args: PyObject[], argsStart: number, argcount: number, kwnames: string[] | null, funcStolen: boolean): Frame {
  const code = func.code;
  const locals = code.unit.flags & CodeFlags.CO_OPTIMIZED ? null : newref(func.globals);
  if (!funcStolen) incref(func);
  const f = newFrame(code, func, func.globals, func.builtins, locals);
  try {
    initializeLocals(f, func, args, argsStart, argcount, kwnames);
  } catch (e) {
    clearFrame(f);
    throw e;
  }
  return f;
}

/** _PyFunction_Vectorcall: a call from JavaScript (a builtin, a slot) into a Python function. */
export function callPythonFunction(func: PyFunctionObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  // The frame steals the arguments: give it its own references. Binding only writes to the
  // array for keyword arguments, so without them the caller's array serves as it is.
  const owned = nkw === 0 ? args : args.slice();
  for (let i = 0; i < owned.length; i++) incref(owned[i]);
  const f = makeFrame(func, owned, 0, owned.length - nkw, kwnames, false);
  return runFrame(f);
}

PyFunction_Type.tp_call = (callable, args, kwnames) => callPythonFunction(callable as PyFunctionObject, args, kwnames);

/** Runs a new frame to completion (module bodies, class bodies, calls from JavaScript). */
export function runFrame(f: Frame): PyObject {
  const jf = lineHook === null && instructionHook === null && tstate.recursionDepth < Jit.MAX_DEPTH ? jitOf(f.code) : null;
  if (jf !== null) return jitEnter(currentFrame, f, jf);
  f.isEntry = true;
  f.previous = currentFrame;
  return evalFrame(f, null);
}

/**
 * Resumes a generator's frame with a sent value (or an exception thrown in): in its translated
 * function when it has one that enters at the resume point (kernel/vm/jit.ts), else in the eval
 * loop.
 */
function resumeGenFrame(f: Frame, value: PyObject | null, exc: PyObject | null): PyObject {
  f.isEntry = true;
  f.previous = currentFrame;
  if (value !== null) f.stack[f.sp++] = value;
  if (exc === null && lineHook === null && instructionHook === null && tstate.recursionDepth < Jit.MAX_DEPTH &&
      tstate.recursionDepth < tstate.recursionLimit + tstate.recursionHeadroom) {
    const jf = jitOf(f.code);
    if (jf !== null && jf.entries[f.ip] === f.sp + 1) {
      // evalFrame's entry, whose recursion check passes.
      tstate.recursionDepth++;
      currentFrame = f;
      const res = jf(f, f.ip);
      return res !== null ? res : finishHandedBack(f);
    }
  }
  return evalFrame(f, exc);
}

/** Is this generator's frame run by its translated function when resumed? */
function genTranslated(gen: PyGenObject): boolean {
  const jf = jitOf(gen.code);
  return jf !== null && jf.entries[gen.frame.ip] === gen.frame.sp + 2;
}
setGenResume(resumeGenFrame);

/**
 * Can FOR_ITER run this generator's frame in its own loop? Only a suspended (or new) generator
 * with room under the recursion limit: the others take gen_iternext, which raises as CPython.
 */
function resumesInline(gen: PyGenObject): boolean {
  return (gen.state === GenState.SUSPENDED || gen.state === GenState.CREATED) && tstate.recursionDepth < tstate.recursionLimit + tstate.recursionHeadroom;
}

/** Finds the handler for instruction `lasti` in the frame's exception table. */
function findHandler(code: PyCodeObject, lasti: number): ExceptionTableEntry | null {
  const table = code.unit.exceptiontable;
  for (let i = 0; i < table.length; i++) {
    const e = table[i];
    if (lasti >= e.start && lasti < e.end) return e;
  }
  return null;
}

/** PyTraceBack_Here: prepends this frame to the exception's traceback. */
function tracebackHere(f: Frame, exc: PyBaseExceptionObject): void {
  // NON-CPYTHON: the stand-ins of C functions add no entries (C functions have no frames).
  if (f.code.cImplemented) return;
  const old = exc.traceback as PyTracebackObject | null;
  const tb = newTraceback(old, f);
  exc.traceback = tb;
  xdecref(old);
}

/** Converts a JavaScript error escaping a kernel operation into a Python exception. */
export function toPyErr(e: unknown): PyErr {
  if (e instanceof PyErr) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new PyErr(newException(PyExc_RecursionError, 'maximum recursion depth exceeded'));
  }
  const msg = e instanceof Error ? `${e.message}` : String(e);
  return new PyErr(newException(PyExc_SystemError, `kernel error: ${msg}`));
}

/**
 * The interpreter loop. Runs `entry` (and the Python frames it calls inline) until entry
 * returns or yields. `throwExc` is an exception to raise at the resume point (gen.throw).
 */
export function evalFrame(entry: Frame, throwExc: PyObject | null): PyObject {
  let f = entry;
  const savedFrame = currentFrame;
  currentFrame = f;
  if (++tstate.recursionDepth > tstate.recursionLimit + tstate.recursionHeadroom) {
    tstate.recursionDepth--;
    currentFrame = savedFrame;
    clearFrameStack(f);
    clearFrame(f);
    raise(PyExc_RecursionError, 'maximum recursion depth exceeded');
  }
  let code = f.code.quickened ?? quicken(f.code);
  let consts = f.code.consts.items;
  let names = f.code.names.items as PyUnicodeObject[];
  let stack = f.stack;
  let lp = f.localsplus;
  let sp = f.sp;
  let ip = f.ip;
  let ticks = TICK;
  let pendingExc: PyObject | null = throwExc;
  let lastLine = -1;

  // Switching frames reloads these locals inline: a closure doing it would make V8 keep every
  // one of them in a heap-allocated context instead of in registers.

  for (;;) {
    try {
      if (pendingExc !== null) {
        const exc = pendingExc;
        pendingExc = null;
        f.lasti = ip > 0 ? ip - 1 : 0;
        // gen.throw() restores the exception as it is (PyErr_Restore: no implicit chaining).
        const thrown = new PyErr(exc);
        thrown.chained = true;
        throw thrown;
      }
      for (;;) {
        const i = ip;
        f.lasti = i;
        const opcode = code[2 * i];
        const oparg = code[2 * i + 1];
        ip = i + 1;
        if (--ticks <= 0) {
          ticks = TICK;
          tstate.stepsLeft -= TICK;
          f.sp = sp;
          if (evalBreaker(opcode)) ticks = 1;
        }
        if (lineHook !== null) {
          const line = f.code.unit.positions[4 * i];
          f.sp = sp;
          if (instructionHook !== null) instructionHook(f, i);
          if (line !== lastLine && line >= 0) {
            lastLine = line;
            lineHook(f, line);
          }
        }
        switch (opcode) {
          case Op.NOP:
          case Op.CACHE:
          case Op.EXTENDED_ARG:
            continue;
          case Op.RESUME:
            if (f.code.warmup < 0) codeWarmup(f.code);
            continue;
          case Super.FAST_FAST_BINARY:
          case Super.FAST_CONST_BINARY:
          case Super.CONST_FAST_BINARY: {
            // LOAD a; LOAD b; BINARY_OP [; STORE_FAST] in one step when a and b are exact ints or
            // floats (specialize.ts Super); else just the first load.
            if (lineHook === null && ticks > 3) {
              const a = opcode === Super.CONST_FAST_BINARY ? consts[oparg] : lp[oparg];
              const b = opcode === Super.FAST_CONST_BINARY ? consts[code[2 * ip + 1]] : lp[code[2 * ip + 1]];
              const nb = code[2 * ip + 3];
              const res = a === null || b === null ? null : binaryOpValue(a, b, nb);
              if (res !== null) {
                if (nb === NB.ADD || nb === NB.INPLACE_ADD) fusedAddAdaptive(f.code, ip + 1, a!, b!, lp);
                ticks -= 2;
                ip += 2;
                if (code[2 * ip] === Op.STORE_FAST) {
                  ticks--;
                  const t = code[2 * ip + 1];
                  const old = lp[t];
                  lp[t] = res;
                  f.lasti = ip++;
                  f.sp = sp;
                  if (old !== null) releaseLocal(old);
                  continue;
                }
                stack[sp++] = res;
                continue;
              }
            }
            const v = opcode === Super.CONST_FAST_BINARY ? consts[oparg] : lp[oparg];
            if (v === null) unboundLocal(f, oparg);
            v.ob_refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Super.FAST_BINARY:
          case Super.CONST_BINARY: {
            // LOAD b; BINARY_OP [; STORE_FAST] with the left operand on the stack.
            if (lineHook === null && ticks > 2) {
              const lhs = stack[sp - 1]!;
              const b = opcode === Super.CONST_BINARY ? consts[oparg] : lp[oparg];
              const nb = code[2 * ip + 1];
              const res = b === null ? null : binaryOpValue(lhs, b, nb);
              if (res !== null) {
                if (nb === NB.ADD || nb === NB.INPLACE_ADD) fusedAddAdaptive(f.code, ip, lhs, b!, lp);
                ticks--;
                ip++;
                // The stack's reference to lhs goes after the result is made (an int or a float).
                stack[sp - 1] = res;
                releaseLocal(lhs);
                if (code[2 * ip] === Op.STORE_FAST) {
                  ticks--;
                  const t = code[2 * ip + 1];
                  const old = lp[t];
                  lp[t] = res;
                  stack[--sp] = null;
                  f.lasti = ip++;
                  f.sp = sp;
                  if (old !== null) releaseLocal(old);
                }
                continue;
              }
            }
            const v = opcode === Super.CONST_BINARY ? consts[oparg] : lp[oparg];
            if (v === null) unboundLocal(f, oparg);
            v.ob_refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Super.FAST_FAST_COMPARE:
          case Super.FAST_CONST_COMPARE: {
            // LOAD_FAST a; LOAD b; COMPARE_OP [; POP_JUMP_IF_*] when the fast compare applies.
            if (lineHook === null && ticks > 3 && tstate.recursionDepth < tstate.recursionLimit + tstate.recursionHeadroom) {
              const a = lp[oparg];
              const b = opcode === Super.FAST_CONST_COMPARE ? consts[code[2 * ip + 1]] : lp[code[2 * ip + 1]];
              const c = a === null || b === null ? Compare.NOT_HANDLED : compareOpValue(a, b, code[2 * ip + 3]);
              if (c !== Compare.NOT_HANDLED) {
                if (f.code.compareState !== null) compareIsSpecialized(f.code, ip + 1, a!, b!, code[2 * ip + 3]);
                ticks -= 2;
                ip += 2;
                const next = code[2 * ip];
                if (next >= Op.POP_JUMP_FORWARD_IF_FALSE && isPopJumpIfBool(next)) {
                  ticks--;
                  ip = (c === Compare.TRUE) === popJumpIfTrue(next) ? code[2 * ip + 1] : ip + 1;
                  continue;
                }
                stack[sp++] = boolFromCompare(c);
                continue;
              }
            }
            const v = lp[oparg];
            if (v === null) unboundLocal(f, oparg);
            v.ob_refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Super.FAST_COMPARE:
          case Super.CONST_COMPARE: {
            // LOAD b; COMPARE_OP [; POP_JUMP_IF_*] with the left operand on the stack.
            if (lineHook === null && ticks > 2 && tstate.recursionDepth < tstate.recursionLimit + tstate.recursionHeadroom) {
              const lhs = stack[sp - 1]!;
              const b = opcode === Super.CONST_COMPARE ? consts[oparg] : lp[oparg];
              const c = b === null ? Compare.NOT_HANDLED : compareOpValue(lhs, b, code[2 * ip + 1]);
              if (c !== Compare.NOT_HANDLED) {
                if (f.code.compareState !== null) compareIsSpecialized(f.code, ip, lhs, b!, code[2 * ip + 1]);
                ticks--;
                ip++;
                // The stack's reference to lhs goes once the answer is known.
                stack[--sp] = null;
                f.sp = sp;
                releaseLocal(lhs);
                const next = code[2 * ip];
                if (next >= Op.POP_JUMP_FORWARD_IF_FALSE && isPopJumpIfBool(next)) {
                  ticks--;
                  ip = (c === Compare.TRUE) === popJumpIfTrue(next) ? code[2 * ip + 1] : ip + 1;
                  continue;
                }
                stack[sp++] = boolFromCompare(c);
                continue;
              }
            }
            const v = opcode === Super.CONST_COMPARE ? consts[oparg] : lp[oparg];
            if (v === null) unboundLocal(f, oparg);
            v.ob_refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Super.FAST_LOAD_ATTR:
          case Super.FAST_STORE_ATTR: {
            // LOAD_FAST owner; LOAD_ATTR / STORE_ATTR on an instance value, the owner read in place.
            const owner = lp[oparg];
            if (lineHook === null && ticks > 1 && owner !== null) {
              if (opcode === Super.FAST_LOAD_ATTR) {
                const v = loadAttrInstanceValue(f.code, ip, owner);
                if (v !== null) {
                  ticks--;
                  ip++;
                  v.ob_refcnt++;
                  stack[sp++] = v;
                  continue;
                }
              } else {
                f.sp = sp;
                f.lasti = ip;
                if (storeAttrInstanceValue(f.code, ip, owner, stack[sp - 1]!)) {
                  ticks--;
                  ip++;
                  stack[--sp] = null;
                  continue;
                }
                f.lasti = i;
              }
            }
            if (owner === null) unboundLocal(f, oparg);
            owner.ob_refcnt++;
            stack[sp++] = owner;
            continue;
          }
          case Super.FAST_FAST_SUBSCR:
          case Super.FAST_CONST_SUBSCR: {
            // LOAD_FAST a; LOAD b; BINARY_SUBSCR for an exact list or tuple and an exact int.
            if (lineHook === null && ticks > 2) {
              const a = lp[oparg];
              const b = opcode === Super.FAST_CONST_SUBSCR ? consts[code[2 * ip + 1]] : lp[code[2 * ip + 1]];
              const item = a === null || b === null ? null : subscrValue(a, b);
              if (item !== null) {
                ticks -= 2;
                ip += 2;
                item.ob_refcnt++;
                stack[sp++] = item;
                continue;
              }
            }
            const v = lp[oparg];
            if (v === null) unboundLocal(f, oparg);
            v.ob_refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Op.LOAD_FAST: {
            const v = lp[oparg];
            if (v === null) unboundLocal(f, oparg);
            v.ob_refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Op.LOAD_CONST: {
            const v = consts[oparg];
            v.ob_refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Op.STORE_FAST: {
            const old = lp[oparg];
            lp[oparg] = stack[--sp];
            stack[sp] = null;
            if (old !== null) decref(old);
            continue;
          }
          case Op.DELETE_FAST: {
            const old = lp[oparg];
            if (old === null) unboundLocal(f, oparg);
            lp[oparg] = null;
            decref(old);
            continue;
          }
          case Op.POP_TOP: {
            const v = stack[--sp];
            stack[sp] = null;
            if (v !== null) decref(v);
            continue;
          }
          case Op.PUSH_NULL:
            stack[sp++] = null;
            continue;
          case Op.COPY: {
            const v = stack[sp - oparg]!;
            incref(v);
            stack[sp++] = v;
            continue;
          }
          case Op.SWAP: {
            const t = stack[sp - 1];
            stack[sp - 1] = stack[sp - oparg];
            stack[sp - oparg] = t;
            continue;
          }
          case Op.UNARY_POSITIVE:
          case Op.UNARY_NEGATIVE:
          case Op.UNARY_INVERT: {
            const v = stack[sp - 1]!;
            f.sp = sp;
            const res = opcode === Op.UNARY_POSITIVE ? PyNumber_Positive(v) : opcode === Op.UNARY_NEGATIVE ? PyNumber_Negative(v) : PyNumber_Invert(v);
            stack[sp - 1] = res;
            decref(v);
            continue;
          }
          case Op.UNARY_NOT: {
            const v = stack[sp - 1]!;
            f.sp = sp;
            const t = PyObject_IsTrue(v);
            stack[sp - 1] = PyBool_FromBool(!t);
            decref(v);
            continue;
          }
          case Op.BINARY_OP: {
            const rhs = stack[sp - 1]!;
            const lhs = stack[sp - 2]!;
            f.sp = sp;
            if ((oparg === NB.ADD || oparg === NB.INPLACE_ADD) && f.code.binaryAddState !== null &&
                binaryAddIsInplace(f.code, i, lhs, rhs, lp)) {
              // BINARY_OP_INPLACE_ADD_UNICODE: the stack's reference to lhs goes (never the last:
              // the local holds one), PyUnicode_Append takes over the local's, and the STORE_FAST
              // that follows is done here.
              stack[--sp] = null;
              stack[--sp] = null;
              f.sp = sp;
              inplaceAppend(f, i, lhs, rhs);
              ip = i + 2;
              continue;
            }
            // BINARY_OP_ADD_INT, BINARY_OP_MULTIPLY_FLOAT & co. (specialize.ts).
            let fast: PyObject | null = null;
            if (lhs instanceof PyLongObject) {
              if (rhs instanceof PyLongObject) fast = binaryOpLong(lhs, rhs, oparg);
            } else if (lhs instanceof PyFloatObject && rhs instanceof PyFloatObject) fast = binaryOpFloat(lhs, rhs, oparg);
            if (fast !== null) {
              stack[--sp] = null;
              stack[sp - 1] = fast;
              continue;
            }
            const res = binaryOpGeneric(lhs, rhs, oparg);
            stack[--sp] = null;
            stack[sp - 1] = res;
            decref(lhs);
            decref(rhs);
            continue;
          }
          case Op.BINARY_SUBSCR: {
            const sub = stack[sp - 1]!;
            const container = stack[sp - 2]!;
            f.sp = sp;
            // BINARY_SUBSCR_LIST_INT, BINARY_SUBSCR_TUPLE_INT, BINARY_SUBSCR_DICT (specialize.ts).
            let fast: PyObject | null = null;
            if (sub instanceof PyLongObject) {
              if (container instanceof PyListObject) fast = subscrListInt(container, sub);
              else if (container instanceof PyTupleObject) fast = subscrTupleInt(container, sub);
              else if (container instanceof PyDictObject) fast = subscrDict(container, sub);
            } else if (container instanceof PyDictObject) fast = subscrDict(container, sub);
            if (fast !== null) {
              stack[--sp] = null;
              stack[sp - 1] = fast;
              continue;
            }
            const res = PyObject_GetItem(container, sub);
            stack[--sp] = null;
            stack[sp - 1] = res;
            decref(container);
            decref(sub);
            continue;
          }
          case Op.STORE_SUBSCR: {
            const sub = stack[sp - 1]!;
            const container = stack[sp - 2]!;
            const v = stack[sp - 3]!;
            f.sp = sp;
            // STORE_SUBSCR_LIST_INT, STORE_SUBSCR_DICT (specialize.ts).
            if (container instanceof PyListObject ? sub instanceof PyLongObject && storeSubscrListInt(container, sub, v) :
                container instanceof PyDictObject && storeSubscrDict(container, sub, v)) {
              sp -= 3;
              stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
              continue;
            }
            PyObject_SetItem(container, sub, v);
            sp -= 3;
            stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
            decref(v);
            decref(container);
            decref(sub);
            continue;
          }
          case Op.DELETE_SUBSCR: {
            const sub = stack[sp - 1]!;
            const container = stack[sp - 2]!;
            f.sp = sp;
            PyObject_DelItem(container, sub);
            sp -= 2;
            stack[sp] = stack[sp + 1] = null;
            decref(container);
            decref(sub);
            continue;
          }
          case Op.BUILD_SLICE: {
            const step = oparg === 3 ? stack[--sp]! : null;
            const stop = stack[--sp]!;
            const start = stack[sp - 1]!;
            const slice = PySlice_New(start, stop, step ?? Py_None);
            stack[sp] = null;
            if (step !== null) stack[sp + 1] = null;
            stack[sp - 1] = slice;
            decref(start);
            decref(stop);
            xdecref(step);
            continue;
          }
          case Op.GET_ITER: {
            const v = stack[sp - 1]!;
            f.sp = sp;
            const it = PyObject_GetIter(v);
            stack[sp - 1] = it;
            decref(v);
            continue;
          }
          case Op.GET_YIELD_FROM_ITER: {
            const v = stack[sp - 1]!;
            if (v.ob_type !== PyGen_Type) {
              f.sp = sp;
              const it = PyObject_GetIter(v);
              stack[sp - 1] = it;
              decref(v);
            }
            continue;
          }
          case Op.FOR_ITER: {
            const it = stack[sp - 1]!;
            f.sp = sp;
            if (it.ob_type === PyGen_Type && lineHook === null && resumesInline(it as PyGenObject) && !genTranslated(it as PyGenObject)) {
              // FOR_ITER_GEN (CPython 3.12's specialisation): the generator's frame runs in this
              // loop, as gen_send_ex2 would run it (None sent); YIELD_VALUE and RETURN_VALUE
              // come back here (inlineGenReturn).
              const gen = it as PyGenObject;
              const gf = gen.frame;
              gen.state = GenState.EXECUTING;
              gf.stack[gf.sp++] = newref(Py_None);
              f.ip = ip;
              tstate.recursionDepth++;
              gf.isEntry = false;
              gf.previous = f;
              f = gf;
              currentFrame = f;
              code = f.code.quickened ?? quicken(f.code);
              consts = f.code.consts.items;
              names = f.code.names.items as PyUnicodeObject[];
              stack = f.stack;
              lp = f.localsplus;
              sp = f.sp;
              ip = f.ip;
              lastLine = -1;
              continue;
            }
            const next = iterNext(it);
            if (next !== null) {
              if (code[2 * ip] === Op.STORE_FAST && lineHook === null && ticks > 1) {
                // The STORE_FAST that follows, in the same step: the item goes straight to the local.
                ticks--;
                const t = code[2 * ip + 1];
                const old = lp[t];
                lp[t] = next;
                f.lasti = ip++;
                if (old !== null) releaseLocal(old);
                continue;
              }
              stack[sp++] = next;
              continue;
            }
            stack[--sp] = null;
            decref(it);
            ip = oparg;
            continue;
          }
          case Op.RETURN_VALUE: {
            const retval = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            // Read the caller first: clearing may hand the frame to its frame object.
            const caller = f.previous!;
            const isEntry = f.isEntry || f === entry;
            if (f.owner === FrameOwner.GENERATOR) {
              genRun.yielded = false;
              f.ip = ip;
              // The generator clears its frame (genSendEx) once it sees the return.
            } else {
              const reusable = f.frameObj === null && f.locals === null;
              clearFrame(f);
              if (reusable) releaseFrame(f);
            }
            if (isEntry) {
              tstate.recursionDepth--;
              currentFrame = savedFrame;
              return retval;
            }
            f.previous = null;
            const inlineGen = f.owner === FrameOwner.GENERATOR ? (f.gen as PyGenObject) : null;
            f = caller;
            currentFrame = f;
            tstate.recursionDepth--;
            if (inlineGen !== null) {
              // A generator FOR_ITER runs inline has returned: the loop is exhausted.
              genReturned(inlineGen);
              decref(retval);
              code = f.code.quickened ?? quicken(f.code);
              consts = f.code.consts.items;
              names = f.code.names.items as PyUnicodeObject[];
              stack = f.stack;
              lp = f.localsplus;
              sp = f.sp;
              ip = f.ip;
              lastLine = -1;
              stack[--sp] = null;
              decref(inlineGen);
              ip = code[2 * (ip - 1) + 1];
              continue;
            }
            code = f.code.quickened ?? quicken(f.code);
            consts = f.code.consts.items;
            names = f.code.names.items as PyUnicodeObject[];
            stack = f.stack;
            lp = f.localsplus;
            sp = f.sp;
            ip = f.ip;
            lastLine = -1;
            stack[sp++] = retval;
            continue;
          }
          case Op.RETURN_GENERATOR: {
            // The frame moves into a new generator, which is returned to the caller.
            const gen = makeGenerator(f);
            f.ip = ip;
            f.sp = sp;
            const caller = f.previous;
            f.previous = null;
            f.isEntry = false;
            if (f === entry) {
              tstate.recursionDepth--;
              currentFrame = savedFrame;
              return gen;
            }
            f = caller!;
            currentFrame = f;
            tstate.recursionDepth--;
            code = f.code.quickened ?? quicken(f.code);
            consts = f.code.consts.items;
            names = f.code.names.items as PyUnicodeObject[];
            stack = f.stack;
            lp = f.localsplus;
            sp = f.sp;
            ip = f.ip;
            lastLine = -1;
            stack[sp++] = gen;
            continue;
          }
          case Op.YIELD_VALUE: {
            const retval = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            f.ip = ip;
            genRun.yielded = true;
            const caller = f.previous!;
            f.previous = null;
            tstate.recursionDepth--;
            if (f.isEntry || f === entry) {
              currentFrame = savedFrame;
              return retval;
            }
            // A generator FOR_ITER runs inline: the value goes to the loop (gen_send_ex2, gen_iternext).
            (f.gen as PyGenObject).state = GenState.SUSPENDED;
            f = caller;
            currentFrame = f;
            code = f.code.quickened ?? quicken(f.code);
            consts = f.code.consts.items;
            names = f.code.names.items as PyUnicodeObject[];
            stack = f.stack;
            lp = f.localsplus;
            sp = f.sp;
            ip = f.ip;
            lastLine = -1;
            stack[sp++] = retval;
            continue;
          }
          case Op.SEND: {
            const v = stack[sp - 1]!;
            const receiver = stack[sp - 2]!;
            f.sp = sp;
            const retval = sendValue(receiver, v);
            decref(v);
            if (sendRegs.yielded) {
              stack[sp - 1] = retval;
              continue;
            }
            stack[--sp] = null;
            decref(receiver);
            stack[sp - 1] = retval;
            ip = oparg;
            continue;
          }
          case Op.LOAD_NAME: {
            f.sp = sp;
            stack[sp++] = loadName(f, names[oparg]);
            continue;
          }
          case Op.STORE_NAME: {
            const name = names[oparg];
            const v = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            const locals = f.locals;
            if (locals === null) raise(PyExc_SystemError, `no locals found when storing '${name.s}'`);
            try {
              if (locals.ob_type === PyDict_Type) PyDict_SetItem(locals as PyDictObject, name, v);
              else PyObject_SetItem(locals, name, v);
            } finally {
              decref(v);
            }
            continue;
          }
          case Op.DELETE_NAME: {
            const name = names[oparg];
            f.sp = sp;
            const locals = f.locals!;
            try {
              if (locals.ob_type === PyDict_Type) PyDict_DelItem(locals as PyDictObject, name);
              else PyObject_DelItem(locals, name);
            } catch (e) {
              if (e instanceof PyErr && PyObject_TypeCheck(e.exc, keyErrorType())) {
                decref(e.exc);
                nameError(name);
              }
              throw e;
            }
            continue;
          }
          case Op.LOAD_GLOBAL: {
            f.sp = sp;
            // LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN (specialize.ts).
            const name = names[oparg >> 1];
            let v = loadGlobalCached(f.code, i, f.globals, f.builtins, name);
            if (v === null) {
              v = loadGlobal(f, name);
              specializeLoadGlobal(f.code, i, f.globals, f.builtins, name);
            }
            if (oparg & 1) stack[sp++] = null;
            v.ob_refcnt++;
            stack[sp++] = v;
            continue;
          }
          case Op.STORE_GLOBAL: {
            const v = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            try {
              PyDict_SetItem(f.globals, names[oparg], v);
            } finally {
              decref(v);
            }
            continue;
          }
          case Op.DELETE_GLOBAL: {
            f.sp = sp;
            const old = dictPop(f.globals, names[oparg]);
            if (old === null) nameError(names[oparg]);
            decref(old);
            continue;
          }
          case Op.MAKE_CELL: {
            const initial = lp[oparg];
            const cell = PyCell_New(initial);
            lp[oparg] = cell;
            xdecref(initial);
            continue;
          }
          case Op.COPY_FREE_VARS: {
            const closure = f.func!.closure!.items;
            const offset = f.code.nlocalsplus - oparg;
            for (let k = 0; k < oparg; k++) {
              const c = closure[k];
              incref(c);
              lp[offset + k] = c;
            }
            continue;
          }
          case Op.LOAD_CLOSURE: {
            const v = lp[oparg];
            if (v === null) unboundLocal(f, oparg);
            incref(v);
            stack[sp++] = v;
            continue;
          }
          case Op.LOAD_DEREF: {
            const cell = lp[oparg] as PyCellObject;
            const v = cell.ref;
            if (v === null) {
              f.sp = sp;
              unboundDeref(f, oparg);
            }
            incref(v);
            stack[sp++] = v;
            continue;
          }
          case Op.LOAD_CLASSDEREF: {
            const name = f.code.unit.localsplusnames[oparg];
            const locals = f.locals as PyDictObject;
            const found = PyDict_GetItemWithError(locals, internString(name));
            if (found !== null) {
              incref(found);
              stack[sp++] = found;
              continue;
            }
            const cell = lp[oparg] as PyCellObject;
            if (cell.ref === null) {
              f.sp = sp;
              unboundDeref(f, oparg);
            }
            incref(cell.ref);
            stack[sp++] = cell.ref;
            continue;
          }
          case Op.STORE_DEREF: {
            const v = stack[--sp]!;
            stack[sp] = null;
            const cell = lp[oparg] as PyCellObject;
            const old = cell.ref;
            cell.ref = v;
            xdecref(old);
            continue;
          }
          case Op.DELETE_DEREF: {
            const cell = lp[oparg] as PyCellObject;
            const old = cell.ref;
            if (old === null) {
              f.sp = sp;
              unboundDeref(f, oparg);
            }
            cell.ref = null;
            decref(old);
            continue;
          }
          case Op.LOAD_ATTR: {
            const owner = stack[sp - 1]!;
            f.sp = sp;
            // LOAD_ATTR_INSTANCE_VALUE (specialize.ts).
            const cached = loadAttrInstanceValue(f.code, i, owner);
            if (cached !== null) {
              cached.ob_refcnt++;
              stack[sp - 1] = cached;
              decref(owner);
              continue;
            }
            const name = names[oparg];
            const res = PyObject_GetAttr(owner, name);
            stack[sp - 1] = res;
            specializeInstanceAttr(f.code, i, owner, name, false);
            decref(owner);
            continue;
          }
          case Op.STORE_ATTR: {
            const owner = stack[sp - 1]!;
            const v = stack[sp - 2]!;
            f.sp = sp;
            // STORE_ATTR_INSTANCE_VALUE (specialize.ts): the stack's reference to v is stored.
            if (storeAttrInstanceValue(f.code, i, owner, v)) {
              sp -= 2;
              stack[sp] = stack[sp + 1] = null;
              decref(owner);
              continue;
            }
            PyObject_SetAttr(owner, names[oparg], v);
            specializeInstanceAttr(f.code, i, owner, names[oparg], true);
            sp -= 2;
            stack[sp] = stack[sp + 1] = null;
            decref(v);
            decref(owner);
            continue;
          }
          case Op.DELETE_ATTR: {
            const owner = stack[sp - 1]!;
            f.sp = sp;
            PyObject_SetAttr(owner, names[oparg], null);
            stack[--sp] = null;
            decref(owner);
            continue;
          }
          case Op.LOAD_METHOD: {
            const obj = stack[sp - 1]!;
            f.sp = sp;
            // LOAD_METHOD_WITH_VALUES / LOAD_METHOD_NO_DICT (specialize.ts).
            const cached = loadMethodCached(f.code, i, obj);
            if (cached !== null) {
              cached.ob_refcnt++;
              stack[sp - 1] = cached;
              stack[sp++] = obj;
              continue;
            }
            const name = names[oparg];
            const [meth, selfOrAttr] = getMethod(obj, name);
            if (meth !== null) {
              specializeLoadMethod(f.code, i, obj, name, meth);
              stack[sp - 1] = meth;
              stack[sp++] = selfOrAttr;
            } else {
              stack[sp - 1] = null;
              stack[sp++] = selfOrAttr;
              decref(obj);
            }
            continue;
          }
          case Op.PRECALL:
            unpackMethod(stack, sp, oparg);
            continue;
          case Op.KW_NAMES: {
            const t = consts[oparg] as PyTupleObject;
            f.kwnames = t.items.map((k) => (k as PyUnicodeObject).s);
            continue;
          }
          case Op.CALL: {
            const isMeth = unpackMethod(stack, sp, oparg);
            const totalArgs = oparg + (isMeth ? 1 : 0);
            const kwnames = f.kwnames;
            f.kwnames = null;
            const nkw = kwnames === null ? 0 : kwnames.length;
            const argsStart = sp - totalArgs;
            const callable = stack[argsStart - 1]!;
            if (callable.ob_type === PyFunction_Type) {
              // Inline call: the new frame steals the function and the arguments.
              const func = callable as PyFunctionObject;
              f.sp = sp;
              const callee = callFrame(f, func, argsStart, argsStart - (isMeth ? 1 : 2), totalArgs - nkw, kwnames);
              sp = f.sp;
              f.ip = ip;
              if (++tstate.recursionDepth > tstate.recursionLimit + tstate.recursionHeadroom) {
                tstate.recursionDepth--;
                clearFrame(callee);
                raise(PyExc_RecursionError, 'maximum recursion depth exceeded');
              }
              callee.previous = f;
              const jf = lineHook === null && instructionHook === null && tstate.recursionDepth < Jit.MAX_DEPTH ? jitOf(func.code) : null;
              if (jf !== null) {
                // The translated function gives the current frame and the depth back when it ends.
                currentFrame = callee;
                const res = jf(callee, 0);
                if (res !== null) {
                  stack[sp++] = res;
                  continue;
                }
                // Handed back: the callee's frame goes on here, as an inline call's.
              }
              f = callee;
              currentFrame = f;
              code = f.code.quickened ?? quicken(f.code);
              consts = f.code.consts.items;
              names = f.code.names.items as PyUnicodeObject[];
              stack = f.stack;
              lp = f.localsplus;
              sp = f.sp;
              ip = f.ip;
              lastLine = -1;
              continue;
            }
            f.sp = sp;
            const base = argsStart - (isMeth ? 1 : 2);
            // PRECALL_BUILTIN_FAST, PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST & co. (specialize.ts).
            let fastRes: PyObject | null;
            try {
              fastRes = callBuiltin(callable, stack, argsStart, sp, kwnames);
            } catch (e) {
              releaseCall(f, callable, stack, argsStart, base, sp);
              throw e;
            }
            if (fastRes !== null) {
              releaseCall(f, callable, stack, argsStart, base, sp);
              sp = base;
              stack[sp++] = fastRes;
              continue;
            }
            const args = stack.slice(argsStart, sp) as PyObject[];
            let res: PyObject;
            try {
              res = PyObject_Call(callable, args, kwnames);
            } finally {
              releaseCall(f, callable, stack, argsStart, base, sp);
              sp = base;
            }
            stack[sp++] = res;
            continue;
          }
          case Op.CALL_FUNCTION_EX: {
            f.sp = sp;
            callFunctionEx(f, oparg);
            sp = f.sp;
            continue;
          }
          case Op.MAKE_FUNCTION: {
            f.sp = sp;
            makeFunction(f, oparg);
            sp = f.sp;
            continue;
          }
          case Op.COMPARE_OP: {
            const right = stack[sp - 1]!;
            const left = stack[sp - 2]!;
            f.sp = sp;
            // COMPARE_OP_INT_JUMP, COMPARE_OP_FLOAT_JUMP, COMPARE_OP_STR_JUMP (specialize.ts): where
            // CPython runs one (adaptive.ts), or where PyObject_RichCompare's recursion check
            // would pass.
            let c = Compare.NOT_HANDLED;
            const specialized = f.code.compareState !== null && compareIsSpecialized(f.code, ip - 1, left, right, oparg);
            if (specialized || tstate.recursionDepth < tstate.recursionLimit + tstate.recursionHeadroom) {
              if (left instanceof PyLongObject) {
                if (right instanceof PyLongObject) c = compareOpLong(left, right, oparg);
              } else if (left instanceof PyFloatObject) {
                if (right instanceof PyFloatObject) c = compareOpFloat(left, right, oparg);
              } else if (left instanceof PyUnicodeObject && right instanceof PyUnicodeObject) c = compareOpStr(left, right, oparg);
            }
            if (c !== Compare.NOT_HANDLED) {
              stack[--sp] = null;
              const next = code[2 * ip];
              if (lineHook === null && ticks > 1 && next >= Op.POP_JUMP_FORWARD_IF_FALSE && isPopJumpIfBool(next)) {
                // The _JUMP half: the conditional jump that follows runs here on the answer, and
                // the bool it would pop is never made (a True/False incref and decref elided).
                ticks--;
                stack[--sp] = null;
                ip = (c === Compare.TRUE) === popJumpIfTrue(next) ? code[2 * ip + 1] : ip + 1;
                continue;
              }
              stack[sp - 1] = boolFromCompare(c);
              continue;
            }
            const res = richCompareOp(left, right, oparg);
            stack[--sp] = null;
            stack[sp - 1] = res;
            decref(left);
            decref(right);
            continue;
          }
          case Op.IS_OP: {
            const right = stack[--sp]!;
            const left = stack[sp - 1]!;
            stack[sp] = null;
            const b = (left === right) !== (oparg === 1);
            stack[sp - 1] = PyBool_FromBool(b);
            decref(left);
            decref(right);
            continue;
          }
          case Op.CONTAINS_OP: {
            const right = stack[sp - 1]!;
            const left = stack[sp - 2]!;
            f.sp = sp;
            const r = PySequence_Contains(right, left);
            stack[--sp] = null;
            stack[sp - 1] = PyBool_FromBool(r !== (oparg === 1));
            decref(left);
            decref(right);
            continue;
          }
          case Op.JUMP_FORWARD:
            ip = oparg;
            continue;
          case Op.JUMP_BACKWARD: {
            if (f.code.warmup < 0) codeWarmup(f.code);
            else if (f.code.jit !== null && f.owner !== FrameOwner.GENERATOR && lineHook === null && instructionHook === null && tstate.recursionDepth < Jit.MAX_DEPTH) {
              const jf = jitOf(f.code);
              if (jf !== null && jf.entries[oparg] === sp + 1) {
                // NON-CPYTHON: on-stack replacement. The frame goes on in its translated
                // function from the loop's head, with its stack's values.
                const caller = f.previous;
                const isEntry = f.isEntry || f === entry;
                f.sp = sp;
                let res: PyObject | null = null;
                let raised = false;
                let error: unknown;
                try {
                  res = jf(f, oparg);
                } catch (e) {
                  // The translated function unwound the frame (exit_unwind): the error goes on in the caller.
                  raised = true;
                  error = e;
                }
                if (res === null && !raised) {
                  // Handed back: the frame goes on here from where the translated function stopped.
                  sp = f.sp;
                  ip = f.ip;
                  continue;
                }
                // The frame is done (the translated function cleared it, as RETURN_VALUE or
                // exit_unwind do): its result or its error goes to the caller.
                if (isEntry) {
                  currentFrame = savedFrame;
                  if (raised) throw error;
                  return res!;
                }
                f = caller!;
                code = f.code.quickened ?? quicken(f.code);
                consts = f.code.consts.items;
                names = f.code.names.items as PyUnicodeObject[];
                stack = f.stack;
                lp = f.localsplus;
                sp = f.sp;
                ip = f.ip;
                lastLine = -1;
                if (raised) throw error;
                stack[sp++] = res!;
                continue;
              }
            }
            ip = oparg;
            continue;
          }
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            ip = oparg;
            continue;
          case Op.POP_JUMP_FORWARD_IF_FALSE:
          case Op.POP_JUMP_BACKWARD_IF_FALSE: {
            const cond = stack[--sp]!;
            stack[sp] = null;
            if (cond === Py_False) {
              cond.ob_refcnt--;
              ip = oparg;
              continue;
            }
            if (cond === Py_True) {
              cond.ob_refcnt--;
              continue;
            }
            f.sp = sp;
            let t: boolean;
            try {
              t = PyObject_IsTrue(cond);
            } finally {
              decref(cond);
            }
            if (!t) ip = oparg;
            continue;
          }
          case Op.POP_JUMP_FORWARD_IF_TRUE:
          case Op.POP_JUMP_BACKWARD_IF_TRUE: {
            const cond = stack[--sp]!;
            stack[sp] = null;
            if (cond === Py_True) {
              cond.ob_refcnt--;
              ip = oparg;
              continue;
            }
            if (cond === Py_False) {
              cond.ob_refcnt--;
              continue;
            }
            f.sp = sp;
            let t: boolean;
            try {
              t = PyObject_IsTrue(cond);
            } finally {
              decref(cond);
            }
            if (t) ip = oparg;
            continue;
          }
          case Op.POP_JUMP_FORWARD_IF_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NONE: {
            const v = stack[--sp]!;
            stack[sp] = null;
            if (v === Py_None) ip = oparg;
            decref(v);
            continue;
          }
          case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
          case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: {
            const v = stack[--sp]!;
            stack[sp] = null;
            if (v !== Py_None) ip = oparg;
            decref(v);
            continue;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            const cond = stack[sp - 1]!;
            f.sp = sp;
            const t = PyObject_IsTrue(cond);
            if (t === (opcode === Op.JUMP_IF_TRUE_OR_POP)) {
              ip = oparg;
              continue;
            }
            stack[--sp] = null;
            decref(cond);
            continue;
          }
          case Op.BUILD_TUPLE: {
            const items = stack.slice(sp - oparg, sp) as PyObject[];
            for (let k = sp - oparg; k < sp; k++) stack[k] = null;
            sp -= oparg;
            stack[sp++] = oparg === 0 ? emptyTupleRef() : tupleFromArraySteal(items);
            continue;
          }
          case Op.BUILD_LIST: {
            const items = stack.slice(sp - oparg, sp) as PyObject[];
            for (let k = sp - oparg; k < sp; k++) stack[k] = null;
            sp -= oparg;
            stack[sp++] = listFromArraySteal(items);
            continue;
          }
          case Op.BUILD_SET: {
            f.sp = sp;
            buildSet(f, oparg);
            sp = f.sp;
            continue;
          }
          case Op.BUILD_MAP: {
            f.sp = sp;
            buildMap(f, oparg);
            sp = f.sp;
            continue;
          }
          case Op.BUILD_CONST_KEY_MAP: {
            f.sp = sp;
            buildConstKeyMap(f, oparg);
            sp = f.sp;
            continue;
          }
          case Op.BUILD_STRING: {
            f.sp = sp;
            buildString(f, oparg);
            sp = f.sp;
            continue;
          }
          case Op.LIST_APPEND: {
            const v = stack[--sp]!;
            stack[sp] = null;
            listAppendSteal(stack[sp - oparg] as PyListObject, v);
            continue;
          }
          case Op.SET_ADD: {
            f.sp = sp;
            setAdd(f, oparg);
            sp = f.sp;
            continue;
          }
          case Op.MAP_ADD: {
            f.sp = sp;
            mapAdd(f, oparg);
            sp = f.sp;
            continue;
          }
          case Op.LIST_EXTEND: {
            f.sp = sp;
            listExtend(f, oparg);
            sp = f.sp;
            continue;
          }
          case Op.SET_UPDATE: {
            f.sp = sp;
            setUpdate(f, oparg);
            sp = f.sp;
            continue;
          }
          case Op.DICT_UPDATE:
          case Op.DICT_MERGE: {
            f.sp = sp;
            dictUpdate(f, oparg, opcode === Op.DICT_MERGE);
            sp = f.sp;
            continue;
          }
          case Op.LIST_TO_TUPLE: {
            f.sp = sp;
            listToTuple(f);
            sp = f.sp;
            continue;
          }
          case Op.UNPACK_SEQUENCE: {
            const seq = stack[sp - 1]!;
            f.sp = sp;
            let items: PyObject[];
            if ((seq.ob_type === PyTuple_Type || seq.ob_type === PyList_Type) && (seq as PyTupleObject).items.length === oparg) {
              items = (seq as PyTupleObject).items.slice();
              for (const it of items) incref(it);
            } else items = unpackIterable(seq, oparg, -1);
            stack[--sp] = null;
            for (let k = items.length - 1; k >= 0; k--) stack[sp++] = items[k];
            decref(seq);
            continue;
          }
          case Op.UNPACK_EX: {
            f.sp = sp;
            unpackEx(f, oparg);
            sp = f.sp;
            continue;
          }
          case Op.FORMAT_VALUE: {
            f.sp = sp;
            formatValue(f, oparg);
            sp = f.sp;
            continue;
          }
          case Op.PRINT_EXPR: {
            const v = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            try {
              displayHook(v);
            } finally {
              decref(v);
            }
            continue;
          }
          case Op.LOAD_BUILD_CLASS: {
            f.sp = sp;
            const bc = PyDict_GetItemWithError(f.builtins, internString('__build_class__'));
            if (bc === null) raise(nameErrorType(), '__build_class__ not found');
            incref(bc);
            stack[sp++] = bc;
            continue;
          }
          case Op.LOAD_ASSERTION_ERROR:
            incref(PyExc_AssertionError);
            stack[sp++] = PyExc_AssertionError;
            continue;
          case Op.SETUP_ANNOTATIONS: {
            const locals = f.locals as PyDictObject;
            if (PyDict_GetItemWithError(locals, internString('__annotations__')) === null) {
              const d = PyDict_New();
              PyDict_SetItem(locals, internString('__annotations__'), d);
              decref(d);
            }
            continue;
          }
          case Op.IMPORT_NAME: {
            const fromlist = stack[--sp]!;
            const level = stack[sp - 1]!;
            stack[sp] = null;
            f.sp = sp;
            try {
              stack[sp - 1] = importName(f, names[oparg], fromlist, level);
            } finally {
              decref(fromlist);
              decref(level);
            }
            continue;
          }
          case Op.IMPORT_FROM: {
            const from = stack[sp - 1]!;
            f.sp = sp;
            stack[sp++] = importFrom(from, names[oparg]);
            continue;
          }
          case Op.IMPORT_STAR: {
            const from = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            try {
              importStar(f, from);
            } finally {
              decref(from);
            }
            continue;
          }
          case Op.RAISE_VARARGS: {
            const cause = oparg === 2 ? stack[--sp] : null;
            const exc = oparg >= 1 ? stack[--sp] : null;
            stack[sp] = null;
            if (oparg === 2) stack[sp + 1] = null;
            f.sp = sp;
            doRaise(exc, cause);
            continue;
          }
          case Op.RERAISE: {
            const exc = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            // PEEK(oparg + 1) before the exception is popped: RERAISE 2 (a with block's
            // handler) has the previous exception between lasti and the exception.
            reraise(f, exc, oparg ? stack[sp - oparg] : null);
          }
          case Op.PUSH_EXC_INFO: {
            const value = stack[sp - 1]!;
            stack[sp - 1] = pushExcInfo(value);
            stack[sp++] = value;
            continue;
          }
          case Op.POP_EXCEPT: {
            const value = stack[--sp]!;
            stack[sp] = null;
            popExcept(value);
            continue;
          }
          case Op.CHECK_EXC_MATCH: {
            const right = stack[sp - 1]!;
            f.sp = sp;
            stack[sp - 1] = checkExcMatch(stack[sp - 2]!, right);
            decref(right);
            continue;
          }
          case Op.CHECK_EG_MATCH: {
            const matchType = stack[sp - 1]!;
            const excValue = stack[sp - 2]!;
            f.sp = sp;
            checkExceptType(matchType);
            const [rest, match] = exceptionGroupMatch(excValue, matchType);
            decref(matchType);
            if (match === Py_None) {
              stack[sp - 1] = match;
              decref(rest);
              continue;
            }
            stack[sp - 2] = rest;
            stack[sp - 1] = match;
            decref(excValue);
            // PyErr_SetExcInfo: the handled exception is now the match.
            const excInfo = tstate.excInfo;
            const old = excInfo.length ? excInfo[excInfo.length - 1] : null;
            if (excInfo.length) excInfo[excInfo.length - 1] = newref(match);
            else excInfo.push(newref(match));
            xdecref(old);
            continue;
          }
          case Op.PREP_RERAISE_STAR: {
            const excs = stack[--sp]!;
            const orig = stack[sp - 1]!;
            stack[sp] = null;
            f.sp = sp;
            const res = prepReraiseStar(orig, excs);
            decref(excs);
            decref(orig);
            stack[sp - 1] = res;
            continue;
          }
          case Op.BEFORE_WITH: {
            f.sp = sp;
            beforeWith(f);
            sp = f.sp;
            continue;
          }
          case Op.WITH_EXCEPT_START: {
            f.sp = sp;
            stack[sp] = withExceptStart(stack[sp - 4]!, stack[sp - 1]!);
            sp++;
            continue;
          }
          case Op.GET_LEN: {
            const obj = stack[sp - 1]!;
            f.sp = sp;
            stack[sp++] = PyLong_FromValue(PyObject_Size(obj));
            continue;
          }
          case Op.MATCH_MAPPING:
            stack[sp] = PyBool_FromBool(isMapping(stack[sp - 1]!));
            sp++;
            continue;
          case Op.MATCH_SEQUENCE:
            stack[sp] = PyBool_FromBool(isSequence(stack[sp - 1]!));
            sp++;
            continue;
          case Op.MATCH_KEYS: {
            f.sp = sp;
            stack[sp] = matchKeys(stack[sp - 2]!, stack[sp - 1]!);
            sp++;
            continue;
          }
          case Op.MATCH_CLASS: {
            const kwargs = stack[--sp]!;
            const type = stack[--sp]!;
            const subject = stack[sp - 1]!;
            stack[sp] = stack[sp + 1] = null;
            f.sp = sp;
            let res: PyObject;
            try {
              res = matchClass(subject, type, oparg, kwargs as PyTupleObject);
            } finally {
              decref(kwargs);
              decref(type);
            }
            decref(subject);
            stack[sp - 1] = res;
            continue;
          }
          case Op.ASYNC_GEN_WRAP:
          case Op.GET_AWAITABLE:
          case Op.GET_AITER:
          case Op.GET_ANEXT:
          case Op.BEFORE_ASYNC_WITH:
          case Op.END_ASYNC_FOR:
            f.sp = sp;
            raise(PyExc_SystemError, 'async code is not supported by this kernel');
          default:
            f.sp = sp;
            raise(PyExc_SystemError, `unknown opcode ${opcode}`);
        }
      }
    } catch (caught) {
      // error: / exception_unwind:
      let reraise = caught instanceof ReraiseSignal;
      let err = caughtError(caught);
      sp = f.sp;
      for (;;) {
        const exc = err.exc as PyBaseExceptionObject;
        if (!reraise) tracebackHere(f, exc);
        reraise = false;
        // The table is searched at the instruction that raised (next_instr - 1); f.lasti
        // (prev_instr) may differ after RERAISE and is what a handler receives as lasti.
        const handler = findHandler(f.code, ip - 1);
        if (handler !== null) {
          // Pop the stack down to the handler's depth, then push lasti (if asked) and the exception.
          while (sp > handler.depth) {
            const v = stack[--sp];
            stack[sp] = null;
            if (v !== null) decref(v);
          }
          if (handler.lasti) stack[sp++] = PyLong_FromNumber(f.lasti);
          stack[sp++] = exc;
          ip = handler.target;
          f.sp = sp;
          break;
        }
        // exit_unwind: this frame is done.
        f.sp = sp;
        clearFrameStack(f);
        const caller = f.previous!;
        const isEntry = f.isEntry || f === entry;
        if (f.owner === FrameOwner.GENERATOR) {
          // The generator's send sees the exception and finishes the frame.
        } else clearFrame(f);
        tstate.recursionDepth--;
        if (isEntry) {
          currentFrame = savedFrame;
          throw err;
        }
        f.previous = null;
        if (f.owner === FrameOwner.GENERATOR) {
          // A generator FOR_ITER runs inline raised: gen_send_ex2 finishes it, and the error
          // (a StopIteration made a RuntimeError) goes on in the loop's frame.
          currentFrame = caller;
          const raised = genRaised(f.gen as PyGenObject, err);
          err = raised instanceof PyErr ? raised : toPyErr(raised);
          if (!err.chained) chainContext(err.exc);
          err.chained = true;
        }
        f = caller;
        currentFrame = f;
        code = f.code.quickened ?? quicken(f.code);
        consts = f.code.consts.items;
        names = f.code.names.items as PyUnicodeObject[];
        stack = f.stack;
        lp = f.localsplus;
        sp = f.sp;
        ip = f.ip;
        lastLine = -1;
        sp = f.sp;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Instructions the eval loop and translated functions (kernel/vm/jit.ts) share: each works on the
// frame's stack from f.sp, as the eval loop's own cases do, and leaves f.sp past its results.
// ---------------------------------------------------------------------------------------------

/** CALL_FUNCTION_EX: the callable called with a tuple of arguments (and a dict of keywords if oparg & 1). */
function callFunctionEx(f: Frame, oparg: number): void {
  const stack = f.stack;
  let sp = f.sp;
  let kwargs = oparg & 1 ? stack[--sp]! : null;
  let callargs = stack[--sp]!;
  const func = stack[sp - 1]!;
  stack[sp] = null;
  if (kwargs !== null) stack[sp + 1] = null;
  f.sp = sp;
  let res: PyObject;
  try {
    if (kwargs !== null && kwargs.ob_type !== PyDict_Type) {
      // A mapping that is not a dict is merged into a new dict (duplicates are errors).
      const d = PyDict_New();
      try {
        dictMergeHook(d, kwargs, func);
      } catch (e) {
        decref(d);
        throw e;
      }
      decref(kwargs);
      kwargs = d;
    }
    if (callargs.ob_type !== PyTuple_Type) {
      if (callargs.ob_type.tp_iter === null && callargs.ob_type.sq_item === null) {
        raise(PyExc_TypeError, `${funcDesc(func)} argument after * must be an iterable, not ${callargs.ob_type.tp_name}`);
      }
      const t = sequenceTupleHook(callargs);
      decref(callargs);
      callargs = t;
    }
    res = callWithKw(func, (callargs as PyTupleObject).items, kwargs);
  } finally {
    decref(callargs);
    xdecref(kwargs);
  }
  decref(func);
  stack[--sp] = null;
  // the NULL pushed before the callable
  stack[sp - 1] = res;
  f.sp = sp;
}

/** MAKE_FUNCTION: a function of the code object on top, with what the flags in oparg say lies below it. */
function makeFunction(f: Frame, oparg: number): void {
  const stack = f.stack;
  let sp = f.sp;
  const codeObj = stack[--sp] as PyCodeObject;
  stack[sp] = null;
  const func = PyFunction_New(codeObj, f.globals, f.builtins, null);
  decref(codeObj);
  if (oparg & 0x08) {
    func.closure = stack[--sp] as PyTupleObject;
    stack[sp] = null;
  }
  if (oparg & 0x04) {
    func.annotations = stack[--sp];
    stack[sp] = null;
  }
  if (oparg & 0x02) {
    func.kwdefaults = stack[--sp] as PyDictObject;
    stack[sp] = null;
  }
  if (oparg & 0x01) {
    func.defaults = stack[--sp] as PyTupleObject;
    stack[sp] = null;
  }
  stack[sp++] = func;
  f.sp = sp;
}

/** BUILD_SET: a set of the oparg values on top. */
function buildSet(f: Frame, oparg: number): void {
  const stack = f.stack;
  let sp = f.sp;
  const set = PySet_New(null);
  const items = stack.slice(sp - oparg, sp) as PyObject[];
  for (let k = sp - oparg; k < sp; k++) stack[k] = null;
  sp -= oparg;
  f.sp = sp;
  try {
    for (const it of items) setAddKey(set, it);
  } finally {
    for (const it of items) decref(it);
  }
  stack[sp++] = set;
  f.sp = sp;
}

/**
 * BUILD_MAP, BUILD_CONST_KEY_MAP: a dict presized for n items (with a str-only table when every
 * key is a str) gets them in order; then the stack's values from base up go, the top last, and
 * the dict takes their place.
 */
function buildDict(f: Frame, base: number, n: number, keyAt: (k: number) => PyObject, valueAt: (k: number) => PyObject): void {
  const stack = f.stack;
  let unicode = true;
  for (let k = 0; k < n; k++) if (keyAt(k).ob_type !== PyUnicode_Type) unicode = false;
  const d = dictNewPresized(n, unicode);
  try {
    for (let k = 0; k < n; k++) PyDict_SetItem(d, keyAt(k), valueAt(k));
  } catch (e) {
    decref(d);
    throw e;
  }
  for (let k = base; k < f.sp; k++) {
    decref(stack[k]!);
    stack[k] = null;
  }
  stack[base] = d;
  f.sp = base + 1;
}

/** BUILD_MAP: oparg keys and values, alternating. */
function buildMap(f: Frame, oparg: number): void {
  const stack = f.stack;
  const base = f.sp - 2 * oparg;
  buildDict(f, base, oparg, (k) => stack[base + 2 * k]!, (k) => stack[base + 2 * k + 1]!);
}

/** BUILD_CONST_KEY_MAP: oparg values, then the tuple of their keys. */
function buildConstKeyMap(f: Frame, oparg: number): void {
  const stack = f.stack;
  const keys = (stack[f.sp - 1] as PyTupleObject).items;
  const base = f.sp - 1 - oparg;
  buildDict(f, base, oparg, (k) => keys[k], (k) => stack[base + k]!);
}

/** BUILD_STRING: the oparg strs on top joined. */
function buildString(f: Frame, oparg: number): void {
  const stack = f.stack;
  let sp = f.sp;
  // _PyUnicode_JoinArray(&_Py_STR(empty), ...), then the items are popped, the top first.
  const sep = emptyStr();
  const str = joinArray(sep, stack.slice(sp - oparg, sp) as PyObject[]);
  decref(sep);
  for (let k = 0; k < oparg; k++) {
    decref(stack[--sp]!);
    stack[sp] = null;
  }
  stack[sp++] = str;
  f.sp = sp;
}

/** MAP_ADD: a key and a value put into the dict oparg slots below them. */
function mapAdd(f: Frame, oparg: number): void {
  const stack = f.stack;
  let sp = f.sp;
  const value = stack[--sp]!;
  const key = stack[--sp]!;
  stack[sp] = stack[sp + 1] = null;
  f.sp = sp;
  const d = stack[sp - oparg] as PyDictObject;
  try {
    PyDict_SetItem(d, key, value);
  } finally {
    decref(key);
    decref(value);
  }
}

/** BEFORE_WITH: the manager's bound __exit__ takes its slot, and what __enter__ returned goes on top. */
function beforeWith(f: Frame): void {
  const stack = f.stack;
  let sp = f.sp;
  const mgr = stack[sp - 1]!;
  const enter = lookupStr(mgr.ob_type, '__enter__');
  const exit = lookupStr(mgr.ob_type, '__exit__');
  if (enter === null || exit === null) {
    raise(PyExc_TypeError, `'${mgr.ob_type.tp_name}' object does not support the context manager protocol`);
  }
  const exitBound = bindSpecial(exit, mgr);
  let res: PyObject;
  try {
    res = callBound(enter, mgr);
  } catch (e) {
    decref(exitBound);
    throw e;
  }
  stack[sp - 1] = exitBound;
  decref(mgr);
  stack[sp++] = res;
  f.sp = sp;
}

/**
 * SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE: the value on top goes into the
 * container oparg slots below it, and is released whether or not that raised.
 */
function popInto(f: Frame, oparg: number, into: (container: PyObject, v: PyObject) => void): void {
  const stack = f.stack;
  const sp = f.sp - 1;
  const v = stack[sp]!;
  stack[sp] = null;
  f.sp = sp;
  try {
    into(stack[sp - oparg]!, v);
  } finally {
    decref(v);
  }
}

function setAdd(f: Frame, oparg: number): void {
  popInto(f, oparg, (set, v) => setAddKey(set as PySetObject, v));
}

function listExtend(f: Frame, oparg: number): void {
  popInto(f, oparg, (list, v) => listExtendHook(list as PyListObject, v, true));
}

function setUpdate(f: Frame, oparg: number): void {
  popInto(f, oparg, (set, v) => setUpdateFrom(set as PySetObject, v));
}

/** DICT_UPDATE, or DICT_MERGE (duplicate keys are errors naming the function below) when `merge`. */
function dictUpdate(f: Frame, oparg: number, merge: boolean): void {
  popInto(f, oparg, (d, update) => {
    if (merge) dictMergeCheck(d as PyDictObject, update, f.stack[f.sp - oparg - 2]!);
    else dictUpdateHook(d as PyDictObject, update);
  });
}

/** LIST_TO_TUPLE: the list on top becomes a tuple. */
function listToTuple(f: Frame): void {
  const stack = f.stack;
  const sp = f.sp;
  const l = stack[sp - 1] as PyListObject;
  const items = l.items.slice();
  for (const it of items) incref(it);
  stack[sp - 1] = items.length === 0 ? emptyTupleRef() : tupleFromArraySteal(items);
  decref(l);
}

/** UNPACK_EX: a starred assignment's targets, the list of the rest among them. */
function unpackEx(f: Frame, oparg: number): void {
  const stack = f.stack;
  let sp = f.sp;
  const seq = stack[sp - 1]!;
  const before = oparg & 0xff;
  const after = oparg >> 8;
  const items = unpackIterable(seq, before, after);
  stack[--sp] = null;
  for (let k = items.length - 1; k >= 0; k--) stack[sp++] = items[k];
  decref(seq);
  f.sp = sp;
}

/** FORMAT_VALUE: an f-string field, converted (oparg & 3) and formatted with the spec above it if oparg & 4. */
function formatValue(f: Frame, oparg: number): void {
  const stack = f.stack;
  let sp = f.sp;
  const haveSpec = (oparg & 0x04) !== 0;
  const spec = haveSpec ? stack[--sp]! : null;
  if (haveSpec) stack[sp] = null;
  let value = stack[sp - 1]!;
  f.sp = sp;
  const which = oparg & 0x03;
  try {
    if (which !== 0) {
      const conv = which === 1 ? PyObject_Str(value) : which === 2 ? PyObject_Repr(value) : asciiHook(value);
      decref(value);
      value = conv;
      stack[sp - 1] = value;
    }
    let result: PyObject;
    if (value.ob_type === PyUnicode_Type && spec === null) result = newref(value);
    else result = formatObject(value, spec);
    stack[sp - 1] = result;
    decref(value);
  } finally {
    xdecref(spec);
  }
  f.sp = sp;
}

/**
 * PRECALL's unpacking of a bound method called with NULL below it: the method's function and
 * self take its two slots. Returns whether the call has a self (the slot below the callable was
 * not NULL, or now is not).
 */
function unpackMethod(stack: (PyObject | null)[], sp: number, oparg: number): boolean {
  if (stack[sp - oparg - 2] !== null) return true;
  const callable = stack[sp - oparg - 1]!;
  if (callable.ob_type !== PyMethod_Type) return false;
  const m = callable as PyMethodObject;
  incref(m.func);
  incref(m.self);
  stack[sp - oparg - 1] = m.self;
  stack[sp - oparg - 2] = m.func;
  decref(m);
  return true;
}

/** CALL_PY_EXACT_ARGS applies: positional arguments only, exactly as many as the code takes. */
function exactArgs(unit: CodeUnit, nargs: number): boolean {
  return nargs === unit.argcount && unit.kwonlyargcount === 0 && (unit.flags & EXACT_ARGS_FLAGS) === CodeFlags.CO_OPTIMIZED;
}

/**
 * The frame of a call to func whose arguments are f's stack slots from argsStart up to f.sp
 * (the last kwnames' length of them by keyword), the slots from base up holding the call. The
 * frame steals the function and the arguments; the slots are emptied and f.sp goes down to base
 * before the arguments are bound, so that a failed binding does not release them twice.
 */
function callFrame(f: Frame, func: PyFunctionObject, argsStart: number, base: number, argcount: number, kwnames: string[] | null): Frame {
  const stack = f.stack;
  const sp = f.sp;
  if (kwnames === null && exactArgs(func.code.unit, argcount)) {
    // CALL_PY_EXACT_ARGS: the arguments move from the stack straight into the new frame's
    // locals (what initializeLocals does for this case, without a copy).
    const callee = newFrame(func.code, func, func.globals, func.builtins, null);
    const nlp = callee.localsplus;
    for (let k = 0; k < argcount; k++) nlp[k] = stack[argsStart + k];
    for (let k = base; k < sp; k++) stack[k] = null;
    f.sp = base;
    return callee;
  }
  const args = stack.slice(argsStart, sp) as PyObject[];
  for (let k = base; k < sp; k++) stack[k] = null;
  f.sp = base;
  return makeFrameInline(f, func, args, 0, argcount, kwnames);
}

/**
 * The error a caught JavaScript throw stands for: the PyErr itself, a RERAISE's exception as it
 * is, or a kernel error made a SystemError. Implicit chaining (__context__) is applied once,
 * where the exception was raised, never to a re-raise.
 */
function caughtError(caught: unknown): PyErr {
  const reraise = caught instanceof ReraiseSignal;
  const err = reraise ? new PyErr(caught.exc) : toPyErr(caught);
  if (!reraise && !err.chained) chainContext(err.exc);
  err.chained = true;
  return err;
}

/** BINARY_OP's generic operation (binary_op1 and its fallback): a new reference; the operands are only read. */
function binaryOpGeneric(lhs: PyObject, rhs: PyObject, oparg: number): PyObject {
  const slot = fastBinarySlot(lhs, rhs, oparg);
  let res = slot !== null ? slot(lhs, rhs) : binaryOps[oparg](lhs, rhs);
  if (res === Py_NotImplemented && slot !== null) {
    decref(res);
    res = binaryOps[oparg](lhs, rhs);
  }
  return res;
}

/**
 * BINARY_OP_INPLACE_ADD_UNICODE: the stack's reference to lhs goes (never the last: the local
 * holds one), PyUnicode_Append takes over the local's, and the STORE_FAST that follows is done
 * here. The caller has taken both operands off its stack.
 */
function inplaceAppend(f: Frame, i: number, lhs: PyObject, rhs: PyObject): void {
  const lp = f.localsplus;
  const target = inplaceTarget(f.code, i);
  lhs.ob_refcnt--;
  lp[target] = null;
  try {
    lp[target] = PyUnicode_Append(lhs as PyUnicodeObject, rhs);
  } finally {
    decref(rhs);
  }
}

/** COMPARE_OP's rich comparison when no fast path answered: a new reference; the operands are only read. */
function richCompareOp(left: PyObject, right: PyObject, oparg: number): PyObject {
  const t = left.ob_type;
  let res: PyObject;
  if (
    t === right.ob_type && (t === PyLong_Type || t === PyFloat_Type || t === PyUnicode_Type) &&
    tstate.recursionDepth < tstate.recursionLimit + tstate.recursionHeadroom
  ) {
    // Same exact builtin type on both sides: do_richcompare calls just this slot, and
    // PyObject_RichCompare's recursion check (the condition above) would pass.
    res = t.tp_richcompare!(left, right, oparg);
    if (res === Py_NotImplemented) {
      decref(res);
      res = PyObject_RichCompare(left, right, oparg);
    }
  } else res = PyObject_RichCompare(left, right, oparg);
  return res;
}

/** POP_JUMP_IF_TRUE / POP_JUMP_IF_FALSE's test: the truth of cond, whose reference it releases. */
/**
 * FOR_ITER's next item (a new reference), or null when the iterator is exhausted: FOR_ITER_RANGE
 * and FOR_ITER_LIST (CPython 3.12's specialisations; 3.11 calls tp_iternext).
 */
function iterNext(it: PyObject): PyObject | null {
  if (it instanceof RangeIterObject) return rangeiter_next(it);
  if (it instanceof PyListIterObject && it.ob_type === PyListIter_Type) return listiter_next(it);
  return it.ob_type.tp_iternext!(it);
}

function popTruth(cond: PyObject): boolean {
  if (cond === Py_True) {
    cond.ob_refcnt--;
    return true;
  }
  if (cond === Py_False) {
    cond.ob_refcnt--;
    return false;
  }
  try {
    return PyObject_IsTrue(cond);
  } finally {
    decref(cond);
  }
}

/**
 * RERAISE: the exception goes on, its traceback unchanged; with oparg, f.lasti is restored from
 * the lasti value the handler was given (`lasti`, an int on the stack below).
 */
function reraise(f: Frame, exc: PyObject, lasti: PyObject | null): never {
  if (lasti !== null) f.lasti = (lasti as PyLongObject).v as number;
  throw new ReraiseSignal(exc);
}

/**
 * PUSH_EXC_INFO: `value` becomes the exception being handled; returns the one it replaces (None
 * if none), a new reference for the stack.
 */
function pushExcInfo(value: PyObject): PyObject {
  const excInfo = tstate.excInfo;
  const prev = excInfo.length > 0 ? excInfo[excInfo.length - 1] : null;
  if (excInfo.length > 0) excInfo[excInfo.length - 1] = newref(value);
  else excInfo.push(newref(value));
  return prev === null ? newref(Py_None) : prev;
}

/** POP_EXCEPT: the exception being handled goes back to `value` (popped: its reference is taken). */
function popExcept(value: PyObject): void {
  const excInfo = tstate.excInfo;
  const old = excInfo[excInfo.length - 1];
  excInfo[excInfo.length - 1] = value === Py_None ? (decrefNone(value), null) : value;
  xdecref(old);
}

/** CHECK_EXC_MATCH: does the exception match the `except` clause's type(s)? A bool; both are only read. */
function checkExcMatch(left: PyObject, right: PyObject): PyObject {
  checkExceptType(right);
  return PyBool_FromBool(PyObject_IsInstance(left, right));
}

/** WITH_EXCEPT_START: __exit__(type, value, traceback) of the exception, a new reference. */
function withExceptStart(exitFunc: PyObject, val: PyObject): PyObject {
  const tb = (val as PyBaseExceptionObject).traceback ?? Py_None;
  return PyObject_Call(exitFunc, [val.ob_type, val, tb], null);
}

/** Whether the last sendValue's receiver yielded (SEND goes on) or returned (SEND jumps). */
const sendRegs = { yielded: false };

/**
 * SEND's step of `yield from`: v sent to the receiver (gen_send_ex2 for a generator, tp_iternext
 * when v is None, else its send method). Returns the value it yielded or returned, a new
 * reference, and says which in sendRegs.yielded; v and the receiver are only read.
 */
function sendValue(receiver: PyObject, v: PyObject): PyObject {
  if (receiver.ob_type === PyGen_Type) {
    const r = genSendEx(receiver as PyGenObject, v, null);
    sendRegs.yielded = genRun.yielded;
    return r;
  }
  const iternext = receiver.ob_type.tp_iternext;
  if (v === Py_None && iternext !== null && iternext !== slotIternext) {
    const r = iternext(receiver);
    sendRegs.yielded = r !== null;
    return r ?? newref(Py_None);
  }
  // __next__ or send: a StopIteration carries the return value (_PyGen_FetchStopIterationValue).
  let send: PyObject | null = null;
  try {
    let r: PyObject;
    if (v === Py_None && iternext !== null) r = slotNext(receiver);
    else {
      send = PyObject_GetAttr(receiver, internString('send'));
      r = PyObject_Call(send, [v], null);
    }
    sendRegs.yielded = true;
    return r;
  } catch (e) {
    if (!(e instanceof PyErr && PyObject_TypeCheck(e.exc, PyExc_StopIteration))) throw e;
    const exc = e.exc as PyBaseExceptionObject;
    const r = newref(exc.fields?.get('value') ?? Py_None);
    decref(e.exc);
    sendRegs.yielded = false;
    return r;
  } finally {
    if (send !== null) decref(send);
  }
}

// ---------------------------------------------------------------------------------------------
// NON-CPYTHON: what translated functions (kernel/vm/jit.ts) call
// ---------------------------------------------------------------------------------------------

/** LOAD_GLOBAL when its cache does not answer: the lookup (NameError if absent), then the cache. */
function loadGlobalSlow(f: Frame, i: number, name: PyUnicodeObject): PyObject {
  const v = loadGlobal(f, name);
  specializeLoadGlobal(f.code, i, f.globals, f.builtins, name);
  return v;
}

/**
 * CALL (with PRECALL's unpacking of a bound method) on the callable, self or NULL and arguments a
 * translated function has put on its frame's stack below f.sp: what the eval loop's CALL does,
 * with the callee's frame run to its end. The stack's slots are empty again when it returns or
 * raises.
 */
function jitCall(f: Frame, oparg: number): PyObject {
  const stack = f.stack;
  const sp = f.sp;
  const isMeth = unpackMethod(stack, sp, oparg);
  const totalArgs = oparg + (isMeth ? 1 : 0);
  const kwnames = f.kwnames;
  f.kwnames = null;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const argsStart = sp - totalArgs;
  const base = argsStart - (isMeth ? 1 : 2);
  const callable = stack[argsStart - 1]!;
  if (callable.ob_type === PyFunction_Type) {
    return runCallee(f, callFrame(f, callable as PyFunctionObject, argsStart, base, totalArgs - nkw, kwnames));
  }
  let fastRes: PyObject | null;
  try {
    fastRes = callBuiltin(callable, stack, argsStart, sp, kwnames);
  } catch (e) {
    releaseCall(f, callable, stack, argsStart, base, sp);
    throw e;
  }
  if (fastRes !== null) {
    releaseCall(f, callable, stack, argsStart, base, sp);
    return fastRes;
  }
  const args = stack.slice(argsStart, sp) as PyObject[];
  try {
    return PyObject_Call(callable, args, kwnames);
  } finally {
    releaseCall(f, callable, stack, argsStart, base, sp);
  }
}

/** After a call: the callable and the arguments go, in that order, and their slots empty. */
function releaseCall(f: Frame, callable: PyObject, stack: (PyObject | null)[], argsStart: number, base: number, sp: number): void {
  decref(callable);
  for (let k = argsStart; k < sp; k++) decref(stack[k]!);
  for (let k = base; k < sp; k++) stack[k] = null;
  f.sp = base;
}

/**
 * Runs a Python function's new frame for a translated caller: translated too when it can be,
 * else in the eval loop (which checks the recursion limit on entry as the inline call does).
 */
function runCallee(f: Frame, callee: Frame): PyObject {
  const jf = lineHook === null && instructionHook === null && tstate.recursionDepth < Jit.MAX_DEPTH ? jitOf(callee.code) : null;
  if (jf === null) {
    callee.isEntry = true;
    callee.previous = f;
    return evalFrame(callee, null);
  }
  return jitEnter(f, callee, jf);
}

/**
 * LOAD_ATTR (LOAD_ATTR_INSTANCE_VALUE first) for a translated function: a new reference; the
 * owner is only read.
 */
function loadAttr(code: PyCodeObject, i: number, owner: PyObject, name: PyUnicodeObject): PyObject {
  const cached = loadAttrInstanceValue(code, i, owner);
  if (cached !== null) {
    cached.ob_refcnt++;
    return cached;
  }
  const res = PyObject_GetAttr(owner, name);
  specializeInstanceAttr(code, i, owner, name, false);
  return res;
}

/** STORE_ATTR (STORE_ATTR_INSTANCE_VALUE first) for a translated function: takes v and owner once it is done. */
function storeAttr(code: PyCodeObject, i: number, owner: PyObject, v: PyObject, name: PyUnicodeObject): void {
  if (storeAttrInstanceValue(code, i, owner, v)) {
    decref(owner);
    return;
  }
  PyObject_SetAttr(owner, name, v);
  specializeInstanceAttr(code, i, owner, name, true);
  decref(v);
  decref(owner);
}

/**
 * Values a runtime function hands to translated code besides its result: the second value a
 * LOAD_METHOD pushes (see loadMethod), the exception a handler is given (see jitHandler).
 */
const jitRegs: { self: PyObject | null; exc: PyObject | null } = { self: null, exc: null };

/**
 * LOAD_METHOD (LOAD_METHOD_WITH_VALUES & co. first) for a translated function: the method (a
 * new reference, the stack's reference to obj then goes with jitRegs.self = obj) or null (obj
 * released, jitRegs.self = the attribute).
 */
function loadMethod(code: PyCodeObject, i: number, obj: PyObject, name: PyUnicodeObject): PyObject | null {
  const cached = loadMethodCached(code, i, obj);
  if (cached !== null) {
    cached.ob_refcnt++;
    jitRegs.self = obj;
    return cached;
  }
  const [meth, selfOrAttr] = getMethod(obj, name);
  jitRegs.self = selfOrAttr;
  if (meth !== null) {
    specializeLoadMethod(code, i, obj, name, meth);
    return meth;
  }
  decref(obj);
  return null;
}

/** BINARY_SUBSCR (the list, tuple and dict specialisations first): takes both operands once it is done. */
function binarySubscr(container: PyObject, sub: PyObject): PyObject {
  let fast: PyObject | null = null;
  if (sub instanceof PyLongObject) {
    if (container instanceof PyListObject) fast = subscrListInt(container, sub);
    else if (container instanceof PyTupleObject) fast = subscrTupleInt(container, sub);
    else if (container instanceof PyDictObject) fast = subscrDict(container, sub);
  } else if (container instanceof PyDictObject) fast = subscrDict(container, sub);
  if (fast !== null) return fast;
  const res = PyObject_GetItem(container, sub);
  decref(container);
  decref(sub);
  return res;
}

/** STORE_SUBSCR (the list and dict specialisations first): takes the three references once it is done. */
function storeSubscr(container: PyObject, sub: PyObject, v: PyObject): void {
  if (container instanceof PyListObject ? sub instanceof PyLongObject && storeSubscrListInt(container, sub, v) :
      container instanceof PyDictObject && storeSubscrDict(container, sub, v)) return;
  PyObject_SetItem(container, sub, v);
  decref(v);
  decref(container);
  decref(sub);
}

/** UNPACK_SEQUENCE's n items (new references), in order; seq is only read. */
function unpackSequence(seq: PyObject, n: number): PyObject[] {
  if ((seq.ob_type === PyTuple_Type || seq.ob_type === PyList_Type) && (seq as PyTupleObject).items.length === n) {
    const items = (seq as PyTupleObject).items.slice();
    for (const it of items) incref(it);
    return items;
  }
  return unpackIterable(seq, n, -1);
}

/** KW_NAMES: the names of a call's keyword arguments (consts[oparg], a tuple of str). */
function kwNames(t: PyObject): string[] {
  return (t as PyTupleObject).items.map((k) => (k as PyUnicodeObject).s);
}

/** The translated function stops before instruction i, its stack's `depth` values stored in f.stack. */
function exitAt(f: Frame, i: number, depth: number): null {
  f.sp = depth;
  f.ip = i;
  noteExit(f.code);
  return null;
}

/** Runs on, in the eval loop, a frame that its translated function handed back. */
function finishHandedBack(callee: Frame): PyObject {
  currentFrame = callee.previous;
  tstate.recursionDepth--;
  return evalFrame(callee, null);
}

/**
 * exception_unwind for a translated function, up to the jump: the handler of its instruction
 * `at` for what it raised, or null (nothing done: the frame unwinds). With a handler, the
 * exception gets this frame's traceback entry, and the values an instruction done on the
 * frame's stack left there above the handler's depth are popped (the translated function then
 * pops its own, pushes lasti and jitRegs.exc, and jumps).
 */
function jitHandler(f: Frame, caught: unknown, at: number): ExceptionTableEntry | null {
  const h = findHandler(f.code, at);
  if (h === null) return null;
  const reraise = caught instanceof ReraiseSignal;
  const err = caughtError(caught);
  if (!reraise) tracebackHere(f, err.exc as PyBaseExceptionObject);
  const st = f.stack;
  for (let k = f.sp - 1; k >= h.depth; k--) {
    const v = st[k];
    st[k] = null;
    if (v !== null) decref(v);
  }
  f.sp = 0;
  jitRegs.exc = err.exc;
  return h;
}

/**
 * The translated function to call directly for CALL with `nargs` arguments and no self on this
 * callable (CALL_PY_EXACT_ARGS into translated code), or null: then jitCall does the call.
 */
function jitCallee(callable: PyObject, nargs: number): JitFunction | null {
  if (callable.ob_type !== PyFunction_Type || lineHook !== null || instructionHook !== null || tstate.recursionDepth >= Jit.MAX_DEPTH) return null;
  const code = (callable as PyFunctionObject).code;
  if (!exactArgs(code.unit, nargs)) return null;
  return code.jit === undefined ? jitOf(code) : code.jit;
}

/** A new frame for a direct call of a translated function; the frame takes the stack's reference to func. */
function jitFrame(func: PyFunctionObject): Frame {
  return newFrame(func.code, func, func.globals, func.builtins, null);
}

/** Runs a translated callee's frame, whose arguments are in place (the recursion limit checked first). */
function jitEnter(f: Frame | null, callee: Frame, jf: JitFunction): PyObject {
  if (++tstate.recursionDepth > tstate.recursionLimit + tstate.recursionHeadroom) {
    tstate.recursionDepth--;
    clearFrame(callee);
    raise(PyExc_RecursionError, 'maximum recursion depth exceeded');
  }
  callee.previous = f;
  currentFrame = callee;
  const res = jf(callee, 0);
  return res !== null ? res : finishHandedBack(callee);
}

/** RETURN_VALUE in a translated function: the frame is cleared (and pooled) and its caller is current again. */
function jitReturn(f: Frame, retval: PyObject): PyObject {
  const caller = f.previous;
  const reusable = f.frameObj === null && f.locals === null;
  clearFrame(f);
  if (reusable) releaseFrame(f);
  tstate.recursionDepth--;
  currentFrame = caller;
  f.previous = null;
  return retval;
}

/**
 * RETURN_GENERATOR in a translated function: the frame moves into a new generator, which goes to
 * the caller; the frame is resumed at the next instruction.
 */
function jitReturnGenerator(f: Frame): PyObject {
  const gen = makeGenerator(f);
  f.ip = f.lasti + 1;
  f.sp = 0;
  f.isEntry = false;
  leaveGenFrame(f);
  return gen;
}

/**
 * YIELD_VALUE in a translated function, its stack's `sp` values below v stored in f.stack: the
 * frame is suspended, to be resumed at the next instruction (resumeGenFrame).
 */
function jitYield(f: Frame, sp: number, v: PyObject): PyObject {
  f.sp = sp;
  f.ip = f.lasti + 1;
  genRun.yielded = true;
  leaveGenFrame(f);
  return v;
}

/** RETURN_VALUE in a translated generator: the generator's send clears the frame (genSendEx). */
function jitGenReturn(f: Frame, retval: PyObject): PyObject {
  f.ip = f.lasti + 1;
  genRun.yielded = false;
  leaveGenFrame(f);
  return retval;
}

/** A generator's frame stops running: its caller is current again. */
function leaveGenFrame(f: Frame): void {
  const caller = f.previous;
  f.previous = null;
  tstate.recursionDepth--;
  currentFrame = caller;
}

/**
 * A translated function's exception_unwind, first half: the error, its traceback entry for this
 * frame, and what a failed call left on the frame's stack. The function then releases its own
 * stack's values and calls unwindEnd.
 */
function unwindBegin(f: Frame, caught: unknown): PyErr {
  const reraise = caught instanceof ReraiseSignal;
  const err = caughtError(caught);
  if (!reraise) tracebackHere(f, err.exc as PyBaseExceptionObject);
  clearFrameStack(f);
  return err;
}

/** exit_unwind for a translated function: its frame is cleared and its caller is current again. */
function unwindEnd(f: Frame): void {
  const caller = f.previous;
  // A generator's frame is finished by its send (genRaised), as the eval loop leaves it.
  if (f.owner !== FrameOwner.GENERATOR) clearFrame(f);
  tstate.recursionDepth--;
  currentFrame = caller;
  f.previous = null;
}

/** The eval breaker every Jit.TICK instructions of translated code (the step budget, the interrupt). */
function jitBreaker(opcode: number): void {
  tstate.jitTicks = Jit.TICK;
  tstate.stepsLeft -= Jit.TICK;
  evalBreaker(opcode);
}

setJitRuntime({
  decref, tstate, unboundLocal, loadGlobalCached, loadGlobalSlow, binaryOpValue, fusedAddAdaptive,
  binaryAddIsInplace, inplaceAppend, binaryOpGeneric, compareIsSpecialized, compareOpValue, richCompareOp,
  boolFromCompare, popTruth, call: jitCall, ret: jitReturn, unwindBegin, unwindEnd, breaker: jitBreaker,
  callee: jitCallee, frame: jitFrame, enter: jitEnter, iterNext, getIter: PyObject_GetIter, PyBool_FromBool, Py_None,
  PyGen_Type, handler: jitHandler, exitAt, loadAttr, storeAttr, loadMethod, regs: jitRegs,
  binarySubscr, storeSubscr, unpackSequence, kwNames, PyObject_DelItem, tupleFromArraySteal, emptyTupleRef, listFromArraySteal,
  listAppendSteal, PySequence_Contains, PyObject_IsTrue, PyNumber_Positive, PyNumber_Negative, PyNumber_Invert, PyCell_New,
  unboundDeref, doRaise, PySlice_New, PyDict_SetItem, callFunctionEx, makeFunction, buildSet, buildMap, buildConstKeyMap, buildString, setAdd,
  mapAdd, listExtend, setUpdate, dictUpdate, listToTuple, unpackEx, formatValue, beforeWith, PyExc_AssertionError,
  returnGenerator: jitReturnGenerator, yieldValue: jitYield, genReturn: jitGenReturn, sendValue, sendRegs, genTranslated,
  reraise, pushExcInfo, popExcept, checkExcMatch, withExceptStart, PyLong_FromNumber,
});

/**
 * CPython 3.11: Python/errors.c _PyErr_SetObject's implicit chaining: the exception being
 * handled becomes the new exception's __context__, breaking any cycle through the chain.
 */
function chainContext(value: PyObject): void {
  if (!(value instanceof PyBaseExceptionObject)) return;
  const info = tstate.excInfo;
  let excValue: PyObject | null = null;
  for (let i = info.length - 1; i >= 0; i--) {
    const v = info[i];
    if (v !== null && v !== Py_None) {
      excValue = v;
      break;
    }
  }
  if (excValue === null || excValue === value) return;
  let o = excValue as PyBaseExceptionObject;
  let slow = o;
  let toggle = false;
  for (;;) {
    const context = o.context as PyBaseExceptionObject | null;
    if (context === null) break;
    if (context === value) {
      o.context = null;
      decref(context);
      break;
    }
    o = context;
    if (o === slow) break;
    if (toggle) slow = slow.context as PyBaseExceptionObject;
    toggle = !toggle;
  }
  incref(excValue);
  setContext(value, excValue);
}

/** The value signalling RERAISE: the exception continues without a new traceback entry. */
class ReraiseSignal {
  constructor(readonly exc: PyObject) {}
}

function decrefNone(v: PyObject): void {
  decref(v);
}

function clearFrameStack(f: Frame): void {
  const stack = f.stack;
  for (let i = f.sp - 1; i >= 0; i--) {
    const v = stack[i];
    stack[i] = null;
    if (v !== null) decref(v);
  }
  f.sp = 0;
}

/** An inline call's frame (the function reference is stolen from the stack). */
function makeFrameInline(caller: Frame, func: PyFunctionObject, stack: (PyObject | null)[], argsStart: number, argcount: number, kwnames: string[] | null): Frame {
  void caller;
  return makeFrame(func, stack as PyObject[], argsStart, argcount, kwnames, true);
}

/** Binds a special method to self (for `with`): a new reference. */
function bindSpecial(descr: PyObject, self: PyObject): PyObject {
  const get = descr.ob_type.tp_descr_get;
  if (get === null) return newref(descr);
  return get(descr, self, self.ob_type);
}

function callBound(descr: PyObject, self: PyObject): PyObject {
  const bound = bindSpecial(descr, self);
  try {
    return PyObject_Call(bound, [], null);
  } finally {
    decref(bound);
  }
}

/** CPython 3.11: Python/ceval.c do_raise */
function doRaise(exc: PyObject | null, cause: PyObject | null): never {
  if (exc === null) {
    const excInfo = tstate.excInfo;
    const cur = excInfo.length ? excInfo[excInfo.length - 1] : null;
    xdecref(cause);
    if (cur === null || cur === Py_None) raise(PyExc_RuntimeError, 'No active exception to reraise');
    throw new ReraiseSignal(newref(cur));
  }
  let value: PyObject;
  if (isExceptionClass(exc)) {
    try {
      value = PyObject_Call(exc, [], null);
    } catch (e) {
      decref(exc);
      xdecref(cause);
      throw e;
    }
    if (!isExceptionInstance(value)) {
      const name = value.ob_type.tp_name;
      decref(value);
      decref(exc);
      xdecref(cause);
      raise(PyExc_TypeError, `calling ${(exc as PyTypeObject).tp_name} should have returned an instance of BaseException, not ${name}`);
    }
    decref(exc);
  } else if (isExceptionInstance(exc)) {
    value = exc;
  } else {
    decref(exc);
    xdecref(cause);
    raise(PyExc_TypeError, 'exceptions must derive from BaseException');
  }
  if (cause !== null) {
    let fixed: PyObject | null;
    if (isExceptionClass(cause)) {
      fixed = PyObject_Call(cause, [], null);
      decref(cause);
    } else if (isExceptionInstance(cause)) fixed = cause;
    else if (cause === Py_None) {
      decref(cause);
      fixed = null;
    } else {
      decref(cause);
      decref(value);
      raise(PyExc_TypeError, 'exception causes must derive from BaseException');
    }
    setCause(value as PyBaseExceptionObject, fixed);
  }
  raiseObject(value);
}

function checkExceptType(right: PyObject): void {
  const ok = (t: PyObject) => isExceptionClass(t);
  if (right instanceof PyTupleObject) {
    for (const t of right.items) {
      if (!ok(t)) raise(PyExc_TypeError, 'catching classes that do not inherit from BaseException is not allowed');
    }
  } else if (!ok(right)) raise(PyExc_TypeError, 'catching classes that do not inherit from BaseException is not allowed');
}

/** CPython 3.11: Objects/object.c _PyObject_FunctionStr: "module.qualname()" for messages. */
export function funcDesc(func: PyObject): string {
  const qualname = _PyObject_LookupAttr(func, internString('__qualname__'));
  if (qualname === null) {
    const s = PyObject_Str(func);
    const out = s.s;
    decref(s);
    return out;
  }
  try {
    const q = qualname instanceof PyUnicodeObject ? qualname.s : '?';
    const module = _PyObject_LookupAttr(func, internString('__module__'));
    if (module === null) return `${q}()`;
    try {
      if (module instanceof PyUnicodeObject && module.s !== 'builtins') return `${module.s}.${q}()`;
      return `${q}()`;
    } finally {
      decref(module);
    }
  } finally {
    decref(qualname);
  }
}

function callWithKw(func: PyObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  if (kwargs === null || (kwargs as PyDictObject).used === 0) return PyObject_Call(func, args, null);
  const d = kwargs as PyDictObject;
  const kwnames: string[] = [];
  const all = args.slice();
  dictForEach(d, (k, v) => {
    if (!(k instanceof PyUnicodeObject)) raise(PyExc_TypeError, `keywords must be strings`);
    kwnames.push(k.s);
    all.push(v);
  });
  return PyObject_Call(func, all, kwnames);
}

/** DICT_MERGE: like update, but duplicate keys are an error (f(**a, **b)). */
function dictMergeCheck(d: PyDictObject, update: PyObject, func: PyObject): void {
  if (!(update instanceof PyDictObject) && _PyObject_LookupAttr(update, internString('keys')) === null) {
    raise(PyExc_TypeError, `${funcDesc(func)} argument after ** must be a mapping, not ${update.ob_type.tp_name}`);
  }
  const src = update instanceof PyDictObject ? update : null;
  if (src === null) {
    dictUpdateHook(d, update);
    return;
  }
  dictForEach(src, (k, v) => {
    if (PyDict_GetItemWithError(d, k) !== null) {
      if (k instanceof PyUnicodeObject) raise(PyExc_TypeError, `${funcDesc(func)} got multiple values for keyword argument '${k.s}'`);
      raise(PyExc_TypeError, `${funcDesc(func)} keywords must be strings`);
    }
    PyDict_SetItem(d, k, v);
  });
}

let dictMergeHook: (d: PyDictObject, other: PyObject, func: PyObject) => void = (d, other, func) => dictMergeCheck(d, other, func);
export function setDictMergeForCall(f: (d: PyDictObject, other: PyObject, func: PyObject) => void): void {
  dictMergeHook = f;
}

let sequenceTupleHook: (o: PyObject) => PyObject = (o) => tupleFromArraySteal(sequenceToArray(o));
export function setSequenceTuple(f: (o: PyObject) => PyObject): void {
  sequenceTupleHook = f;
}

let dictUpdateHook: (d: PyDictObject, other: PyObject) => void = (d, other) => dictMergeFromDict(d, other as PyDictObject);
export function setDictUpdate(f: (d: PyDictObject, other: PyObject) => void): void {
  dictUpdateHook = f;
}

let listExtendHook: (l: PyListObject, it: PyObject, exact: boolean) => void = () => {};
export function setListExtend(f: (l: PyListObject, it: PyObject, exact: boolean) => void): void {
  listExtendHook = f;
}

let asciiHook: (o: PyObject) => PyObject = (o) => PyObject_Repr(o);
export function setAsciiHook(f: (o: PyObject) => PyObject): void {
  asciiHook = f;
}

let displayHook: (o: PyObject) => void = () => {};
export function setDisplayHook(f: (o: PyObject) => void): void {
  displayHook = f;
}

let nameErrorType: () => PyTypeObject = () => PyExc_NameError;

/** CPython 3.11: Python/ceval.c unpack_iterable: `before` items, a list of the rest, `after` items. */
function unpackIterable(v: PyObject, before: number, after: number): PyObject[] {
  if (v.ob_type.tp_iter === null && v.ob_type.sq_item === null) {
    raise(PyExc_TypeError, `cannot unpack non-iterable ${v.ob_type.tp_name} object`);
  }
  const it = PyObject_GetIter(v);
  const out: PyObject[] = [];
  try {
    for (let k = 0; k < before; k++) {
      const w = PyIter_Next(it);
      if (w === null) {
        if (after === -1) raise(PyExc_ValueError, `not enough values to unpack (expected ${before}, got ${k})`);
        raise(PyExc_ValueError, `not enough values to unpack (expected at least ${before + after}, got ${k})`);
      }
      out.push(w);
    }
    if (after === -1) {
      const w = PyIter_Next(it);
      if (w === null) return out;
      decref(w);
      raise(PyExc_ValueError, `too many values to unpack (expected ${before})`);
    }
    const rest = PyList_New();
    out.push(rest);
    for (;;) {
      const w = PyIter_Next(it);
      if (w === null) break;
      listAppendSteal(rest, w);
    }
    const n = rest.items.length;
    if (n < after) {
      raise(PyExc_ValueError, `not enough values to unpack (expected at least ${before + after}, got ${before + n})`);
    }
    const tail = rest.items.splice(n - after, after);
    out.push(...tail);
    return out;
  } catch (e) {
    for (const o of out) decref(o);
    throw e;
  } finally {
    decref(it);
  }
}

export { getFrameObject, PyExc_BaseException, PyExc_ImportError, PyExc_MemoryError, PyExc_BaseExceptionGroup, newStopIteration, setContext, setTraceback, hashOf, insertdict, PyDescrObject, PyType_IsSubtype, TPFlags };
