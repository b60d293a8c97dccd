/**
 * CPython 3.11: Python/compile.c — PEP 634 structural pattern matching.
 *
 * Every compiler_pattern_* routine consumes the subject on top of the stack and jumps to a
 * fail_pop block on failure; pc.onTop counts the items above the subject that must be popped
 * on failure, and name captures are stashed under them until the whole pattern matched.
 */
import type * as A from './ast.ts';
import type { BasicBlock } from './instr.ts';
import type { ConstValue } from './constants.ts';
import { Cmp, NB, Op } from './opcodes.ts';
import {
  addop, addopI, addopJ, addopLoadConst, compilerError, forbiddenName, nameop, newBlock, NONE, setLoc,
  unsetLoc, useNextBlock, type Compiler,
} from './compiler.ts';
import { jumpIf, visitExpr } from './compile_expr.ts';
import { constSetKey } from './const_ops.ts';
import { visitStmt } from './compile_stmt.ts';
import { reprConst } from './dis.ts';

/** CPython 3.11: Python/compile.c pattern_context. */
interface PatternContext {
  /** Names captured so far (repeated names and alternatives are checked against it). */
  stores: string[];
  /** If false, any name captures against our subject will raise. */
  allowIrrefutable: boolean;
  /** Jumping to failPop[i] pops i items off the stack. */
  failPop: BasicBlock[];
  /** The number of items on top of the stack that need to stay on top of it. */
  onTop: number;
}

function wildcardCheck(p: A.pattern): boolean {
  return p._type === 'MatchAs' && !p.name;
}

function wildcardStarCheck(p: A.pattern): boolean {
  return p._type === 'MatchStar' && !p.name;
}

/** CPython 3.11: Python/compile.c ensure_fail_pop. */
function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  const size = n + 1;
  while (pc.failPop.length < size) pc.failPop.push(newBlock(c));
}

/** CPython 3.11: Python/compile.c jump_to_fail_pop. */
function jumpToFailPop(c: Compiler, pc: PatternContext, op: number): void {
  // Pop any items on the top of the stack, plus any objects we were going to capture on success:
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  addopJ(c, op, pc.failPop[pops]);
}

/** CPython 3.11: Python/compile.c emit_and_reset_fail_pop. */
function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  let size = pc.failPop.length;
  while (--size) {
    useNextBlock(c, pc.failPop[size]);
    addop(c, Op.POP_TOP);
  }
  useNextBlock(c, pc.failPop[0]);
  pc.failPop = [];
}

function errorDuplicateStore(c: Compiler, n: string): never {
  compilerError(c, `multiple assignments to name ${reprStr(n)} in pattern`);
}

function reprStr(s: string): string {
  return reprConst({ t: 'str', v: s });
}

/** CPython 3.11: Python/compile.c pattern_helper_rotate — 3.10's ROT_N with SWAPs. */
function patternHelperRotate(c: Compiler, count: number): void {
  while (1 < count) addopI(c, Op.SWAP, count--);
}

/** CPython 3.11: Python/compile.c pattern_helper_store_name. */
function patternHelperStoreName(c: Compiler, n: string | null, pc: PatternContext): void {
  if (n === null) {
    addop(c, Op.POP_TOP);
    return;
  }
  forbiddenName(c, n, 'Store');
  // Can't assign to the same name twice:
  if (pc.stores.includes(n)) errorDuplicateStore(c, n);
  // Rotate this object underneath any items we need to preserve:
  const rotations = pc.onTop + pc.stores.length + 1;
  patternHelperRotate(c, rotations);
  pc.stores.push(n);
}

