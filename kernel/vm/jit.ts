/**
 * NON-CPYTHON: a second tier for the eval loop. CPython 3.11 interprets every instruction; the
 * kernel, itself interpreted by a JavaScript engine, pays for each dispatch, each decoding of an
 * oparg and each megamorphic access in its one big loop. So once a function's code is warm (it
 * has been quickened, kernel/vm/adaptive.ts), its instructions are translated to the body of a
 * JavaScript function that V8 then compiles on its own: the opargs become constants, the value
 * stack becomes local variables, the jumps become a switch over the jump targets, and every
 * instruction is a site of its own, with its own type feedback.
 *
 * The translation changes nothing a program can see. Each instruction does what the eval loop's
 * case for it does, in the same order, through the same functions (the adaptive machinery
 * included: the same BINARY_OP and COMPARE_OP states move the same way). A translated function
 * keeps its locals in the frame (f_locals, sys._getframe and tracebacks read them there), sets
 * f.lasti before every instruction that can raise or call, and on an exception adds its
 * traceback entry and either jumps to the handler that the exception table names, its stack
 * popped to the handler's depth, or releases what its stack holds and clears its frame, as the
 * eval loop's exception_unwind and exit_unwind do.
 *
 * What is translated: the code of a function, method, lambda, comprehension or generator (not a
 * coroutine) whose instructions are all among those below (stackEffect). Anything else stays
 * with the eval loop. Handlers are translated with the code they cover. The eval loop hands a
 * running frame to the translation at the head of a warm loop. A generator's translation stops
 * at RETURN_GENERATOR and YIELD_VALUE with its stack stored in the frame, and is entered again
 * at the instruction after them when the generator is resumed (ceval.ts resumeGenFrame); a loop
 * over a generator whose code is not translated hands the frame back to the eval loop (see
 * noteExit). Translated functions run only while no line or
 * instruction hook is set (the diagram recorder's runs keep the eval loop), and call each other
 * directly, on the JavaScript stack, up to MAX_DEPTH nested frames; past that depth a call goes
 * back to the eval loop, which runs nested Python calls without growing that stack.
 */
import { Op } from '../compile/opcodes.ts';
import { CodeFlags, type PyCodeObject } from '../objects/codeobject.ts';
import type { ExceptionTableEntry } from '../compile/code.ts';
import type { PyObject } from '../objects/pyobject.ts';
import type { Frame } from './frame.ts';
import { NB } from './specialize.ts';

/**
 * A translated function. It runs its frame from instruction `pc`: 0 for a call, or the head of a
 * loop where the eval loop hands over a frame it is running (on-stack replacement), the values of
 * the frame's stack then in f.stack. It returns the frame's result (a new reference) once the
 * frame is done, or null when it hands the frame back to the eval loop (see noteExit).
 */
export interface JitFunction {
  (f: Frame, pc: number): PyObject | null;
  /** For each instruction, 1 + the stack depth where a running frame may enter there, else 0. */
  entries: Int16Array;
}

export const enum Jit {
  /**
   * Nested translated frames before calls go back to the eval loop. A translated frame takes a
   * few hundred bytes of the JavaScript stack; CPython's recursion limit (1000 by default, more
   * with sys.setrecursionlimit) would otherwise decide how deep that stack must be.
   */
  MAX_DEPTH = 400,
  /** The instructions between two checks of the step budget and the interrupt (the eval loop's TICK). */
  TICK = 1024,
  /**
   * Frames a code's translated function may hand back to the eval loop before the code stays
   * with the eval loop: a loop that hands back on every turn would otherwise enter and leave on
   * every turn.
   */
  MAX_EXITS = 64,
}

/**
 * Handing back. A translated function that meets what it does not do (a loop over a generator
 * whose code is not translated) stores its stack's values in f.stack, sets f.sp and f.ip, and
 * returns null; whoever called it runs the frame on in the eval loop from there (ceval.ts
 * exitAt). Each hand-back is counted against the code.
 */
export function noteExit(code: PyCodeObject): void {
  if (++code.jitExits > Jit.MAX_EXITS) code.jit = null;
}

/** The eval loop's parts that translated code calls (kernel/vm/ceval.ts fills it in). */
export interface JitRuntime {
  [name: string]: unknown;
}

let runtime: JitRuntime | null = null;

export function setJitRuntime(rt: JitRuntime): void {
  runtime = rt;
}

/** NON-CPYTHON: turns the second tier off (a test compares both tiers' runs). */
let enabled = true;
export function setJitEnabled(on: boolean): void {
  enabled = on;
}

/**
 * The translated function of a warm code object, translating it the first time; null when the
 * code is not (yet) for this tier.
 */
export function jitOf(code: PyCodeObject): JitFunction | null {
  const j = code.jit;
  if (j !== undefined) return j;
  if (!enabled || code.warmup < 0 || runtime === null) return null;
  const t = translate(code);
  code.jit = t === null ? null : compile(t.src, t.entries, runtime);
  if (code.jit !== null && translatedNames !== null) translatedNames.push(code.unit.qualname);
  return code.jit;
}

/**
 * The translated function made from its source; null, and the tier turned off, where the host
 * forbids making code from strings (a Content-Security-Policy without 'unsafe-eval').
 */
function compile(src: string, entries: Int16Array, rt: JitRuntime): JitFunction | null {
  try {
    const fn = new Function('rt', src)(rt) as JitFunction;
    fn.entries = entries;
    return fn;
  } catch (e) {
    if (!(e instanceof EvalError)) throw e;
    enabled = false;
    return null;
  }
}

/** NON-CPYTHON: the qualified names of the code translated since watchTranslations (for tests). */
let translatedNames: string[] | null = null;

export function watchTranslations(): string[] {
  translatedNames = [];
  return translatedNames;
}

/** The flags that keep a code object with the eval loop. */
const EXCLUDED_FLAGS = CodeFlags.CO_COROUTINE | CodeFlags.CO_ASYNC_GENERATOR | CodeFlags.CO_ITERABLE_COROUTINE;

