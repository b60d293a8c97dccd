/**
 * CPython 3.11: Python/compile.c assemble() and makecode().
 *
 * Turns the current compiler unit's basic blocks into a CodeUnit: prefix instructions
 * (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR), cell offsets, the CFG optimizations,
 * stack depth, exception handler labelling, jump resolution, positions and the exception
 * table. Jump targets become absolute instruction indices; no CACHE or EXTENDED_ARG entries
 * are produced (so instruction index = code-unit offset with those left out).
 */
import type { ConstValue } from './constants.ts';
import { CO, CO_FAST, PyCF_MASK, type CodeUnit, type ExceptionTableEntry } from './code.ts';
import { BasicBlock, isBlockPush, isJump, stackEffect, type ExceptStack, type Instr } from './instr.ts';
import { Op } from './opcodes.ts';
import { BlockType } from './symtable.ts';
import { codeKeys } from './const_cache.ts';
import {
  addop, addopLoadConst, NONE, unitQualname, unsetLoc, type Compiler,
} from './compiler.ts';
import {
  cleanBasicBlock, duplicateExitsWithoutLineno, extendBlock, guaranteeLinenoForExits, normalizeBasicBlock,
  optimizeCfg, propagateLineNumbers, trimUnusedConsts,
} from './flowgraph.ts';

/** CPython 3.11: Python/compile.c compute_code_flags. */
function computeCodeFlags(c: Compiler): number {
  const ste = c.u.ste;
  let flags = 0;
  if (ste.type === BlockType.FunctionBlock) {
    flags |= CO.NEWLOCALS | CO.OPTIMIZED;
    if (ste.nested) flags |= CO.NESTED;
    if (ste.generator && !ste.coroutine) flags |= CO.GENERATOR;
    if (!ste.generator && ste.coroutine) flags |= CO.COROUTINE;
    if (ste.generator && ste.coroutine) flags |= CO.ASYNC_GENERATOR;
    if (ste.varargs) flags |= CO.VARARGS;
    if (ste.varkeywords) flags |= CO.VARKEYWORDS;
  }
  // (Only) inherit compilerflags in PyCF_MASK
  flags |= (c.flags | c.future.ff_features) & PyCF_MASK;
  return flags;
}

/** CPython 3.11: Python/compile.c build_cellfixedoffsets. */
function buildCellFixedOffsets(c: Compiler): number[] {
  const u = c.u;
  const nlocals = u.varnames.size;
  const noffsets = u.cellvars.size + u.freevars.size;
  const fixed: number[] = [];
  for (let i = 0; i < noffsets; i++) fixed.push(nlocals + i);
  for (const [varname, cellindex] of u.cellvars) {
    const varindex = u.varnames.get(varname);
    if (varindex !== undefined) fixed[cellindex] = varindex;
  }
  return fixed;
}

function artificial(opcode: number, oparg: number, lineno = -1): Instr {
  return { opcode, oparg, target: null, except: null, lineno, end_lineno: lineno, col_offset: -1, end_col_offset: -1 };
}

/** CPython 3.11: Python/compile.c insert_prefix_instructions. */
function insertPrefixInstructions(c: Compiler, entry: BasicBlock, fixed: number[], nfreevars: number): void {
  const u = c.u;
  const flags = computeCodeFlags(c);
  // Add the generator prefix instructions.
  if (flags & (CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR)) {
    entry.instr.splice(0, 0, artificial(Op.RETURN_GENERATOR, 0, u.firstlineno), artificial(Op.POP_TOP, 0));
  }
  // Set up cells for any variable that escapes, to be put in a closure.
  const ncellvars = u.cellvars.size;
  if (ncellvars) {
    // The cells are out of order: sort them, adjusting for argument cells, which come first.
    const nvars = ncellvars + u.varnames.size;
    const sorted = new Array<number>(nvars).fill(0);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]] = i + 1;
    for (let i = 0, ncellsused = 0; ncellsused < ncellvars; i++) {
      const oldindex = sorted[i] - 1;
      if (oldindex === -1) continue;
      // The oparg gets fixed in fix_cell_offsets().
      entry.instr.splice(ncellsused, 0, artificial(Op.MAKE_CELL, oldindex));
      ncellsused += 1;
    }
  }
  if (nfreevars) entry.instr.splice(0, 0, artificial(Op.COPY_FREE_VARS, nfreevars));
}

