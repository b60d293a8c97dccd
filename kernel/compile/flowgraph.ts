/**
 * CPython 3.11: Python/compile.c — the control-flow-graph passes of the assembler.
 *
 * normalize_basic_block, extend_block, optimize_basic_block (constant conditions, tuple
 * folding, jump threading, swaptimize, PUSH_NULL + LOAD_GLOBAL), clean_basic_block (NOP
 * removal), mark_reachable, eliminate_empty_basic_blocks, propagate_line_numbers,
 * duplicate_exits_without_lineno, trim_unused_consts and guarantee_lineno_for_exits.
 */
import type { ConstValue } from './constants.ts';
import { BasicBlock, copyInstr, copyInstrLoc, hasConst, isBlockPush, isJump, type Instr } from './instr.ts';
import { Op } from './opcodes.ts';
import { constIsTrue } from './const_ops.ts';
import { copyBlock, type Compiler } from './compiler.ts';

/** Maximum size of basic block that should be copied in optimizer */
const MAX_COPY_SIZE = 4;

/** CPython 3.11: Python/compile.c normalize_basic_block — mark exits and no-fallthrough blocks. */
export function normalizeBasicBlock(bb: BasicBlock): void {
  const n = bb.instr.length;
  for (let i = 0; i < n; i++) {
    const ins = bb.instr[i];
    switch (ins.opcode) {
      case Op.RETURN_VALUE:
      case Op.RAISE_VARARGS:
      case Op.RERAISE:
        bb.exit = true;
        bb.nofallthrough = true;
        break;
      case Op.JUMP:
      case Op.JUMP_NO_INTERRUPT:
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP:
      case Op.FOR_ITER:
        if (ins.opcode === Op.JUMP || ins.opcode === Op.JUMP_NO_INTERRUPT) bb.nofallthrough = true;
        if (i !== n - 1) throw new Error('malformed control flow graph.');
        // Skip over empty basic blocks.
        while (ins.target!.instr.length === 0) ins.target = ins.target!.next;
        break;
    }
  }
}

function basicblockHasLineno(bb: BasicBlock): boolean {
  for (const i of bb.instr) if (i.lineno > 0) return true;
  return false;
}

/** CPython 3.11: Python/compile.c extend_block — inline a small exit block after a jump to it. */
export function extendBlock(bb: BasicBlock): void {
  if (bb.instr.length === 0) return;
  const last = bb.instr[bb.instr.length - 1];
  if (last.opcode !== Op.JUMP && last.opcode !== Op.JUMP_FORWARD && last.opcode !== Op.JUMP_BACKWARD) return;
  const target = last.target!;
  if (target.exit && target.instr.length <= MAX_COPY_SIZE) {
    // copy only blocks without line number (like implicit 'return None's)
    if (basicblockHasLineno(target)) return;
    last.opcode = Op.NOP;
    for (const i of target.instr) bb.instr.push(copyInstr(i));
    bb.exit = true;
  }
}

/** CPython 3.11: Python/compile.c clean_basic_block — remove NOPs when legal to do so. */
export function cleanBasicBlock(bb: BasicBlock): void {
  const ins = bb.instr;
  const n = ins.length;
  let dest = 0;
  let prevLineno = -1;
  for (let src = 0; src < n; src++) {
    const lineno = ins[src].lineno;
    if (ins[src].opcode === Op.NOP) {
      // Eliminate no-op if it doesn't have a line number
      if (lineno < 0) continue;
      // or, if the previous instruction had the same line number.
      if (prevLineno === lineno) continue;
      // or, if the next instruction has same line number or no line number
      if (src < n - 1) {
        const nextLineno = ins[src + 1].lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          copyInstrLoc(ins[src], ins[src + 1]);
          continue;
        }
      } else {
        let next: BasicBlock | null = bb.next;
        while (next && next.instr.length === 0) next = next.next;
        // or if last instruction in BB and next BB has same line number
        if (next && lineno === next.instr[0].lineno) continue;
      }
    }
    if (dest !== src) ins[dest] = ins[src];
    dest++;
    prevLineno = lineno;
  }
  ins.length = dest;
}