/** Is `op` a conditional jump on a bool's truth? */
function isPopJumpIfBool(op: number): boolean {
  return op === Op.POP_JUMP_FORWARD_IF_FALSE || op === Op.POP_JUMP_FORWARD_IF_TRUE ||
    op === Op.POP_JUMP_BACKWARD_IF_FALSE || op === Op.POP_JUMP_BACKWARD_IF_TRUE;
}

function jumpsIfTrue(op: number): boolean {
  return op === Op.POP_JUMP_FORWARD_IF_TRUE || op === Op.POP_JUMP_BACKWARD_IF_TRUE;
}

/** How a rarer instruction is translated: by the function that the eval loop runs for it (ceval.ts). */
interface SharedOp {
  /** The function's name in the runtime: (f, oparg) on f.stack below f.sp. */
  fn: string;
  /** How many values from the top of the stack it reads or takes. */
  reads: (oparg: number) => number;
  /** Its stack effect. */
  effect: (oparg: number) => number;
  /** A constant argument after oparg, if any. */
  arg?: string;
}

function bits(oparg: number): number {
  return (oparg & 1) + ((oparg >> 1) & 1) + ((oparg >> 2) & 1) + ((oparg >> 3) & 1);
}

const SHARED: ReadonlyMap<number, SharedOp> = new Map<number, SharedOp>([
  [Op.CALL_FUNCTION_EX, { fn: 'callFunctionEx', reads: (a) => 3 + (a & 1), effect: (a) => -2 - (a & 1) }],
  [Op.MAKE_FUNCTION, { fn: 'makeFunction', reads: (a) => 1 + bits(a), effect: (a) => -bits(a) }],
  [Op.BUILD_SET, { fn: 'buildSet', reads: (a) => a, effect: (a) => 1 - a }],
  [Op.BUILD_MAP, { fn: 'buildMap', reads: (a) => 2 * a, effect: (a) => 1 - 2 * a }],
  [Op.BUILD_CONST_KEY_MAP, { fn: 'buildConstKeyMap', reads: (a) => a + 1, effect: (a) => -a }],
  [Op.BUILD_STRING, { fn: 'buildString', reads: (a) => a, effect: (a) => 1 - a }],
  [Op.SET_ADD, { fn: 'setAdd', reads: (a) => a + 1, effect: () => -1 }],
  [Op.MAP_ADD, { fn: 'mapAdd', reads: (a) => a + 2, effect: () => -2 }],
  [Op.LIST_EXTEND, { fn: 'listExtend', reads: (a) => a + 1, effect: () => -1 }],
  [Op.SET_UPDATE, { fn: 'setUpdate', reads: (a) => a + 1, effect: () => -1 }],
  [Op.DICT_UPDATE, { fn: 'dictUpdate', reads: (a) => a + 1, effect: () => -1, arg: 'false' }],
  [Op.DICT_MERGE, { fn: 'dictUpdate', reads: (a) => a + 3, effect: () => -1, arg: 'true' }],
  [Op.LIST_TO_TUPLE, { fn: 'listToTuple', reads: () => 1, effect: () => 0 }],
  [Op.UNPACK_EX, { fn: 'unpackEx', reads: () => 1, effect: (a) => (a & 0xff) + (a >> 8) }],
  [Op.FORMAT_VALUE, { fn: 'formatValue', reads: (a) => (a & 4 ? 2 : 1), effect: (a) => (a & 4 ? -1 : 0) }],
  [Op.BEFORE_WITH, { fn: 'beforeWith', reads: () => 1, effect: () => 1 }],
]);

/** The stack effect of each instruction this tier translates (null: not translated). */
function stackEffect(op: number, oparg: number): number | null {
  const shared = SHARED.get(op);
  if (shared !== undefined) return shared.effect(oparg);
  switch (op) {
    case Op.NOP:
    case Op.EXTENDED_ARG:
    case Op.RESUME:
    case Op.PRECALL:
    case Op.JUMP_FORWARD:
    case Op.JUMP_BACKWARD:
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Op.YIELD_VALUE:
    case Op.SEND:
    case Op.GET_YIELD_FROM_ITER:
    case Op.CHECK_EXC_MATCH:
      // YIELD_VALUE: the value sent when the frame is resumed replaces the one yielded.
      return 0;
    case Op.RETURN_GENERATOR:
      // The frame is first resumed with a value on its stack (None).
      return 1;
    case Op.LOAD_FAST:
    case Op.LOAD_CONST:
    case Op.PUSH_NULL:
      return 1;
    case Op.LOAD_GLOBAL:
      return oparg & 1 ? 2 : 1;
    case Op.STORE_FAST:
    case Op.POP_TOP:
    case Op.BINARY_OP:
    case Op.COMPARE_OP:
    case Op.POP_JUMP_FORWARD_IF_FALSE:
    case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.POP_JUMP_BACKWARD_IF_FALSE:
    case Op.POP_JUMP_BACKWARD_IF_TRUE:
    case Op.RETURN_VALUE:
      return -1;
    case Op.CALL:
      return -(oparg + 1);
    case Op.GET_ITER:
      return 0;
    case Op.IS_OP:
    case Op.POP_JUMP_FORWARD_IF_NONE:
    case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
    case Op.POP_JUMP_BACKWARD_IF_NONE:
    case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
      return -1;
    case Op.FOR_ITER:
      // +1 going on with the next item; the jump out of the loop pops the iterator.
      return 1;
    case Op.LOAD_ATTR:
    case Op.SWAP:
    case Op.UNARY_NOT:
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_POSITIVE:
    case Op.UNARY_INVERT:
    case Op.KW_NAMES:
    case Op.MAKE_CELL:
    case Op.COPY_FREE_VARS:
    case Op.DELETE_FAST:
      return 0;
    case Op.LOAD_METHOD:
    case Op.LOAD_ASSERTION_ERROR:
    case Op.PUSH_EXC_INFO:
    case Op.WITH_EXCEPT_START:
    case Op.COPY:
    case Op.LOAD_CLOSURE:
    case Op.LOAD_DEREF:
      return 1;
    case Op.BINARY_SUBSCR:
    case Op.LIST_APPEND:
    case Op.CONTAINS_OP:
    case Op.STORE_DEREF:
    case Op.STORE_GLOBAL:
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
    case Op.POP_EXCEPT:
    case Op.RERAISE:
      return -1;
    case Op.STORE_ATTR:
    case Op.DELETE_SUBSCR:
      return -2;
    case Op.STORE_SUBSCR:
      return -3;
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_SLICE:
      return 1 - oparg;
    case Op.UNPACK_SEQUENCE:
      return oparg - 1;
    case Op.RAISE_VARARGS:
      return -oparg;
    default:
      return null;
  }
}

