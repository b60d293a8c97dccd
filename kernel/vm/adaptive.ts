/**
 * The part of CPython 3.11's adaptive interpreter (PEP 659) that a program can observe: whether
 * `s += t` / `s = s + t` on a str local runs as BINARY_OP_INPLACE_ADD_UNICODE, which lets
 * PyUnicode_Append grow the string in place (same id) instead of building a new one; and whether
 * a COMPARE_OP followed by a conditional jump runs as COMPARE_OP_INT_JUMP, _FLOAT_JUMP or
 * _STR_JUMP, which compare without PyObject_RichCompare and so without its recursion check
 * (in a recursion that compares before it calls, the RecursionError then comes from the call,
 * "maximum recursion depth exceeded", not from the comparison, "... in comparison").
 *
 * CPython 3.11: Include/internal/pycore_code.h (_PyCode_Warmup, QUICKENING_WARMUP_DELAY, the
 * adaptive counters with exponential backoff), Python/specialize.c (_PyCode_Quicken,
 * _Py_Specialize_BinaryOp), Python/ceval.c (BINARY_OP_ADAPTIVE, the BINARY_OP_* specialised
 * instructions, DEOPT_IF and the `miss` label).
 *
 * A code object is quickened once its warmup counter, bumped by every RESUME and JUMP_BACKWARD,
 * reaches zero; from then on each BINARY_OP is adaptive with a counter of 0, so it specialises
 * the first time it runs. Only the add operations can become BINARY_OP_INPLACE_ADD_UNICODE, so
 * only BINARY_OP with NB_ADD or NB_INPLACE_ADD keeps state here; the other specialisations
 * (ADD_INT, ADD_FLOAT, ADD_UNICODE) compute what the generic instruction computes and matter only
 * as states an instruction passes through. Every COMPARE_OP keeps its state too.
 */
import { Op } from '../compile/opcodes.ts';
import type { PyObject } from '../objects/pyobject.ts';
import type { PyCodeObject } from '../objects/codeobject.ts';
import { PyUnicode_Type } from '../objects/unicodeobject.ts';
import { LongLayout, type PyLongObject, PyLong_Type } from '../objects/longobject.ts';
import { PyFloat_Type } from '../objects/floatobject.ts';

export const enum Adaptive {
  /** QUICKENING_WARMUP_DELAY: RESUMEs and JUMP_BACKWARDs before a code object is quickened. */
  WARMUP_DELAY = 8,
  /** co_warmup starts at QUICKENING_INITIAL = -QUICKENING_WARMUP_DELAY. */
  QUICKENING_INITIAL = -8,
  /** ADAPTIVE_BACKOFF_BITS: the low bits of a counter hold its backoff exponent. */
  BACKOFF_BITS = 4,
  /** ADAPTIVE_BACKOFF_START: adaptive_counter_start() = (2**5 - 1) << 4 | 5. */
  BACKOFF_START = 5,
  /** MAX_BACKOFF_VALUE = 16 - ADAPTIVE_BACKOFF_BITS. */
  MAX_BACKOFF = 12,
  /** miss_counter_start(): misses a specialised instruction tolerates before deoptimising. */
  MISS_COUNTER_START = 53,
  /** An oparg of 256 or more needs an EXTENDED_ARG in front of the instruction. */
  EXTENDED_ARG_LIMIT = 256,
}

/** Which instruction a BINARY_OP add currently is. */
export const enum BinaryAdd {
  ADAPTIVE = 0,
  ADD_INT = 1,
  ADD_FLOAT = 2,
  ADD_UNICODE = 3,
  INPLACE_ADD_UNICODE = 4,
}

/** Which instruction a COMPARE_OP currently is. */
export const enum CompareKind {
  ADAPTIVE = 0,
  /** No conditional jump follows: _Py_Specialize_CompareOp turned it into COMPARE_OP for good. */
  GENERIC = 1,
  INT_JUMP = 2,
  FLOAT_JUMP = 3,
  STR_JUMP = 4,
}

/** CPython 3.11: _PyCode_Warmup (called by RESUME and JUMP_BACKWARD while co_warmup < 0). */
export function codeWarmup(code: PyCodeObject): void {
  if (++code.warmup === 0) codeQuicken(code);
}

/**
 * CPython 3.11: Python/specialize.c _PyCode_Quicken: every BINARY_OP becomes BINARY_OP_ADAPTIVE
 * with its counter (the first cache entry) at zero.
 */
function codeQuicken(code: PyCodeObject): void {
  const n = code.code.length >> 1;
  code.binaryAddState = new Uint8Array(n);
  code.binaryAddCounter = new Uint16Array(n);
  code.compareState = new Uint8Array(n);
  code.compareCounter = new Uint16Array(n);
}