/** CPython 3.11: Python/compile.c pattern_unpack_helper. */
function patternUnpackHelper(c: Compiler, elts: A.pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i];
    if (elt._type === 'MatchStar' && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) {
        compilerError(c, 'too many expressions in star-unpacking sequence pattern');
      }
      addopI(c, Op.UNPACK_EX, i + ((n - i - 1) << 8));
      seenStar = true;
    } else if (elt._type === 'MatchStar') {
      compilerError(c, 'multiple starred expressions in sequence pattern');
    }
  }
  if (!seenStar) addopI(c, Op.UNPACK_SEQUENCE, n);
}

/** CPython 3.11: Python/compile.c pattern_helper_sequence_unpack. */
function patternHelperSequenceUnpack(c: Compiler, patterns: A.pattern[], pc: PatternContext): void {
  patternUnpackHelper(c, patterns);
  const size = patterns.length;
  // We've now got a bunch of new subjects on the stack. They need to remain there after each
  // subpattern match:
  pc.onTop += size;
  for (let i = 0; i < size; i++) {
    // One less item to keep track of each time we loop through:
    pc.onTop--;
    patternSubpattern(c, patterns[i], pc);
  }
}

/** CPython 3.11: Python/compile.c pattern_helper_sequence_subscr — BINARY_SUBSCR for `[a, *_, b]`. */
function patternHelperSequenceSubscr(c: Compiler, patterns: A.pattern[], star: number, pc: PatternContext): void {
  // We need to keep the subject around for extracting elements:
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const pattern = patterns[i];
    if (wildcardCheck(pattern)) continue;
    if (i === star) continue;
    addopI(c, Op.COPY, 1);
    if (i < star) {
      addopLoadConst(c, { t: 'int', v: BigInt(i) });
    } else {
      // The subject may not support negative indexing! Compute a nonnegative index:
      addop(c, Op.GET_LEN);
      addopLoadConst(c, { t: 'int', v: BigInt(size - i) });
      addopI(c, Op.BINARY_OP, NB.SUBTRACT);
    }
    addop(c, Op.BINARY_SUBSCR);
    patternSubpattern(c, pattern, pc);
  }
  // Pop the subject, we're done with it:
  pc.onTop--;
  addop(c, Op.POP_TOP);
}

/** CPython 3.11: Python/compile.c compiler_pattern_subpattern — irrefutable patterns allowed. */
function patternSubpattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const allowIrrefutable = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilerPattern(c, p, pc);
  pc.allowIrrefutable = allowIrrefutable;
}

/** CPython 3.11: Python/compile.c compiler_pattern_as. */
function patternAs(c: Compiler, p: A.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    // An irrefutable match:
    if (!pc.allowIrrefutable) {
      if (p.name) compilerError(c, `name capture ${reprStr(p.name)} makes remaining patterns unreachable`);
      compilerError(c, 'wildcard makes remaining patterns unreachable');
    }
    patternHelperStoreName(c, p.name, pc);
    return;
  }
  // Need to make a copy for (possibly) storing later:
  pc.onTop++;
  addopI(c, Op.COPY, 1);
  compilerPattern(c, p.pattern, pc);
  // Success! Store it:
  pc.onTop--;
  patternHelperStoreName(c, p.name, pc);
}

/** CPython 3.11: Python/compile.c validate_kwd_attrs. */
function validateKwdAttrs(c: Compiler, attrs: string[], patterns: A.pattern[]): void {
  const n = attrs.length;
  for (let i = 0; i < n; i++) {
    const attr = attrs[i];
    setLoc(c, patterns[i]);
    forbiddenName(c, attr, 'Store');
    for (let j = i + 1; j < n; j++) {
      if (attr === attrs[j]) {
        setLoc(c, patterns[j]);
        compilerError(c, `attribute name repeated in class pattern: ${attr}`);
      }
    }
  }
}