/** The stack depth at a jump's target, for a jump at depth `dep` whose fall-through depth is `after`. */
function jumpDepth(op: number, dep: number, after: number): number {
  if (op === Op.FOR_ITER || op === Op.SEND) return dep - 1;
  return op === Op.JUMP_IF_FALSE_OR_POP || op === Op.JUMP_IF_TRUE_OR_POP ? dep : after;
}

function isPopJumpIfNone(op: number): boolean {
  return op === Op.POP_JUMP_FORWARD_IF_NONE || op === Op.POP_JUMP_FORWARD_IF_NOT_NONE ||
    op === Op.POP_JUMP_BACKWARD_IF_NONE || op === Op.POP_JUMP_BACKWARD_IF_NOT_NONE;
}

function isJump(op: number): boolean {
  return op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT || op === Op.FOR_ITER ||
    op === Op.SEND || op === Op.JUMP_IF_FALSE_OR_POP ||
    op === Op.JUMP_IF_TRUE_OR_POP || isPopJumpIfBool(op) || isPopJumpIfNone(op);
}

/** Ends its block: control does not fall through to the next instruction. */
function endsBlock(op: number): boolean {
  return op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT ||
    op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}

/** Does the frame stop at `op`, to be resumed at the next instruction (a generator's)? */
function suspends(op: number): boolean {
  return op === Op.RETURN_GENERATOR || op === Op.YIELD_VALUE;
}

/**
 * The stack depth before each instruction (-1: unreachable), or null when the code has an
 * instruction this tier does not translate or its depths do not agree. A handler is reached when
 * an instruction its exception-table entry covers is, with the exception (and lasti) pushed.
 */
function stackDepths(code: Int32Array, n: number, table: readonly ExceptionTableEntry[]): Int32Array | null {
  const depth = new Int32Array(n).fill(-1);
  const work: number[] = [0];
  depth[0] = 0;
  for (;;) {
    if (!walk(code, n, depth, work)) return null;
    for (const e of table) {
      if (!reached(depth, e.start, e.end)) continue;
      const at = handlerDepth(e);
      if (depth[e.target] === -1) {
        depth[e.target] = at;
        work.push(e.target);
      } else if (depth[e.target] !== at) return null;
    }
    if (work.length === 0) return depth;
  }
}

/** The stack depth at a handler's first instruction. */
function handlerDepth(e: ExceptionTableEntry): number {
  return e.depth + (e.lasti ? 1 : 0) + 1;
}

function reached(depth: Int32Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (depth[i] >= 0) return true;
  return false;
}

/** Follows the flow from the instructions in `work`, setting their depths; false where they disagree. */
function walk(code: Int32Array, n: number, depth: Int32Array, work: number[]): boolean {
  while (work.length > 0) {
    let i = work.pop()!;
    for (;;) {
      const op = code[2 * i];
      const oparg = code[2 * i + 1];
      const effect = stackEffect(op, oparg);
      if (effect === null) return false;
      if (op === Op.KW_NAMES && !(code[2 * i + 2] === Op.PRECALL && code[2 * i + 4] === Op.CALL)) return false;
      const after = depth[i] + effect;
      if (isJump(op)) {
        const at = jumpDepth(op, depth[i], after);
        if (depth[oparg] === -1) {
          depth[oparg] = at;
          work.push(oparg);
        } else if (depth[oparg] !== at) return false;
      }
      if (endsBlock(op) || i + 1 >= n) break;
      if (depth[i + 1] !== -1) {
        if (depth[i + 1] !== after) return false;
        break;
      }
      depth[i + 1] = after;
      i++;
    }
  }
  return true;
}

/**
 * The handlers the translation jumps to, by target (null when two entries with one target
 * disagree on what the handler is given).
 */
function handlersByTarget(table: readonly ExceptionTableEntry[], depth: Int32Array): Map<number, ExceptionTableEntry> | null {
  const handlers = new Map<number, ExceptionTableEntry>();
  for (const e of table) {
    if (depth[e.target] < 0) continue;
    const other = handlers.get(e.target);
    if (other === undefined) handlers.set(e.target, e);
    else if (other.depth !== e.depth || other.lasti !== e.lasti) return null;
  }
  return handlers;
}

/**
 * The catch clause's jump to a handler of the frame (exception_unwind): the stack's values above
 * the handler's depth popped, top first, then lasti (if asked) and the exception (o) pushed.
 */
function jumpToHandler(e: ExceptionTableEntry, slots: number): string {
  const pops: string[] = [];
  for (let k = slots - 1; k >= e.depth; k--) pops.push(`case ${k + 1}: if (s${k} !== null) decref(s${k});`);
  const push = e.lasti ? `s${e.depth} = PyLong_FromNumber(f.lasti); s${e.depth + 1} = o;` : `s${e.depth} = o;`;
  return `case ${e.target}: switch (d) { ${pops.join(' ')} } ${push} break;`;
}

/**
 * The body of the translated function's factory and the instructions where a running frame may
 * enter, or null when the code is not translated.
 */