/** CPython 3.11: Python/compile.c get_const_value. */
function getConstValue(op: number, oparg: number, consts: ConstValue[]): ConstValue {
  if (op !== Op.LOAD_CONST) throw new Error('Internal error: failed to get value of a constant');
  return consts[oparg];
}

/** CPython 3.11: Python/compile.c fold_tuple_on_constants — LOAD_CONSTs + BUILD_TUPLE -> one LOAD_CONST. */
function foldTupleOnConstants(c: Compiler, ins: Instr[], start: number, n: number, consts: ConstValue[]): void {
  for (let i = 0; i < n; i++) if (!hasConst(ins[start + i].opcode)) return;
  const items: ConstValue[] = [];
  for (let i = 0; i < n; i++) items.push(getConstValue(ins[start + i].opcode, ins[start + i].oparg, consts));
  const newconst = c.constCache.mergeOne({ t: 'tuple', items });
  let index = consts.indexOf(newconst);
  if (index < 0) {
    index = consts.length;
    consts.push(newconst);
  }
  for (let i = 0; i < n; i++) ins[start + i].opcode = Op.NOP;
  ins[start + n].opcode = Op.LOAD_CONST;
  ins[start + n].oparg = index;
}

const VISITED = -1;

/** CPython 3.11: Python/compile.c swaptimize — replace a run of SWAPs and NOPs by an optimal one. */
function swaptimize(block: BasicBlock, ix: { i: number }): void {
  const ins = block.instr;
  const base = ix.i;
  let depth = ins[base].oparg;
  let len = 0;
  let more = false;
  const limit = ins.length - base;
  while (++len < limit) {
    const opcode = ins[base + len].opcode;
    if (opcode === Op.SWAP) {
      depth = Math.max(depth, ins[base + len].oparg);
      more = true;
    } else if (opcode !== Op.NOP) {
      break;
    }
  }
  // It's already optimal if there's only one SWAP:
  if (!more) return;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  // Simulate the combined effect of these instructions on our "stack":
  for (let i = 0; i < len; i++) {
    if (ins[base + i].opcode === Op.SWAP) {
      const oparg = ins[base + i].oparg;
      const top = stack[0];
      stack[0] = stack[oparg - 1];
      stack[oparg - 1] = top;
    }
  }
  // Un-shuffle by cycles, writing the SWAPs from the end of the run backwards.
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        ins[base + current].opcode = Op.SWAP;
        ins[base + current].oparg = j + 1;
        current--;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) {
    ins[base + current].opcode = Op.NOP;
    current--;
  }
  ix.i += len - 1;
}

function swappable(opcode: number): boolean {
  return opcode === Op.STORE_FAST || opcode === Op.POP_TOP;
}

function storesTo(i: Instr): number {
  return i.opcode === Op.STORE_FAST ? i.oparg : -1;
}

/** CPython 3.11: Python/compile.c next_swappable_instruction. */
function nextSwappableInstruction(block: BasicBlock, i: number, lineno: number): number {
  const ins = block.instr;
  while (++i < ins.length) {
    const instruction = ins[i];
    // Optimizing across a line change could change the names bound between line events.
    if (lineno >= 0 && instruction.lineno !== lineno) return -1;
    if (instruction.opcode === Op.NOP) continue;
    if (swappable(instruction.opcode)) return i;
    return -1;
  }
  return -1;
}