/** CPython 3.11: Python/compile.c compiler_pattern_class. */
function patternClass(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const patterns = p.patterns;
  const kwdAttrs = p.kwd_attrs;
  const kwdPatterns = p.kwd_patterns;
  const nargs = patterns.length;
  const nattrs = kwdAttrs.length;
  if (nattrs !== kwdPatterns.length) {
    compilerError(c, `kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length mismatch in class pattern`);
  }
  if (nattrs) {
    validateKwdAttrs(c, kwdAttrs, kwdPatterns);
    setLoc(c, p);
  }
  visitExpr(c, p.cls);
  addopLoadConst(c, { t: 'tuple', items: kwdAttrs.map((a) => ({ t: 'str' as const, v: a })) });
  addopI(c, Op.MATCH_CLASS, nargs);
  addopI(c, Op.COPY, 1);
  addopLoadConst(c, NONE());
  addopI(c, Op.IS_OP, 1);
  // TOS is now a tuple of (nargs + nattrs) attributes (or None):
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  addopI(c, Op.UNPACK_SEQUENCE, nargs + nattrs);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const pattern = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
    if (wildcardCheck(pattern)) {
      addop(c, Op.POP_TOP);
      continue;
    }
    patternSubpattern(c, pattern, pc);
  }
  // Success! Pop the tuple of attributes:
}