/** adaptive_counter_start() */
function counterStart(): number {
  return (((1 << Adaptive.BACKOFF_START) - 1) << Adaptive.BACKOFF_BITS) | Adaptive.BACKOFF_START;
}

/** adaptive_counter_backoff(counter) */
function counterBackoff(counter: number): number {
  let backoff = (counter & ((1 << Adaptive.BACKOFF_BITS) - 1)) + 1;
  if (backoff > Adaptive.MAX_BACKOFF) backoff = Adaptive.MAX_BACKOFF;
  return (((1 << backoff) - 1) << Adaptive.BACKOFF_BITS) | backoff;
}

/**
 * Runs the adaptive machinery of the BINARY_OP add at instruction i of a quickened code object,
 * with the operands on the stack and the frame's locals; true when the instruction executes as
 * BINARY_OP_INPLACE_ADD_UNICODE (the caller then does PyUnicode_Append into the STORE_FAST
 * target that follows, see inplaceTarget).
 */
export function binaryAddIsInplace(code: PyCodeObject, i: number, lhs: PyObject, rhs: PyObject, locals: readonly (PyObject | null)[]): boolean {
  const state = code.binaryAddState!;
  const counter = code.binaryAddCounter!;
  const kind = state[i];
  if (kind === BinaryAdd.ADAPTIVE) {
    // BINARY_OP_ADAPTIVE: specialise when the counter is zero, else count down and run generic.
    if (counter[i] >= 1 << Adaptive.BACKOFF_BITS) {
      counter[i] -= 1 << Adaptive.BACKOFF_BITS;
      return false;
    }
    const to = specializeBinaryAdd(code, i, lhs, rhs, locals);
    if (to === BinaryAdd.ADAPTIVE) {
      // SPECIALIZATION_FAIL: back off; DISPATCH_SAME_OPARG runs the adaptive instruction again,
      // which now counts down once and runs the generic instruction.
      counter[i] = counterBackoff(counter[i]) - (1 << Adaptive.BACKOFF_BITS);
      return false;
    }
    state[i] = to;
    counter[i] = Adaptive.MISS_COUNTER_START;
    return to === BinaryAdd.INPLACE_ADD_UNICODE;
  }
  if (!deoptimizes(code, i, kind, lhs, rhs, locals)) return kind === BinaryAdd.INPLACE_ADD_UNICODE;
  // miss: count down; at zero the instruction becomes adaptive again. The generic one runs.
  if (--counter[i] === 0) {
    state[i] = BinaryAdd.ADAPTIVE;
    counter[i] = counterStart();
  }
  return false;
}

/** CPython 3.11: Python/specialize.c _Py_Specialize_BinaryOp, the NB_ADD / NB_INPLACE_ADD case. */
function specializeBinaryAdd(code: PyCodeObject, i: number, lhs: PyObject, rhs: PyObject, locals: readonly (PyObject | null)[]): BinaryAdd {
  const t = lhs.ob_type;
  if (t !== rhs.ob_type) return BinaryAdd.ADAPTIVE;
  if (t === PyUnicode_Type) return storesBackToLeft(code, i, lhs, locals) ? BinaryAdd.INPLACE_ADD_UNICODE : BinaryAdd.ADD_UNICODE;
  if (t === PyLong_Type) return BinaryAdd.ADD_INT;
  if (t === PyFloat_Type) return BinaryAdd.ADD_FLOAT;
  return BinaryAdd.ADAPTIVE;
}

/**
 * The instruction after BINARY_OP (and its cache entry, which the kernel's instruction array
 * leaves out) is STORE_FAST into the local that holds lhs. A local numbered 256 or more needs an
 * EXTENDED_ARG first, and that is what CPython then finds after the cache: no match.
 */
function storesBackToLeft(code: PyCodeObject, i: number, lhs: PyObject, locals: readonly (PyObject | null)[]): boolean {
  const next = 2 * (i + 1);
  const local = code.code[next + 1];
  return code.code[next] === Op.STORE_FAST && local < Adaptive.EXTENDED_ARG_LIMIT && locals[local] === lhs;
}

/** The DEOPT_IF conditions of the specialised add instructions. */
function deoptimizes(code: PyCodeObject, i: number, kind: number, lhs: PyObject, rhs: PyObject, locals: readonly (PyObject | null)[]): boolean {
  const t = lhs.ob_type;
  switch (kind) {
    case BinaryAdd.ADD_INT:
      return t !== PyLong_Type || rhs.ob_type !== t;
    case BinaryAdd.ADD_FLOAT:
      return t !== PyFloat_Type || rhs.ob_type !== t;
    case BinaryAdd.ADD_UNICODE:
      return t !== PyUnicode_Type || rhs.ob_type !== t;
    default:
      return t !== PyUnicode_Type || rhs.ob_type !== t || locals[inplaceTarget(code, i)] !== lhs;
  }
}