/** CPython 3.11: Python/compile.c apply_static_swaps — swap instructions instead of stack items. */
function applyStaticSwaps(block: BasicBlock, i: number): void {
  const ins = block.instr;
  for (; i >= 0; i--) {
    const swap = ins[i];
    if (swap.opcode !== Op.SWAP) {
      if (swap.opcode === Op.NOP || swappable(swap.opcode)) continue;
      return;
    }
    const j = nextSwappableInstruction(block, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = ins[j].lineno;
    for (let count = swap.oparg - 1; count > 0; count--) {
      k = nextSwappableInstruction(block, k, lineno);
      if (k < 0) return;
    }
    // Not safe if the two instructions, or one in between, store to the same location.
    const storeJ = storesTo(ins[j]);
    const storeK = storesTo(ins[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const storeIdx = storesTo(ins[idx]);
        if (storeIdx >= 0 && (storeIdx === storeJ || storeIdx === storeK)) return;
      }
    }
    swap.opcode = Op.NOP;
    const temp = ins[j];
    ins[j] = ins[k];
    ins[k] = temp;
  }
}

/** CPython 3.11: Python/compile.c jump_thread. */
function jumpThread(inst: Instr, target: Instr, opcode: number): boolean {
  // bpo-45773: If inst->i_target == target->i_target, then nothing actually changes.
  if (inst.lineno === target.lineno && inst.target !== target.target) {
    inst.target = target.target;
    inst.opcode = opcode;
    return true;
  }
  return false;
}

const NOP_INSTR: Instr = {
  opcode: Op.NOP, oparg: 0, target: null, except: null, lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1,
};

/** CPython 3.11: Python/compile.c optimize_basic_block. */
function optimizeBasicBlock(c: Compiler, bb: BasicBlock, consts: ConstValue[]): void {
  const ins = bb.instr;
  for (let i = 0; i < ins.length; i++) {
    const inst = ins[i];
    const oparg = inst.oparg;
    const nextop = i + 1 < ins.length ? ins[i + 1].opcode : 0;
    let target: Instr;
    if (isJump(inst) || isBlockPush(inst)) {
      // Skip over empty basic blocks.
      while (inst.target!.instr.length === 0) inst.target = inst.target!.next;
      target = inst.target!.instr[0];
    } else {
      target = NOP_INSTR;
    }
    switch (inst.opcode) {
      // Remove LOAD_CONST const; conditional jump
      case Op.LOAD_CONST: {
        switch (nextop) {
          case Op.POP_JUMP_IF_FALSE:
          case Op.POP_JUMP_IF_TRUE: {
            const isTrue = constIsTrue(getConstValue(inst.opcode, oparg, consts));
            inst.opcode = Op.NOP;
            const jumpIfTrue = nextop === Op.POP_JUMP_IF_TRUE;
            if (isTrue === jumpIfTrue) {
              ins[i + 1].opcode = Op.JUMP;
              bb.nofallthrough = true;
            } else {
              ins[i + 1].opcode = Op.NOP;
            }
            break;
          }
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.JUMP_IF_TRUE_OR_POP: {
            const isTrue = constIsTrue(getConstValue(inst.opcode, oparg, consts));
            const jumpIfTrue = nextop === Op.JUMP_IF_TRUE_OR_POP;
            if (isTrue === jumpIfTrue) {
              ins[i + 1].opcode = Op.JUMP;
              bb.nofallthrough = true;
            } else {
              inst.opcode = Op.NOP;
              ins[i + 1].opcode = Op.NOP;
            }
            break;
          }
          case Op.IS_OP: {
            const cnt = getConstValue(inst.opcode, oparg, consts);
            const jumpOp = i + 2 < ins.length ? ins[i + 2].opcode : 0;
            if (cnt.t === 'None' && (jumpOp === Op.POP_JUMP_IF_FALSE || jumpOp === Op.POP_JUMP_IF_TRUE)) {
              const nextarg = ins[i + 1].oparg & 0xff;
              inst.opcode = Op.NOP;
              ins[i + 1].opcode = Op.NOP;
              ins[i + 2].opcode = (nextarg ^ (jumpOp === Op.POP_JUMP_IF_FALSE ? 1 : 0))
                ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
            }
            break;
          }
        }
        break;
      }
      // Try to fold tuples of constants. Skip over BUILD_TUPLE(1) UNPACK_SEQUENCE(1).
      // Replace BUILD_TUPLE(2) UNPACK_SEQUENCE(2) and BUILD_TUPLE(3) UNPACK_SEQUENCE(3) with SWAP.
      case Op.BUILD_TUPLE:
        if (nextop === Op.UNPACK_SEQUENCE && oparg === ins[i + 1].oparg) {
          if (oparg === 1) {
            inst.opcode = Op.NOP;
            ins[i + 1].opcode = Op.NOP;
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            inst.opcode = Op.NOP;
            ins[i + 1].opcode = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(c, ins, i - oparg, oparg, consts);
        break;
      // Simplify conditional jump to conditional jump where the result of the first test
      // implies the success of a similar test or the failure of the opposite test.
      case Op.JUMP_IF_FALSE_OR_POP:
        switch (target.opcode) {
          case Op.POP_JUMP_IF_FALSE:
            i -= jumpThread(inst, target, Op.POP_JUMP_IF_FALSE) ? 1 : 0;
            break;
          case Op.JUMP:
          case Op.JUMP_IF_FALSE_OR_POP:
            i -= jumpThread(inst, target, Op.JUMP_IF_FALSE_OR_POP) ? 1 : 0;
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
          case Op.POP_JUMP_IF_TRUE:
            if (inst.lineno === target.lineno) {
              inst.opcode = Op.POP_JUMP_IF_FALSE;
              inst.target = inst.target!.next;
              --i;
            }
            break;
        }
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
        switch (target.opcode) {
          case Op.POP_JUMP_IF_TRUE:
            i -= jumpThread(inst, target, Op.POP_JUMP_IF_TRUE) ? 1 : 0;
            break;
          case Op.JUMP:
          case Op.JUMP_IF_TRUE_OR_POP:
            i -= jumpThread(inst, target, Op.JUMP_IF_TRUE_OR_POP) ? 1 : 0;
            break;
          case Op.JUMP_IF_FALSE_OR_POP:
          case Op.POP_JUMP_IF_FALSE:
            if (inst.lineno === target.lineno) {
              inst.opcode = Op.POP_JUMP_IF_TRUE;
              inst.target = inst.target!.next;
              --i;
            }
            break;
        }
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
        if (target.opcode === Op.JUMP) i -= jumpThread(inst, target, inst.opcode) ? 1 : 0;
        break;
      case Op.POP_JUMP_IF_FALSE:
        if (target.opcode === Op.JUMP) i -= jumpThread(inst, target, Op.POP_JUMP_IF_FALSE) ? 1 : 0;
        break;
      case Op.POP_JUMP_IF_TRUE:
        if (target.opcode === Op.JUMP) i -= jumpThread(inst, target, Op.POP_JUMP_IF_TRUE) ? 1 : 0;
        break;
      case Op.JUMP:
        if (target.opcode === Op.JUMP) i -= jumpThread(inst, target, Op.JUMP) ? 1 : 0;
        break;
      case Op.FOR_ITER:
        // Threading into a backward JUMP is impossible: FOR_ITER only jumps forward.
        break;
      case Op.SWAP: {
        if (oparg === 1) {
          inst.opcode = Op.NOP;
          break;
        }
        const ix = { i };
        swaptimize(bb, ix);
        i = ix.i;
        applyStaticSwaps(bb, i);
        break;
      }
      case Op.KW_NAMES:
        break;
      case Op.PUSH_NULL:
        if (nextop === Op.LOAD_GLOBAL && (ins[i + 1].opcode & 1) === 0) {
          inst.opcode = Op.NOP;
          inst.oparg = 0;
          ins[i + 1].oparg |= 1;
        }
        break;
      default:
        break;
    }
  }
}

/** CPython 3.11: Python/compile.c mark_reachable. */
function markReachable(entry: BasicBlock): void {
  const stack: BasicBlock[] = [];
  entry.predecessors = 1;
  stack.push(entry);
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const instr of b.instr) {
      if (isJump(instr) || isBlockPush(instr)) {
        const target = instr.target!;
        if (target.predecessors === 0) stack.push(target);
        target.predecessors++;
      }
    }
  }
}

/** CPython 3.11: Python/compile.c eliminate_empty_basic_blocks. */
function eliminateEmptyBasicBlocks(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    let next: BasicBlock | null = b.next;
    if (next) {
      while (next.instr.length === 0 && next.next) next = next.next;
      b.next = next;
    }
  }
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.instr.length === 0) continue;
    const last = b.instr[b.instr.length - 1];
    if (isJump(last)) {
      let target = last.target!;
      while (target.instr.length === 0) target = target.next!;
      last.target = target;
    }
  }
}