function translate(code: PyCodeObject): { src: string; entries: Int16Array } | null {
  const unit = code.unit;
  if ((unit.flags & CodeFlags.CO_OPTIMIZED) === 0 || (unit.flags & EXCLUDED_FLAGS) !== 0) return null;
  const instr = code.code;
  const n = instr.length >> 1;
  const depth = stackDepths(instr, n, unit.exceptiontable);
  if (depth === null) return null;
  const handlers = handlersByTarget(unit.exceptiontable, depth);
  if (handlers === null) return null;
  const targets = new Set<number>([0]);
  for (let i = 0; i < n; i++) {
    if (depth[i] < 0) continue;
    if (isJump(instr[2 * i])) targets.add(instr[2 * i + 1]);
    else if (suspends(instr[2 * i])) targets.add(i + 1);
  }
  for (const k of handlers.keys()) targets.add(k);
  const generator = (unit.flags & CodeFlags.CO_GENERATOR) !== 0;
  const body: string[] = [];
  for (let i = 0; i < n; i++) {
    if (depth[i] < 0) continue;
    if (targets.has(i)) body.push(`case ${i}:`);
    const r = withBorrowedOperands(instr, i, depth[i], targets) ?? instruction(instr, i, depth[i], targets, generator);
    if (r === null) return null;
    body.push(r.text);
    i += r.extra;
  }
  const slots = Math.max(1, unit.stacksize);
  const entries = new Int16Array(n);
  for (const k of targets) entries[k] = depth[k] + 1;
  const decls = Array.from({ length: slots }, (_, k) => `s${k} = null`).join(', ');
  const descending = Array.from({ length: slots }, (_, k) => slots - 1 - k);
  const release = descending.map((k) => `case ${k + 1}: if (s${k} !== null) decref(s${k});`).join(' ');
  const load = descending.map((k) => `case ${k + 1}: s${k} = st[${k}]; st[${k}] = null;`).join(' ');
  // An exception that a handler of this frame catches: the stack is popped to the handler's
  // depth, the exception pushed, and the handler runs. The table is searched at the instruction
  // that raised: f.lasti, or the RERAISE (ri) that restored f.lasti from its handler's lasti.
  const cases = [...handlers.values()].map((e) => jumpToHandler(e, slots)).join('\n');
  const handled = handlers.size === 0 ? '' :
    `h = handler(f, e, ri >= 0 ? ri : f.lasti); ri = -1; if (h !== null) { o = regs.exc; regs.exc = null; switch (h.target) { ${cases} } pc = h.target; continue; }`;
  const src = `'use strict';
const { decref, tstate, unboundLocal, loadGlobalCached, loadGlobalSlow, binaryOpValue, fusedAddAdaptive,
  binaryAddIsInplace, inplaceAppend, binaryOpGeneric, compareIsSpecialized, compareOpValue, richCompareOp,
  boolFromCompare, popTruth, call, ret, unwindBegin, unwindEnd, breaker, callee, frame, enter, iterNext, getIter,
  PyBool_FromBool, Py_None, PyGen_Type, handler, exitAt, loadAttr, storeAttr, loadMethod, regs,
  binarySubscr, storeSubscr, unpackSequence, kwNames, PyObject_DelItem, tupleFromArraySteal, emptyTupleRef, listFromArraySteal,
  listAppendSteal, PySequence_Contains, PyObject_IsTrue, PyNumber_Positive, PyNumber_Negative, PyNumber_Invert, PyCell_New,
  unboundDeref, doRaise, PySlice_New, PyDict_SetItem, PyExc_AssertionError, returnGenerator, yieldValue, genReturn,
  sendValue, sendRegs, genTranslated, reraise, pushExcInfo, popExcept, checkExcMatch, withExceptStart, PyLong_FromNumber, ${[...new Set([...SHARED.values()].map((x) => x.fn))].join(', ')} } = rt;
return function ${jsName(code.unit.name)}(f, pc) {
  const lp = f.localsplus, code = f.code, consts = code.consts.items, names = code.names.items, st = f.stack;
  let ${decls}, d = 0, t = false, r = null, o = null, c = 0, jf = null, fr = null, lp2 = null, A = null, B = null, h = null, ri = -1;
  if (pc !== 0) {
    switch (f.sp) { ${load} }
    f.sp = 0;
  }
  for (;;) {
    try {
      for (;;) switch (pc) {
${body.join('\n')}
      default: throw new Error('jit: no instruction ' + pc);
      }
    } catch (e) {
      ${handled}
      const err = unwindBegin(f, e);
      switch (d) { ${release} }
      unwindEnd(f);
      throw err;
    }
  }
};`;
  return { src, entries };
}

/** Stores the stack's first `dep` values in the frame's stack (for the eval loop). */
function spill(dep: number): string {
  return Array.from({ length: dep }, (_, k) => `st[${k}] = s${k};`).join(' ');
}

/** A JavaScript identifier for the function's name (stack traces show it). */
function jsName(name: string): string {
  return 'py_' + name.replace(/[^A-Za-z0-9_$]/g, '_');
}

interface Emitted {
  text: string;
  /** Instructions after this one that the text also did (a fused STORE_FAST or jump). */
  extra: number;
}

/**
 * An instruction the eval loop's own function does on the frame's stack: the values it reads go
 * there (owned by the frame's stack while it runs), and its results come back.
 */
function sharedOp(i: number, dep: number, oparg: number, op: SharedOp): Emitted {
  const base = dep - op.reads(oparg);
  const after = dep + op.effect(oparg);
  const put = Array.from({ length: dep - base }, (_, k) => `st[${base + k}] = s${base + k};`).join(' ');
  const take = Array.from({ length: after - base }, (_, k) => `s${base + k} = st[${base + k}]; st[${base + k}] = null;`).join(' ');
  const call = `${op.fn}(f, ${oparg}${op.arg !== undefined ? `, ${op.arg}` : ''});`;
  return { text: `f.lasti = ${i}; d = ${base}; ${put} f.sp = ${dep}; ${call} ${take} f.sp = 0;`, extra: 0 };
}