/** CPython 3.11: Python/compile.c fix_cell_offsets — returns the number of cells that are arguments. */
function fixCellOffsets(c: Compiler, entry: BasicBlock, fixedmap: number[]): number {
  const u = c.u;
  const nlocals = u.varnames.size;
  const noffsets = u.cellvars.size + u.freevars.size;
  // First deal with duplicates (arg cells).
  let numdropped = 0;
  for (let i = 0; i < noffsets; i++) {
    if (fixedmap[i] === i + nlocals) fixedmap[i] -= numdropped;
    else numdropped += 1; // It was a duplicate (cell/arg).
  }
  // Then update offsets, either relative to locals or by cell2arg.
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const inst of b.instr) {
      switch (inst.opcode) {
        case Op.MAKE_CELL:
        case Op.LOAD_CLOSURE:
        case Op.LOAD_DEREF:
        case Op.STORE_DEREF:
        case Op.DELETE_DEREF:
        case Op.LOAD_CLASSDEREF:
          inst.oparg = fixedmap[inst.oparg];
      }
    }
  }
  return numdropped;
}

/** CPython 3.11: Python/compile.c stackdepth — the deepest path through the flow graph. */
function stackdepth(c: Compiler): number {
  let entry: BasicBlock | null = null;
  for (let b = c.u.blocks; b !== null; b = b.list) {
    b.startdepth = -0x80000000;
    entry = b;
  }
  const stack: BasicBlock[] = [];
  let maxdepth = 0;
  const push = (b: BasicBlock, depth: number): void => {
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  const ste = c.u.ste;
  push(entry!, ste.generator || ste.coroutine ? 1 : 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (const instr of b.instr) {
      const effect = stackEffect(instr.opcode, instr.oparg, 0);
      if (effect === null) throw new Error(`compiler stack_effect(opcode=${instr.opcode}, arg=${instr.oparg}) failed`);
      const newDepth = depth + effect;
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (isJump(instr) || isBlockPush(instr)) {
        const targetDepth = depth + stackEffect(instr.opcode, instr.oparg, 1)!;
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(instr.target!, targetDepth);
      }
      depth = newDepth;
      const op = instr.opcode;
      if (op === Op.JUMP_NO_INTERRUPT || op === Op.JUMP || op === Op.RETURN_VALUE ||
          op === Op.RAISE_VARARGS || op === Op.RERAISE) {
        // remaining code is dead
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxdepth;
}

function copyExceptStack(stack: ExceptStack): ExceptStack {
  return { handlers: stack.handlers.slice(), depth: stack.depth };
}

/** CPython 3.11: Python/compile.c push_except_block. */
function pushExceptBlock(stack: ExceptStack, setup: Instr): BasicBlock {
  const target = setup.target!;
  if (setup.opcode === Op.SETUP_WITH || setup.opcode === Op.SETUP_CLEANUP) target.preserveLasti = true;
  stack.handlers[++stack.depth] = target;
  return target;
}

/** CPython 3.11: Python/compile.c label_exception_targets — the handler of each instruction. */
function labelExceptionTargets(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) b.visited = false;
  const todo: BasicBlock[] = [];
  let exceptStack: ExceptStack | null = { handlers: [null], depth: 0 };
  todo.push(entry);
  entry.visited = true;
  entry.exceptStack = exceptStack;
  while (todo.length) {
    const b = todo.pop()!;
    exceptStack = b.exceptStack!;
    b.exceptStack = null;
    let handler = exceptStack.handlers[exceptStack.depth];
    for (let i = 0; i < b.instr.length; i++) {
      const instr = b.instr[i];
      if (isBlockPush(instr)) {
        if (!instr.target!.visited) {
          instr.target!.exceptStack = copyExceptStack(exceptStack!);
          todo.push(instr.target!);
          instr.target!.visited = true;
        }
        handler = pushExceptBlock(exceptStack!, instr);
      } else if (instr.opcode === Op.POP_BLOCK) {
        handler = exceptStack!.handlers[--exceptStack!.depth];
      } else if (isJump(instr)) {
        instr.except = handler;
        if (!instr.target!.visited) {
          if (!b.nofallthrough) {
            instr.target!.exceptStack = copyExceptStack(exceptStack!);
          } else {
            instr.target!.exceptStack = exceptStack;
            exceptStack = null;
          }
          todo.push(instr.target!);
          instr.target!.visited = true;
        }
      } else {
        instr.except = handler;
      }
    }
    if (!b.nofallthrough && !b.next!.visited) {
      b.next!.exceptStack = exceptStack;
      todo.push(b.next!);
      b.next!.visited = true;
    }
  }
}

/** CPython 3.11: Python/compile.c convert_exception_handlers_to_nops. */
function convertExceptionHandlersToNops(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const instr of b.instr) {
      if (isBlockPush(instr) || instr.opcode === Op.POP_BLOCK) instr.opcode = Op.NOP;
    }
  }
}

/** CPython 3.11: Python/compile.c normalize_jumps — pick forward or backward real jumps. */
function normalizeJumps(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) b.visited = false;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    b.visited = true;
    if (b.instr.length === 0) continue;
    const last = b.instr[b.instr.length - 1];
    if (!isJump(last)) continue;
    const isForward = !last.target!.visited;
    switch (last.opcode) {
      case Op.JUMP:
        last.opcode = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
        break;
      case Op.JUMP_NO_INTERRUPT:
        last.opcode = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
        last.opcode = isForward ? Op.POP_JUMP_FORWARD_IF_NOT_NONE : Op.POP_JUMP_BACKWARD_IF_NOT_NONE;
        break;
      case Op.POP_JUMP_IF_NONE:
        last.opcode = isForward ? Op.POP_JUMP_FORWARD_IF_NONE : Op.POP_JUMP_BACKWARD_IF_NONE;
        break;
      case Op.POP_JUMP_IF_FALSE:
        last.opcode = isForward ? Op.POP_JUMP_FORWARD_IF_FALSE : Op.POP_JUMP_BACKWARD_IF_FALSE;
        break;
      case Op.POP_JUMP_IF_TRUE:
        last.opcode = isForward ? Op.POP_JUMP_FORWARD_IF_TRUE : Op.POP_JUMP_BACKWARD_IF_TRUE;
        break;
      case Op.JUMP_IF_TRUE_OR_POP:
      case Op.JUMP_IF_FALSE_OR_POP:
        if (!isForward) throw new Error('unexpected conditional jump backwards');
        break;
    }
  }
}