/** CPython 3.11: Python/compile.c optimize_cfg. */
export function optimizeCfg(c: Compiler, entry: BasicBlock, consts: ConstValue[]): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    optimizeBasicBlock(c, b, consts);
    cleanBasicBlock(b);
  }
  for (let b = c.u.blocks; b !== null; b = b.list) extendBlock(b);
  markReachable(entry);
  // Delete unreachable instructions
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.predecessors === 0) {
      b.instr.length = 0;
      b.nofallthrough = false;
    }
  }
  eliminateEmptyBasicBlocks(entry);
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) cleanBasicBlock(b);
  // Delete jump instructions made redundant by previous step: a jump to the next block.
  let maybeEmptyBlocks = false;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.instr.length > 0) {
      const last: Instr = b.instr[b.instr.length - 1];
      if (last.opcode === Op.JUMP || last.opcode === Op.JUMP_NO_INTERRUPT) {
        if (last.target === b.next) {
          b.nofallthrough = false;
          last.opcode = Op.NOP;
          maybeEmptyBlocks = true;
        }
      }
    }
  }
  if (maybeEmptyBlocks) eliminateEmptyBasicBlocks(entry);
}

/** CPython 3.11: Python/compile.c trim_unused_consts — drop trailing unused constants. */
export function trimUnusedConsts(entry: BasicBlock, consts: ConstValue[]): void {
  // The first constant may be docstring; keep it always.
  let maxConstIndex = 0;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const i of b.instr) {
      if ((i.opcode === Op.LOAD_CONST || i.opcode === Op.KW_NAMES) && i.oparg > maxConstIndex) {
        maxConstIndex = i.oparg;
      }
    }
  }
  if (maxConstIndex + 1 < consts.length) consts.length = maxConstIndex + 1;
}