/** The JavaScript for instruction i, with `dep` values on the stack before it. */
function instruction(code: Int32Array, i: number, dep: number, targets: Set<number>, generator = false): Emitted | null {
  const op = code[2 * i];
  const oparg = code[2 * i + 1];
  const s = (k: number): string => `s${k}`;
  const top = s(dep - 1);
  const one = (text: string): Emitted => ({ text, extra: 0 });
  const shared = SHARED.get(op);
  if (shared !== undefined) return sharedOp(i, dep, oparg, shared);
  switch (op) {
    case Op.NOP:
    case Op.EXTENDED_ARG:
    case Op.PRECALL:
      return one('');
    case Op.RESUME:
      return one(tick(i, op, 1, dep));
    case Op.LOAD_FAST:
      return one(`f.lasti = ${i}; d = ${dep}; ${s(dep)} = lp[${oparg}]; if (${s(dep)} === null) unboundLocal(f, ${oparg}); ${s(dep)}.ob_refcnt++;`);
    case Op.LOAD_CONST:
      return one(`${s(dep)} = consts[${oparg}]; ${s(dep)}.ob_refcnt++;`);
    case Op.PUSH_NULL:
      return one(`${s(dep)} = null;`);
    case Op.STORE_FAST:
      return one(`f.lasti = ${i}; r = lp[${oparg}]; lp[${oparg}] = ${top}; if (r !== null) decref(r);`);
    case Op.POP_TOP:
      return one(`f.lasti = ${i}; if (${top} !== null) decref(${top});`);
    case Op.LOAD_GLOBAL: {
      const v = oparg & 1 ? s(dep + 1) : s(dep);
      const load = `r = loadGlobalCached(code, ${i}, f.globals, f.builtins, names[${oparg >> 1}]); if (r === null) r = loadGlobalSlow(f, ${i}, names[${oparg >> 1}]); r.ob_refcnt++;`;
      return one(`f.lasti = ${i}; d = ${dep}; ${load}${oparg & 1 ? ` ${s(dep)} = null;` : ''} ${v} = r;`);
    }
    case Op.BINARY_OP:
      return binaryOp(code, i, dep, oparg, targets);
    case Op.COMPARE_OP:
      return compareOp(code, i, dep, oparg, targets);
    case Op.POP_JUMP_FORWARD_IF_FALSE:
    case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.POP_JUMP_BACKWARD_IF_FALSE:
    case Op.POP_JUMP_BACKWARD_IF_TRUE:
      return one(`f.lasti = ${i}; d = ${dep - 1}; if (popTruth(${top}) === ${jumpsIfTrue(op)}) { ${jumpTo(i, op, oparg, dep - 1)} }`);
    case Op.JUMP_FORWARD:
    case Op.JUMP_BACKWARD:
      return one(jumpTo(i, op, oparg, dep));
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
      return one(`pc = ${oparg}; continue;`);
    case Op.POP_JUMP_FORWARD_IF_NONE:
    case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
    case Op.POP_JUMP_BACKWARD_IF_NONE:
    case Op.POP_JUMP_BACKWARD_IF_NOT_NONE: {
      const ifNone = op === Op.POP_JUMP_FORWARD_IF_NONE || op === Op.POP_JUMP_BACKWARD_IF_NONE;
      return one(`f.lasti = ${i}; d = ${dep - 1}; t = ${top} === Py_None; decref(${top}); if (t === ${ifNone}) { ${jumpTo(i, op, oparg, dep - 1)} }`);
    }
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
      return one(`f.lasti = ${i}; d = ${dep}; if (PyObject_IsTrue(${top}) === ${op === Op.JUMP_IF_TRUE_OR_POP}) { ${jumpTo(i, op, oparg, dep)} } decref(${top});`);
    case Op.STORE_GLOBAL:
      return one(`f.lasti = ${i}; d = ${dep - 1}; try { PyDict_SetItem(f.globals, names[${oparg}], ${top}); } finally { decref(${top}); }`);
    case Op.IS_OP: {
      const left = s(dep - 2);
      return one(`f.lasti = ${i}; d = ${dep - 2}; t = (${left} === ${top}) !== ${oparg === 1}; r = PyBool_FromBool(t); decref(${left}); decref(${top}); ${left} = r;`);
    }
    case Op.GET_ITER:
      return one(`f.lasti = ${i}; d = ${dep}; r = getIter(${top}); decref(${top}); ${top} = r;`);
    case Op.FOR_ITER:
      return forIter(code, i, dep, oparg, targets);
    case Op.RETURN_VALUE:
      return one(`f.lasti = ${i}; return ${generator ? 'genReturn' : 'ret'}(f, ${top});`);
    case Op.RETURN_GENERATOR:
      return one(`f.lasti = ${i}; return returnGenerator(f);`);
    case Op.YIELD_VALUE:
      return one(`f.lasti = ${i}; ${spill(dep - 1)} return yieldValue(f, ${dep - 1}, ${top});`);
    case Op.PUSH_EXC_INFO:
      return one(`${s(dep)} = ${top}; ${top} = pushExcInfo(${s(dep)});`);
    case Op.POP_EXCEPT:
      return one(`popExcept(${top});`);
    case Op.CHECK_EXC_MATCH:
      return one(`f.lasti = ${i}; d = ${dep}; r = checkExcMatch(${s(dep - 2)}, ${top}); decref(${top}); ${top} = r;`);
    case Op.RERAISE:
      return one(`f.lasti = ${i}; d = ${dep - 1}; ri = ${i}; reraise(f, ${top}, ${oparg ? s(dep - 1 - oparg) : 'null'});`);
    case Op.WITH_EXCEPT_START:
      return one(`f.lasti = ${i}; d = ${dep}; ${s(dep)} = withExceptStart(${s(dep - 4)}, ${top});`);
    case Op.GET_YIELD_FROM_ITER:
      return one(`f.lasti = ${i}; d = ${dep}; if (${top}.ob_type !== PyGen_Type) { r = getIter(${top}); decref(${top}); ${top} = r; }`);
    case Op.SEND: {
      const receiver = s(dep - 2);
      return one(`f.lasti = ${i}; d = ${dep}; r = sendValue(${receiver}, ${top}); decref(${top}); ` +
        `if (sendRegs.yielded) ${top} = r; else { decref(${receiver}); ${receiver} = r; pc = ${oparg}; continue; }`);
    }
    case Op.CALL: {
      // A translated Python function with exactly these arguments is called directly (its frame
      // takes the function and the arguments); any other call moves the callable's slots to the
      // frame's stack, where the eval loop's CALL finds them (and f.kwnames, after KW_NAMES).
      const base = dep - oparg - 2;
      const args = Array.from({ length: oparg }, (_, k) => `lp2[${k}] = ${s(base + 2 + k)};`).join(' ');
      const direct = `if (${s(base)} === null && (jf = callee(${s(base + 1)}, ${oparg})) !== null) { d = ${base}; fr = frame(${s(base + 1)}); lp2 = fr.localsplus; ${args} ${s(base)} = enter(f, fr, jf); } else `;
      const spill = Array.from({ length: oparg + 2 }, (_, k) => `st[${base + k}] = ${s(base + k)};`).join(' ');
      const kw = afterKwNames(code, i);
      return one(`f.lasti = ${i}; ${kw ? '' : direct}{ d = ${base}; ${spill} f.sp = ${dep}; ${s(base)} = call(f, ${oparg}); }`);
    }
    case Op.LOAD_ASSERTION_ERROR:
      return one(`${s(dep)} = PyExc_AssertionError; ${s(dep)}.ob_refcnt++;`);
    case Op.KW_NAMES:
      // Its CALL follows (after PRECALL): stackDepths checks.
      return one(`f.kwnames = kwNames(consts[${oparg}]);`);
    case Op.LOAD_ATTR:
      return one(`f.lasti = ${i}; d = ${dep}; r = loadAttr(code, ${i}, ${top}, names[${oparg}]); decref(${top}); ${top} = r;`);
    case Op.STORE_ATTR:
      return one(`f.lasti = ${i}; d = ${dep}; storeAttr(code, ${i}, ${top}, ${s(dep - 2)}, names[${oparg}]);`);
    case Op.LOAD_METHOD:
      return one(`f.lasti = ${i}; d = ${dep}; ${top} = loadMethod(code, ${i}, ${top}, names[${oparg}]); ${s(dep)} = regs.self; regs.self = null;`);
    case Op.BINARY_SUBSCR:
      return one(`f.lasti = ${i}; d = ${dep}; ${s(dep - 2)} = binarySubscr(${s(dep - 2)}, ${top});`);
    case Op.STORE_SUBSCR:
      return one(`f.lasti = ${i}; d = ${dep}; storeSubscr(${s(dep - 2)}, ${top}, ${s(dep - 3)});`);
    case Op.DELETE_SUBSCR:
      return one(`f.lasti = ${i}; d = ${dep}; PyObject_DelItem(${s(dep - 2)}, ${top}); decref(${s(dep - 2)}); decref(${top});`);
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST: {
      const items = Array.from({ length: oparg }, (_, k) => s(dep - oparg + k)).join(', ');
      const make = op === Op.BUILD_LIST ? `listFromArraySteal([${items}])` : oparg === 0 ? 'emptyTupleRef()' : `tupleFromArraySteal([${items}])`;
      return one(`f.lasti = ${i}; d = ${dep - oparg}; ${s(dep - oparg)} = ${make};`);
    }
    case Op.LIST_APPEND:
      return one(`f.lasti = ${i}; d = ${dep - 1}; listAppendSteal(${s(dep - 1 - oparg)}, ${top});`);
    case Op.UNPACK_SEQUENCE: {
      const items = Array.from({ length: oparg }, (_, k) => `${s(dep - 1 + k)} = A[${oparg - 1 - k}];`).join(' ');
      return one(`f.lasti = ${i}; d = ${dep}; A = unpackSequence(${top}, ${oparg}); decref(${top}); ${items}`);
    }
    case Op.COPY:
      return one(`${s(dep)} = ${s(dep - oparg)}; ${s(dep)}.ob_refcnt++;`);
    case Op.SWAP:
      return one(`o = ${top}; ${top} = ${s(dep - oparg)}; ${s(dep - oparg)} = o;`);
    case Op.CONTAINS_OP:
      return one(`f.lasti = ${i}; d = ${dep}; t = PySequence_Contains(${top}, ${s(dep - 2)}) !== ${oparg === 1}; decref(${s(dep - 2)}); decref(${top}); ${s(dep - 2)} = PyBool_FromBool(t);`);
    case Op.UNARY_NOT:
      return one(`f.lasti = ${i}; d = ${dep}; t = PyObject_IsTrue(${top}); decref(${top}); ${top} = PyBool_FromBool(!t);`);
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_POSITIVE:
    case Op.UNARY_INVERT: {
      const fn = op === Op.UNARY_NEGATIVE ? 'PyNumber_Negative' : op === Op.UNARY_POSITIVE ? 'PyNumber_Positive' : 'PyNumber_Invert';
      return one(`f.lasti = ${i}; d = ${dep}; r = ${fn}(${top}); decref(${top}); ${top} = r;`);
    }
    case Op.MAKE_CELL:
      return one(`f.lasti = ${i}; o = lp[${oparg}]; lp[${oparg}] = PyCell_New(o); if (o !== null) decref(o);`);
    case Op.COPY_FREE_VARS: {
      const copies = Array.from({ length: oparg }, (_, k) => `o = A[${k}]; o.ob_refcnt++; lp[c + ${k}] = o;`).join(' ');
      return one(`A = f.func.closure.items; c = code.nlocalsplus - ${oparg}; ${copies}`);
    }
    case Op.LOAD_CLOSURE:
      return one(`f.lasti = ${i}; d = ${dep}; ${s(dep)} = lp[${oparg}]; if (${s(dep)} === null) unboundLocal(f, ${oparg}); ${s(dep)}.ob_refcnt++;`);
    case Op.LOAD_DEREF:
      return one(`f.lasti = ${i}; d = ${dep}; ${s(dep)} = lp[${oparg}].ref; if (${s(dep)} === null) unboundDeref(f, ${oparg}); ${s(dep)}.ob_refcnt++;`);
    case Op.STORE_DEREF:
      return one(`f.lasti = ${i}; d = ${dep - 1}; r = lp[${oparg}]; o = r.ref; r.ref = ${top}; if (o !== null) decref(o);`);
    case Op.DELETE_FAST:
      return one(`f.lasti = ${i}; d = ${dep}; o = lp[${oparg}]; if (o === null) unboundLocal(f, ${oparg}); lp[${oparg}] = null; decref(o);`);
    case Op.RAISE_VARARGS: {
      const exc = oparg >= 1 ? s(dep - oparg) : 'null';
      const cause = oparg === 2 ? top : 'null';
      return one(`f.lasti = ${i}; d = ${dep - oparg}; doRaise(${exc}, ${cause});`);
    }
    case Op.BUILD_SLICE: {
      const step = oparg === 3 ? top : 'null';
      const base = dep - oparg;
      return one(`f.lasti = ${i}; d = ${dep}; r = PySlice_New(${s(base)}, ${s(base + 1)}, ${oparg === 3 ? step : 'Py_None'}); decref(${s(base)}); decref(${s(base + 1)}); ${oparg === 3 ? `decref(${step}); ` : ''}${s(base)} = r;`);
    }
    default:
      return null;
  }
}