/** co_positions() of an instruction, after CPython's location table encoding. */
function writePosition(out: Int32Array, k: number, i: Instr): void {
  if (i.lineno < 0) {
    out[k] = out[k + 1] = out[k + 2] = out[k + 3] = -1;
    return;
  }
  out[k] = i.lineno;
  if ((i.col_offset < 0 || i.end_col_offset < 0) && (i.end_lineno === i.lineno || i.end_lineno === -1)) {
    // PY_CODE_LOCATION_INFO_NO_COLUMNS
    out[k + 1] = i.lineno;
    out[k + 2] = -1;
    out[k + 3] = -1;
    return;
  }
  out[k + 1] = i.end_lineno;
  out[k + 2] = i.col_offset < 0 ? -1 : i.col_offset;
  out[k + 3] = i.end_col_offset < 0 ? -1 : i.end_col_offset;
}

/** CPython 3.11: Python/compile.c assemble_exception_table, in instruction indices. */
function assembleExceptionTable(entry: BasicBlock): ExceptionTableEntry[] {
  const table: ExceptionTableEntry[] = [];
  let ioffset = 0;
  let handler: BasicBlock | null = null;
  let start = -1;
  const emit = (end: number): void => {
    const h = handler!;
    let depth = h.startdepth - 1;
    if (h.preserveLasti) depth -= 1;
    table.push({ start, end, target: h.offset, depth, lasti: h.preserveLasti });
  };
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    ioffset = b.offset;
    for (const instr of b.instr) {
      if (instr.except !== handler) {
        if (handler !== null) emit(ioffset);
        start = ioffset;
        handler = instr.except;
      }
      ioffset += 1;
    }
  }
  if (handler !== null) emit(ioffset);
  return table;
}

/** CPython 3.11: Python/compile.c compute_localsplus_info. */
function computeLocalsplusInfo(c: Compiler, nlocalsplus: number): { names: string[]; kinds: number[] } {
  const u = c.u;
  const names = new Array<string>(nlocalsplus);
  const kinds = new Array<number>(nlocalsplus).fill(0);
  for (const [k, offset] of u.varnames) {
    let kind = CO_FAST.LOCAL;
    if (u.cellvars.has(k)) kind |= CO_FAST.CELL;
    names[offset] = k;
    kinds[offset] = kind;
  }
  const nlocals = u.varnames.size;
  // This counter mirrors the fix done in fix_cell_offsets().
  let numdropped = 0;
  for (const [k, v] of u.cellvars) {
    if (u.varnames.has(k)) {
      numdropped += 1; // Skip cells that are already covered by locals.
      continue;
    }
    const offset = v + nlocals - numdropped;
    names[offset] = k;
    kinds[offset] = CO_FAST.CELL;
  }
  for (const [k, v] of u.freevars) {
    const offset = v + nlocals - numdropped;
    names[offset] = k;
    kinds[offset] = CO_FAST.FREE;
  }
  return { names, kinds };
}

/** CPython 3.11: Python/compile.c consts_dict_keys_inorder. */
function constsInOrder(c: Compiler): ConstValue[] {
  const consts = new Array<ConstValue>(c.u.consts.size);
  for (const [k, i] of c.u.consts) consts[i] = k;
  return consts;
}