function isExitWithoutLineno(b: BasicBlock): boolean {
  if (!b.exit) return false;
  for (const i of b.instr) if (i.lineno >= 0) return false;
  return true;
}

/** CPython 3.11: Python/compile.c duplicate_exits_without_lineno (PEP 626). */
export function duplicateExitsWithoutLineno(c: Compiler): void {
  // Copy all exit blocks without line number that are targets of a jump.
  for (let b = c.u.blocks; b !== null; b = b.list) {
    if (b.instr.length > 0 && isJump(b.instr[b.instr.length - 1])) {
      const last: Instr = b.instr[b.instr.length - 1];
      const target = last.target!;
      if (isExitWithoutLineno(target) && target.predecessors > 1) {
        const newTarget = copyBlock(c, target);
        copyInstrLoc(last, newTarget.instr[0]);
        last.target = newTarget;
        target.predecessors--;
        newTarget.predecessors = 1;
        newTarget.next = target.next;
        target.next = newTarget;
      }
    }
  }
  // Eliminate empty blocks
  for (let b = c.u.blocks; b !== null; b = b.list) {
    while (b.next && b.next.instr.length === 0) b.next = b.next.next;
  }
  // Any remaining reachable exit blocks without line number can only be reached by
  // fall through, and thus can only have a single predecessor.
  for (let b = c.u.blocks; b !== null; b = b.list) {
    if (!b.nofallthrough && b.next && b.instr.length > 0) {
      if (isExitWithoutLineno(b.next)) copyInstrLoc(b.instr[b.instr.length - 1], b.next.instr[0]);
    }
  }
}

/** CPython 3.11: Python/compile.c propagate_line_numbers. */
export function propagateLineNumbers(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.instr.length === 0) continue;
    // Not a real instruction, only to store positions from previous instructions.
    const prev: Instr = { ...NOP_INSTR };
    for (const i of b.instr) {
      if (i.lineno < 0) copyInstrLoc(prev, i);
      else copyInstrLoc(i, prev);
    }
    if (!b.nofallthrough && b.next!.predecessors === 1) {
      if (b.next!.instr[0].lineno < 0) copyInstrLoc(prev, b.next!.instr[0]);
    }
    const last = b.instr[b.instr.length - 1];
    if (isJump(last)) {
      const target = last.target!;
      if (target.predecessors === 1 && target.instr[0].lineno < 0) copyInstrLoc(prev, target.instr[0]);
    }
  }
}

/** CPython 3.11: Python/compile.c guarantee_lineno_for_exits. */
export function guaranteeLinenoForExits(entry: BasicBlock, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.instr.length === 0) continue;
    const last = b.instr[b.instr.length - 1];
    if (last.lineno < 0) {
      if (last.opcode === Op.RETURN_VALUE) {
        for (const i of b.instr) i.lineno = lineno;
      }
    } else {
      lineno = last.lineno;
    }
  }
}