/** Is the CALL at instruction i one with keyword arguments (KW_NAMES, PRECALL, CALL)? */
function afterKwNames(code: Int32Array, i: number): boolean {
  return i >= 2 && code[2 * (i - 1)] === Op.PRECALL && code[2 * (i - 2)] === Op.KW_NAMES;
}

/** A jump; a backward one checks the step budget and the interrupt first, as the eval loop's TICK does. */
function jumpTo(i: number, op: number, target: number, dep: number): string {
  const back = target <= i;
  return `${back ? tick(i, op, i - target + 1, dep) : ''} pc = ${target}; continue;`;
}

/**
 * Counts `steps` instructions; every TICK of them the eval breaker runs (and may raise, with
 * `dep` values on the stack).
 */
function tick(i: number, op: number, steps: number, dep: number): string {
  return `if ((tstate.jitTicks -= ${steps}) <= 0) { f.lasti = ${i}; d = ${dep}; breaker(${op}); }`;
}

/**
 * FOR_ITER: the next item (FOR_ITER_RANGE, FOR_ITER_LIST, else tp_iternext), stored at once by a
 * STORE_FAST that follows; at the end the iterator goes and the loop is left. A generator's
 * frame is resumed by the eval loop, which runs it inline (FOR_ITER_GEN): the frame goes back
 * there.
 */