/** CPython 3.11: Python/compile.c compiler_pattern_mapping. */
function patternMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  const patterns = p.patterns;
  let size = keys.length;
  if (size !== patterns.length) {
    compilerError(c, `keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
  }
  // We have a double-star target if "rest" is set
  const starTarget = p.rest;
  // We need to keep the subject on top during the mapping and length checks:
  pc.onTop++;
  addop(c, Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (!size && !starTarget) {
    // If the pattern is just "{}", we're done! Pop the subject:
    pc.onTop--;
    addop(c, Op.POP_TOP);
    return;
  }
  if (size) {
    // If the pattern has any keys in it, perform a length check:
    addop(c, Op.GET_LEN);
    addopLoadConst(c, { t: 'int', v: BigInt(size) });
    addopI(c, Op.COMPARE_OP, Cmp.GE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  // Collect all of the keys into a tuple for MATCH_KEYS and **rest. They can either be dotted
  // names or literals; duplicate literal keys are a SyntaxError.
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const key = keys[i];
    if (key._type === 'Constant') {
      const k = constSetKey(key.value);
      if (k !== null && seen.has(k)) {
        compilerError(c, `mapping pattern checks duplicate key (${reprConst(key.value)})`);
      }
      if (k !== null) seen.add(k);
    } else if (key._type !== 'Attribute') {
      compilerError(c, 'mapping pattern keys may only match literals and attribute lookups');
    }
    visitExpr(c, key);
  }
  addopI(c, Op.BUILD_TUPLE, size);
  addop(c, Op.MATCH_KEYS);
  // There's now a tuple of keys and a tuple of values on top of the subject:
  pc.onTop += 2;
  addopI(c, Op.COPY, 1);
  addopLoadConst(c, NONE());
  addopI(c, Op.IS_OP, 1);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  // So far so good. Use that tuple of values on the stack to match sub-patterns against:
  addopI(c, Op.UNPACK_SEQUENCE, size);
  pc.onTop += size - 1;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    patternSubpattern(c, patterns[i], pc);
  }
  // If we get this far, it's a match! Whatever happens next should consume the tuple of keys
  // and the subject:
  pc.onTop -= 2;
  if (starTarget) {
    // rest = dict(TOS1); for key in TOS: del rest[key]
    addopI(c, Op.BUILD_MAP, 0); // [subject, keys, empty]
    addopI(c, Op.SWAP, 3); // [empty, keys, subject]
    addopI(c, Op.DICT_UPDATE, 2); // [copy, keys]
    addopI(c, Op.UNPACK_SEQUENCE, size); // [copy, keys...]
    while (size) {
      addopI(c, Op.COPY, 1 + size--); // [copy, keys..., copy]
      addopI(c, Op.SWAP, 2); // [copy, keys..., copy, key]
      addop(c, Op.DELETE_SUBSCR); // [copy, keys...]
    }
    patternHelperStoreName(c, starTarget, pc);
  } else {
    addop(c, Op.POP_TOP); // Tuple of keys.
    addop(c, Op.POP_TOP); // Subject.
  }
}

/** CPython 3.11: Python/compile.c compiler_pattern_or. */
function patternOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const end = newBlock(c);
  const size = p.patterns.length;
  // We're going to be messing with pc. Keep the original info handy:
  const oldPc: PatternContext = { ...pc };
  // control is the list of names bound by the first alternative. It is used for checking
  // different name bindings in alternatives, and for correcting the order in which extracted
  // elements are placed on the stack.
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    setLoc(c, alt);
    pc.stores = [];
    // An irrefutable sub-pattern must be last, if it is allowed at all:
    pc.allowIrrefutable = i === size - 1 && oldPc.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    addopI(c, Op.COPY, 1);
    compilerPattern(c, alt, pc);
    // Success!
    const nstores = pc.stores.length;
    if (!i) {
      // This is the first alternative, so save its stores as a "control" for the others.
      control = pc.stores;
    } else if (nstores !== control!.length) {
      compilerError(c, 'alternative patterns bind different names');
    } else if (nstores) {
      // There were captures. Check to see if we differ from control:
      let icontrol = nstores;
      while (icontrol--) {
        const name = control![icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) compilerError(c, 'alternative patterns bind different names');
        if (icontrol !== istores) {
          // Reorder the names on the stack to match the order of the names in control.
          let rotations = istores + 1;
          // Perform the same rotation on pc.stores:
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          // Do the same thing to the stack, using several rotations:
          while (rotations--) patternHelperRotate(c, icontrol + 1);
        }
      }
    }
    addopJ(c, Op.JUMP, end);
    emitAndResetFailPop(c, pc);
  }
  pc.stores = oldPc.stores;
  pc.allowIrrefutable = oldPc.allowIrrefutable;
  pc.failPop = oldPc.failPop;
  pc.onTop = oldPc.onTop;
  // No match. Pop the remaining copy of the subject and fail:
  addop(c, Op.POP_TOP);
  jumpToFailPop(c, pc, Op.JUMP);
  useNextBlock(c, end);
  const nstores = control!.length;
  // There's a bunch of stuff on the stack between where the new stores are and where they
  // need to be: the other stores, a copy of the subject, anything else on top of the stack,
  // and any previous stores we've already stashed away on the stack.
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    // Rotate this capture to its proper place on the stack:
    patternHelperRotate(c, nrots);
    // Update the list of previous stores with this new name, checking for duplicates:
    const name = control![i];
    if (pc.stores.includes(name)) errorDuplicateStore(c, name);
    pc.stores.push(name);
  }
  // Pop the copy of the subject:
  addop(c, Op.POP_TOP);
}

/** CPython 3.11: Python/compile.c compiler_pattern_sequence. */
function patternSequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  // Find a starred name, if it exists. There may be at most one:
  for (let i = 0; i < size; i++) {
    const pattern = patterns[i];
    if (pattern._type === 'MatchStar') {
      if (star >= 0) compilerError(c, 'multiple starred names in sequence pattern');
      starWildcard = wildcardStarCheck(pattern);
      onlyWildcard = onlyWildcard && starWildcard;
      star = i;
      continue;
    }
    onlyWildcard = onlyWildcard && wildcardCheck(pattern);
  }
  // We need to keep the subject on top during the sequence and length checks:
  pc.onTop++;
  addop(c, Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    // No star: len(subject) == size
    addop(c, Op.GET_LEN);
    addopLoadConst(c, { t: 'int', v: BigInt(size) });
    addopI(c, Op.COMPARE_OP, Cmp.EQ);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    // Star: len(subject) >= size - 1
    addop(c, Op.GET_LEN);
    addopLoadConst(c, { t: 'int', v: BigInt(size - 1) });
    addopI(c, Op.COMPARE_OP, Cmp.GE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  // Whatever comes next should consume the subject:
  pc.onTop--;
  if (onlyWildcard) {
    // Patterns like: [] / [_] / [_, _] / [*_] / [_, *_] / [_, _, *_] / etc.
    addop(c, Op.POP_TOP);
  } else if (starWildcard) {
    patternHelperSequenceSubscr(c, patterns, star, pc);
  } else {
    patternHelperSequenceUnpack(c, patterns, pc);
  }
}

/** CPython 3.11: Python/compile.c compiler_pattern_value. */
function patternValue(c: Compiler, p: A.MatchValue, pc: PatternContext): void {
  const value = p.value;
  if (value._type !== 'Constant' && value._type !== 'Attribute') {
    compilerError(c, 'patterns may only match literals and attribute lookups');
  }
  visitExpr(c, value);
  addopI(c, Op.COMPARE_OP, Cmp.EQ);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
}

/** CPython 3.11: Python/compile.c compiler_pattern_singleton. */
function patternSingleton(c: Compiler, p: A.MatchSingleton, pc: PatternContext): void {
  addopLoadConst(c, p.value as ConstValue);
  addopI(c, Op.IS_OP, 0);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
}

/** CPython 3.11: Python/compile.c compiler_pattern. */
function compilerPattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  setLoc(c, p);
  switch (p._type) {
    case 'MatchValue': patternValue(c, p, pc); return;
    case 'MatchSingleton': patternSingleton(c, p, pc); return;
    case 'MatchSequence': patternSequence(c, p, pc); return;
    case 'MatchMapping': patternMapping(c, p, pc); return;
    case 'MatchClass': patternClass(c, p, pc); return;
    case 'MatchStar': patternHelperStoreName(c, p.name, pc); return;
    case 'MatchAs': patternAs(c, p, pc); return;
    case 'MatchOr': patternOr(c, p, pc); return;
  }
}

/** CPython 3.11: Python/compile.c compiler_match_inner. */
export function compilerMatch(c: Compiler, s: A.Match): void {
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  visitExpr(c, s.subject);
  const end = newBlock(c);
  const cases = s.cases.length;
  let m = s.cases[cases - 1];
  const hasDefault = wildcardCheck(m.pattern) && 1 < cases ? 1 : 0;
  for (let i = 0; i < cases - hasDefault; i++) {
    m = s.cases[i];
    setLoc(c, m.pattern);
    // Only copy the subject if we're *not* on the last case:
    if (i !== cases - hasDefault - 1) addopI(c, Op.COPY, 1);
    pc.stores = [];
    // Irrefutable cases must be either guarded, last, or both:
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    compilerPattern(c, m.pattern, pc);
    // It's a match! Store all of the captured names (they're on the stack).
    for (const name of pc.stores) nameop(c, name, 'Store');
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0], false);
    }
    // Success! Pop the subject off, we're done with it:
    if (i !== cases - hasDefault - 1) addop(c, Op.POP_TOP);
    for (const st of m.body) visitStmt(c, st);
    unsetLoc(c);
    addopJ(c, Op.JUMP, end);
    // If the pattern fails to match, we want the line number of the cleanup to be associated
    // with the failed pattern, not the last line of the body
    setLoc(c, m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    // A trailing "case _" is common, and lets us save a bit of redundant pushing and popping.
    m = s.cases[cases - 1];
    setLoc(c, m.pattern);
    if (cases === 1) {
      // No matches. Done with the subject:
      addop(c, Op.POP_TOP);
    } else {
      // Show line coverage for default case (it doesn't create bytecode)
      addop(c, Op.NOP);
    }
    if (m.guard) jumpIf(c, m.guard, end, false);
    for (const st of m.body) visitStmt(c, st);
    unsetLoc(c);
  }
  useNextBlock(c, end);
}