/** The local that the STORE_FAST after the BINARY_OP at instruction i stores into. */
export function inplaceTarget(code: PyCodeObject, i: number): number {
  return code.code[2 * (i + 1) + 1];
}

/**
 * Runs the adaptive machinery of the COMPARE_OP at instruction i of a quickened code object on
 * its operands; true when the instruction executes as one of the COMPARE_OP_*_JUMP instructions
 * (no PyObject_RichCompare, no recursion check). CPython 3.11: Python/ceval.c
 * COMPARE_OP_ADAPTIVE, COMPARE_OP_INT_JUMP / FLOAT_JUMP / STR_JUMP and their DEOPT_IFs, `miss`.
 */
export function compareIsSpecialized(code: PyCodeObject, i: number, left: PyObject, right: PyObject, oparg: number): boolean {
  const state = code.compareState!;
  const counter = code.compareCounter!;
  const kind = state[i];
  if (kind === CompareKind.GENERIC) return false;
  if (kind === CompareKind.ADAPTIVE) {
    if (counter[i] >= 1 << Adaptive.BACKOFF_BITS) {
      counter[i] -= 1 << Adaptive.BACKOFF_BITS;
      return false;
    }
    const to = specializeCompareOp(code, i, left, right, oparg);
    if (to === CompareKind.ADAPTIVE) {
      // failure: back off; DISPATCH_SAME_OPARG counts down once and runs COMPARE_OP.
      counter[i] = counterBackoff(counter[i]) - (1 << Adaptive.BACKOFF_BITS);
      return false;
    }
    state[i] = to;
    if (to === CompareKind.GENERIC) return false;
    counter[i] = Adaptive.MISS_COUNTER_START;
    return true;
  }
  if (compareMatches(kind, left, right)) return true;
  if (--counter[i] === 0) {
    state[i] = CompareKind.ADAPTIVE;
    counter[i] = counterStart();
  }
  return false;
}

/**
 * CPython 3.11: Python/specialize.c _Py_Specialize_CompareOp. NON-CPYTHON detail: CPython looks
 * at the instruction after the inline cache, where an EXTENDED_ARG (a jump of 256 code units or
 * more) also prevents combining; the kernel's instructions carry no EXTENDED_ARG, and such jumps
 * are treated as combinable.
 */
function specializeCompareOp(code: PyCodeObject, i: number, left: PyObject, right: PyObject, oparg: number): CompareKind {
  const next = code.code[2 * (i + 1)];
  if (next !== Op.POP_JUMP_FORWARD_IF_FALSE && next !== Op.POP_JUMP_BACKWARD_IF_FALSE &&
      next !== Op.POP_JUMP_FORWARD_IF_TRUE && next !== Op.POP_JUMP_BACKWARD_IF_TRUE) {
    return CompareKind.GENERIC;
  }
  const t = left.ob_type;
  if (t !== right.ob_type) return CompareKind.ADAPTIVE;
  if (t === PyFloat_Type) return CompareKind.FLOAT_JUMP;
  if (t === PyLong_Type) return isMedium(left) && isMedium(right) ? CompareKind.INT_JUMP : CompareKind.ADAPTIVE;
  if (t === PyUnicode_Type) return oparg === CompareOparg.EQ || oparg === CompareOparg.NE ? CompareKind.STR_JUMP : CompareKind.ADAPTIVE;
  return CompareKind.ADAPTIVE;
}

/** COMPARE_OP's oparg for == and != (Py_EQ, Py_NE). */
const enum CompareOparg {
  EQ = 2,
  NE = 3,
}

/** The DEOPT_IF conditions of COMPARE_OP_INT_JUMP, FLOAT_JUMP and STR_JUMP (false: miss). */
function compareMatches(kind: number, left: PyObject, right: PyObject): boolean {
  switch (kind) {
    case CompareKind.INT_JUMP:
      return left.ob_type === PyLong_Type && right.ob_type === PyLong_Type && isMedium(left) && isMedium(right);
    case CompareKind.FLOAT_JUMP:
      return left.ob_type === PyFloat_Type && right.ob_type === PyFloat_Type;
    default:
      return left.ob_type === PyUnicode_Type && right.ob_type === PyUnicode_Type;
  }
}

/** Py_SIZE(o) in -1..1: an int of at most one 30-bit digit. */
function isMedium(o: PyObject): boolean {
  const v = (o as PyLongObject).v;
  return typeof v === 'number' && v >= -LongLayout.MASK && v <= LongLayout.MASK;
}