function forIter(code: Int32Array, i: number, dep: number, target: number, targets: Set<number>): Emitted {
  const it = `s${dep - 1}`;
  const storeNext = storeFollows(code, i, targets);
  const use = ` s${dep} = r;${storeNext ? storeFast(i + 1, code[2 * i + 3], `s${dep}`) : ''}`;
  const gen = `if (${it}.ob_type === PyGen_Type && !genTranslated(${it})) { ${spill(dep)} return exitAt(f, ${i}, ${dep}); }`;
  const end = `d = ${dep - 1}; decref(${it}); pc = ${target}; continue;`;
  return { text: `f.lasti = ${i}; d = ${dep}; ${gen} r = iterNext(${it}); if (r === null) { ${end} }${use}`, extra: storeNext ? 1 : 0 };
}

/** STORE_FAST into local `k` of the value in `slot` (a stack slot: r is its scratch), stored at once. */
function storeFast(i: number, k: number, slot: string): string {
  return ` f.lasti = ${i}; r = lp[${k}]; lp[${k}] = ${slot}; if (r !== null) decref(r);`;
}

/** Does a STORE_FAST follow instruction i that can be translated with it (no jump lands on it)? */
function storeFollows(code: Int32Array, i: number, targets: Set<number>): boolean {
  return code[2 * (i + 1)] === Op.STORE_FAST && !targets.has(i + 1);
}

/**
 * BINARY_OP: the exact int and float fast paths (specialize.ts binaryOpValue), the add's
 * adaptive state, BINARY_OP_INPLACE_ADD_UNICODE when a STORE_FAST to the left operand's local
 * follows (translated with it), else the generic operation.
 */
function binaryOp(code: Int32Array, i: number, dep: number, oparg: number, targets: Set<number>): Emitted | null {
  const lhs = `s${dep - 2}`;
  const rhs = `s${dep - 1}`;
  const isAdd = oparg === NB.ADD || oparg === NB.INPLACE_ADD;
  const storeNext = storeFollows(code, i, targets);
  if (isAdd && code[2 * (i + 1)] === Op.STORE_FAST && !storeNext) return null;
  const result = `s${dep - 2}`;
  const store = storeNext ? storeFast(i + 1, code[2 * i + 3], result) : '';
  const generic = `r = binaryOpGeneric(${lhs}, ${rhs}, ${oparg}); decref(${lhs}); decref(${rhs}); ${result} = r;${store}`;
  const fast = `r = binaryOpValue(${lhs}, ${rhs}, ${oparg}); if (r !== null) { ${isAdd ? `fusedAddAdaptive(code, ${i}, ${lhs}, ${rhs}, lp); ` : ''}decref(${lhs}); decref(${rhs}); ${result} = r;${store} }`;
  let slow: string;
  if (!isAdd) slow = generic;
  else if (storeNext) {
    slow = `if (code.binaryAddState !== null && binaryAddIsInplace(code, ${i}, ${lhs}, ${rhs}, lp)) { d = ${dep - 2}; inplaceAppend(f, ${i}, ${lhs}, ${rhs}); } else { ${generic} }`;
  } else {
    slow = `if (code.binaryAddState !== null) binaryAddIsInplace(code, ${i}, ${lhs}, ${rhs}, lp); ${generic}`;
  }
  return { text: `f.lasti = ${i}; d = ${dep}; ${fast} else { ${slow} }`, extra: storeNext ? 1 : 0 };
}