/** CPython 3.11: Python/compile.c assemble(). */
export function assemble(c: Compiler, addNone: boolean): CodeUnit {
  const u = c.u;
  // Make sure every block that falls off the end returns None.
  if (!u.curblock.return) {
    unsetLoc(c);
    if (addNone) addopLoadConst(c, NONE());
    addop(c, Op.RETURN_VALUE);
  }
  for (let b = u.blocks; b !== null; b = b.list) normalizeBasicBlock(b);
  for (let b = u.blocks; b !== null; b = b.list) extendBlock(b);

  let entry: BasicBlock | null = null;
  for (let b = u.blocks; b !== null; b = b.list) entry = b;
  const entryblock = entry!;

  const nlocals = u.varnames.size;
  const ncellvars = u.cellvars.size;
  const nfreevars = u.freevars.size;
  let nlocalsplus = nlocals + ncellvars + nfreevars;
  const cellfixedoffsets = buildCellFixedOffsets(c);

  // Set firstlineno if it wasn't explicitly set.
  if (!u.firstlineno) {
    if (entryblock.instr.length && entryblock.instr[0].lineno) u.firstlineno = entryblock.instr[0].lineno;
    else u.firstlineno = 1;
  }

  // This must be called before fix_cell_offsets().
  insertPrefixInstructions(c, entryblock, cellfixedoffsets, nfreevars);
  const numdropped = fixCellOffsets(c, entryblock, cellfixedoffsets);
  nlocalsplus -= numdropped;

  const consts = constsInOrder(c);
  optimizeCfg(c, entryblock, consts);
  duplicateExitsWithoutLineno(c);
  trimUnusedConsts(entryblock, consts);
  propagateLineNumbers(entryblock);
  guaranteeLinenoForExits(entryblock, u.firstlineno);
  const maxdepth = stackdepth(c);

  labelExceptionTargets(entryblock);
  convertExceptionHandlersToNops(entryblock);
  for (let b: BasicBlock | null = entryblock; b !== null; b = b.next) cleanBasicBlock(b);

  // Order of basic blocks must have been determined by now
  normalizeJumps(entryblock);

  // Resolve jumps to absolute instruction indices.
  let total = 0;
  for (let b: BasicBlock | null = entryblock; b !== null; b = b.next) {
    b.offset = total;
    total += b.instr.length;
  }
  const code = new Int32Array(total * 2);
  const positions = new Int32Array(total * 4);
  let k = 0;
  for (let b: BasicBlock | null = entryblock; b !== null; b = b.next) {
    for (const instr of b.instr) {
      code[2 * k] = instr.opcode;
      code[2 * k + 1] = isJump(instr) ? instr.target!.offset : instr.oparg;
      writePosition(positions, 4 * k, instr);
      k++;
    }
  }
  const exceptiontable = assembleExceptionTable(entryblock);
  return makeCode(c, consts, code, positions, exceptiontable, maxdepth, nlocalsplus);
}

/** CPython 3.11: Python/compile.c makecode. */
function makeCode(
  c: Compiler, consts: ConstValue[], code: Int32Array, positions: Int32Array,
  exceptiontable: ExceptionTableEntry[], maxdepth: number, nlocalsplus: number,
): CodeUnit {
  const u = c.u;
  const names = new Array<string>(u.names.size);
  for (const [k, i] of u.names) names[i] = k;
  const flags = computeCodeFlags(c);
  const { names: localsplusnames, kinds: localspluskinds } = computeLocalsplusInfo(c, nlocalsplus);
  const varnames: string[] = [];
  const cellvars: string[] = [];
  const freevars: string[] = [];
  for (let i = 0; i < localsplusnames.length; i++) {
    const kind = localspluskinds[i];
    if (kind & CO_FAST.LOCAL) varnames.push(localsplusnames[i]);
    if (kind & CO_FAST.CELL) cellvars.push(localsplusnames[i]);
    if (kind & CO_FAST.FREE) freevars.push(localsplusnames[i]);
  }
  const unit: CodeUnit = {
    argcount: u.posonlyargcount + u.argcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    flags,
    name: u.name,
    qualname: unitQualname(u),
    filename: c.src.filename,
    firstlineno: u.firstlineno,
    localsplusnames,
    localspluskinds,
    varnames,
    cellvars,
    freevars,
    nlocals: varnames.length,
    names,
    consts,
    code,
    positions,
    exceptiontable,
    stacksize: maxdepth,
  };
  c.constCache.log.push({ op: 'code', unit, keys: codeKeys(c.constCache, unit) });
  return unit;
}