/** A COMPARE_OP's translation in two parts: the comparison, then what uses its answer. */
interface CompareParts {
  /** Sets t (fused with a jump) or puts the bool on the stack. */
  compute: string;
  /** The jump on t, if fused. */
  tail: string;
  fused: boolean;
}

/**
 * COMPARE_OP: COMPARE_OP_INT_JUMP & co. where the eval loop takes them (adaptive state, or
 * PyObject_RichCompare's recursion check would pass), else the rich comparison; a conditional
 * jump that follows is translated with it and never sees a bool.
 */
function compareParts(code: Int32Array, i: number, dep: number, oparg: number, targets: Set<number>): CompareParts {
  const left = `s${dep - 2}`;
  const right = `s${dep - 1}`;
  const next = code[2 * (i + 1)];
  const fused = isPopJumpIfBool(next) && !targets.has(i + 1);
  const head = `f.lasti = ${i}; d = ${dep}; c = -1; ` +
    `if ((code.compareState !== null && compareIsSpecialized(code, ${i}, ${left}, ${right}, ${oparg})) || tstate.recursionDepth < tstate.recursionLimit + tstate.recursionHeadroom) c = compareOpValue(${left}, ${right}, ${oparg}); `;
  const generic = `r = richCompareOp(${left}, ${right}, ${oparg}); decref(${left}); decref(${right});`;
  if (!fused) {
    return { compute: `${head}if (c !== -1) { decref(${left}); decref(${right}); ${left} = boolFromCompare(c); } else { ${generic} ${left} = r; }`, tail: '', fused };
  }
  const compute = `${head}if (c !== -1) { decref(${left}); decref(${right}); t = c === 1; } ` +
    `else { ${generic} f.lasti = ${i + 1}; d = ${dep - 2}; t = popTruth(r); }`;
  return { compute, tail: jumpOnTruth(code, i + 1, dep - 2), fused };
}

function compareOp(code: Int32Array, i: number, dep: number, oparg: number, targets: Set<number>): Emitted {
  const p = compareParts(code, i, dep, oparg, targets);
  return { text: `${p.compute} ${p.tail}`, extra: p.fused ? 1 : 0 };
}

/** The conditional jump at instruction j on t, with `dep` values left on the stack. */
function jumpOnTruth(code: Int32Array, j: number, dep: number): string {
  const op = code[2 * j];
  return `if (t === ${jumpsIfTrue(op)}) { ${jumpTo(j, op, code[2 * j + 1], dep)} }`;
}

/** A LOAD_FAST or LOAD_CONST read without a new reference (null: an unbound local). */
function borrowed(op: number, oparg: number): string {
  return op === Op.LOAD_FAST ? `lp[${oparg}]` : `consts[${oparg}]`;
}

function isLoad(op: number): boolean {
  return op === Op.LOAD_FAST || op === Op.LOAD_CONST;
}

/**
 * The eval loop's superinstructions (specialize.ts Super): one or two loads followed by BINARY_OP
 * or COMPARE_OP, when the int and float fast paths answer, read the loaded locals and constants
 * without taking references to them (no code runs meanwhile that could see the difference).
 * Otherwise the loads and the operation run as they are. Null when instruction i does not start
 * such a sequence.
 */
function withBorrowedOperands(code: Int32Array, i: number, dep: number, targets: Set<number>): Emitted | null {
  if (!isLoad(code[2 * i]) || targets.has(i + 1)) return null;
  const two = isLoad(code[2 * (i + 1)]);
  const k = two ? i + 2 : i + 1;
  const op = code[2 * k];
  if ((op !== Op.BINARY_OP && op !== Op.COMPARE_OP) || (two && targets.has(k))) return null;
  const oparg = code[2 * k + 1];
  const opDep = dep + (two ? 2 : 1);
  const a = two ? borrowed(code[2 * i], code[2 * i + 1]) : `s${dep - 1}`;
  const b = two ? borrowed(code[2 * i + 2], code[2 * i + 3]) : borrowed(code[2 * i], code[2 * i + 1]);
  const loads = [instruction(code, i, dep, targets)!.text];
  if (two) loads.push(instruction(code, i + 1, dep + 1, targets)!.text);
  const defined = `${two ? 'A !== null && ' : ''}B !== null`;
  const releaseLeft = two ? '' : ` decref(A);`;
  const read = `f.lasti = ${k}; A = ${a}; B = ${b}; `;
  if (op === Op.BINARY_OP) {
    const full = binaryOp(code, k, opDep, oparg, targets);
    if (full === null) return null;
    const isAdd = oparg === NB.ADD || oparg === NB.INPLACE_ADD;
    const result = `s${opDep - 2}`;
    const store = full.extra === 1 ? storeFast(k + 1, code[2 * k + 3], result) : '';
    const fast = `if (${defined} && (r = binaryOpValue(A, B, ${oparg})) !== null) { ${isAdd ? `fusedAddAdaptive(code, ${k}, A, B, lp); ` : ''}${releaseLeft} ${result} = r;${store} }`;
    return { text: `${read}${fast} else { ${loads.join(' ')} ${full.text} }`, extra: k - i + full.extra };
  }
  const p = compareParts(code, k, opDep, oparg, targets);
  const answer = p.fused ? 't = c === 1;' : `s${opDep - 2} = boolFromCompare(c);`;
  const fast = `c = -1; if (${defined} && tstate.recursionDepth < tstate.recursionLimit + tstate.recursionHeadroom) c = compareOpValue(A, B, ${oparg}); ` +
    `if (c !== -1) { if (code.compareState !== null) compareIsSpecialized(code, ${k}, A, B, ${oparg});${releaseLeft} ${answer} }`;
  return { text: `${read}${fast} else { ${loads.join(' ')} ${p.compute} } ${p.tail}`, extra: k - i + (p.fused ? 1 : 0) };
}
