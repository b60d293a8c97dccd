/**
 * CPython 3.11: Python/compile.c struct instr, basicblock, stack_effect and the opcode
 * predicates the compiler and the assembler share.
 */
import { FormatValue, Op } from './opcodes.ts';

/** CPython 3.11: Python/compile.c struct instr. */
export interface Instr {
  opcode: number;
  oparg: number;
  /** Target block of a jump or SETUP_* pseudo-instruction. */
  target: BasicBlock | null;
  /** Handler block when an exception is raised (set by label_exception_targets). */
  except: BasicBlock | null;
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}

/** CPython 3.11: Python/compile.c ExceptStack. */
export interface ExceptStack {
  handlers: (BasicBlock | null)[];
  depth: number;
}

/** CPython 3.11: Python/compile.c basicblock. */
export class BasicBlock {
  /** Allocation chain, most recent first (b_list). */
  list: BasicBlock | null = null;
  exceptStack: ExceptStack | null = null;
  instr: Instr[] = [];
  /** The block reached by normal control flow (b_next). */
  next: BasicBlock | null = null;
  predecessors = 0;
  startdepth = 0;
  /** Index of the block's first instruction in the final code. */
  offset = 0;
  nofallthrough = false;
  preserveLasti = false;
  visited = false;
  exit = false;
  return = false;
}

export function copyInstr(i: Instr): Instr {
  return {
    opcode: i.opcode, oparg: i.oparg, target: i.target, except: i.except,
    lineno: i.lineno, end_lineno: i.end_lineno, col_offset: i.col_offset, end_col_offset: i.end_col_offset,
  };
}

/** CPython 3.11: COPY_INSTR_LOC(old, new). */
export function copyInstrLoc(from: Instr, to: Instr): void {
  to.lineno = from.lineno;
  to.col_offset = from.col_offset;
  to.end_lineno = from.end_lineno;
  to.end_col_offset = from.end_col_offset;
}

/** IS_VIRTUAL_JUMP_OPCODE */
function isVirtualJump(op: number): boolean {
  return op === Op.JUMP || op === Op.JUMP_NO_INTERRUPT || op === Op.POP_JUMP_IF_NONE ||
    op === Op.POP_JUMP_IF_NOT_NONE || op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE;
}

/** The real opcodes in _PyOpcode_Jump (3.11's hasjrel). */
function isRealJump(op: number): boolean {
  switch (op) {
    case Op.FOR_ITER:
    case Op.JUMP_FORWARD:
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
    case Op.POP_JUMP_FORWARD_IF_FALSE:
    case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.SEND:
    case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
    case Op.POP_JUMP_FORWARD_IF_NONE:
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Op.JUMP_BACKWARD:
    case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
    case Op.POP_JUMP_BACKWARD_IF_NONE:
    case Op.POP_JUMP_BACKWARD_IF_FALSE:
    case Op.POP_JUMP_BACKWARD_IF_TRUE:
      return true;
    default:
      return false;
  }
}

/** CPython 3.11: Python/compile.c is_jump. */
export function isJump(i: Instr): boolean {
  return isVirtualJump(i.opcode) || isRealJump(i.opcode);
}

export function isJumpOpcode(op: number): boolean {
  return isVirtualJump(op) || isRealJump(op);
}

/** CPython 3.11: Python/compile.c is_block_push. */
export function isBlockPush(i: Instr): boolean {
  const op = i.opcode;
  return op === Op.SETUP_FINALLY || op === Op.SETUP_WITH || op === Op.SETUP_CLEANUP;
}

/** CPython 3.11: Python/compile.c is_end_of_basic_block. */
export function isEndOfBasicBlock(i: Instr): boolean {
  const op = i.opcode;
  return isJump(i) || op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
}

/** HAS_CONST(op): LOAD_CONST and KW_NAMES. */
export function hasConst(op: number): boolean {
  return op === Op.LOAD_CONST || op === Op.KW_NAMES;
}

/**
 * CPython 3.11: Python/compile.c stack_effect. `jump` is 0 for the fall-through path, 1 for
 * the jump (or handler) path, -1 for the maximum. Returns null for an unknown opcode.
 */
export function stackEffect(opcode: number, oparg: number, jump: number): number | null {
  switch (opcode) {
    case Op.NOP:
    case Op.EXTENDED_ARG:
    case Op.RESUME:
    case Op.CACHE:
      return 0;
    case Op.POP_TOP:
      return -1;
    case Op.SWAP:
      return 0;
    case Op.UNARY_POSITIVE:
    case Op.UNARY_NEGATIVE:
    case Op.UNARY_NOT:
    case Op.UNARY_INVERT:
      return 0;
    case Op.SET_ADD:
    case Op.LIST_APPEND:
      return -1;
    case Op.MAP_ADD:
      return -2;
    case Op.BINARY_SUBSCR:
      return -1;
    case Op.STORE_SUBSCR:
      return -3;
    case Op.DELETE_SUBSCR:
      return -2;
    case Op.GET_ITER:
      return 0;
    case Op.PRINT_EXPR:
      return -1;
    case Op.LOAD_BUILD_CLASS:
      return 1;
    case Op.RETURN_VALUE:
      return -1;
    case Op.IMPORT_STAR:
      return -1;
    case Op.SETUP_ANNOTATIONS:
      return 0;
    case Op.ASYNC_GEN_WRAP:
    case Op.YIELD_VALUE:
      return 0;
    case Op.POP_BLOCK:
      return 0;
    case Op.POP_EXCEPT:
      return -1;
    case Op.STORE_NAME:
      return -1;
    case Op.DELETE_NAME:
      return 0;
    case Op.UNPACK_SEQUENCE:
      return oparg - 1;
    case Op.UNPACK_EX:
      return (oparg & 0xff) + (oparg >> 8);
    case Op.FOR_ITER:
      return jump > 0 ? -1 : 1;
    case Op.SEND:
      return jump > 0 ? -1 : 0;
    case Op.STORE_ATTR:
      return -2;
    case Op.DELETE_ATTR:
      return -1;
    case Op.STORE_GLOBAL:
      return -1;
    case Op.DELETE_GLOBAL:
      return 0;
    case Op.LOAD_CONST:
      return 1;
    case Op.LOAD_NAME:
      return 1;
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_SET:
    case Op.BUILD_STRING:
      return 1 - oparg;
    case Op.BUILD_MAP:
      return 1 - 2 * oparg;
    case Op.BUILD_CONST_KEY_MAP:
      return -oparg;
    case Op.LOAD_ATTR:
      return 0;
    case Op.COMPARE_OP:
    case Op.IS_OP:
    case Op.CONTAINS_OP:
      return -1;
    case Op.CHECK_EXC_MATCH:
      return 0;
    case Op.CHECK_EG_MATCH:
      return 0;
    case Op.IMPORT_NAME:
      return -1;
    case Op.IMPORT_FROM:
      return 1;
    case Op.JUMP_FORWARD:
    case Op.JUMP_BACKWARD:
    case Op.JUMP:
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
    case Op.JUMP_NO_INTERRUPT:
      return 0;
    case Op.JUMP_IF_TRUE_OR_POP:
    case Op.JUMP_IF_FALSE_OR_POP:
      return jump ? 0 : -1;
    case Op.POP_JUMP_BACKWARD_IF_NONE:
    case Op.POP_JUMP_FORWARD_IF_NONE:
    case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_BACKWARD_IF_NOT_NONE:
    case Op.POP_JUMP_FORWARD_IF_NOT_NONE:
    case Op.POP_JUMP_IF_NOT_NONE:
    case Op.POP_JUMP_FORWARD_IF_FALSE:
    case Op.POP_JUMP_BACKWARD_IF_FALSE:
    case Op.POP_JUMP_IF_FALSE:
    case Op.POP_JUMP_FORWARD_IF_TRUE:
    case Op.POP_JUMP_BACKWARD_IF_TRUE:
    case Op.POP_JUMP_IF_TRUE:
      return -1;
    case Op.LOAD_GLOBAL:
      return (oparg & 1) + 1;
    case Op.SETUP_FINALLY:
      // 0 in the normal flow; the handler gets the stack restored plus the exception.
      return jump ? 1 : 0;
    case Op.SETUP_CLEANUP:
      // As SETUP_FINALLY, but pushes lasti as well
      return jump ? 2 : 0;
    case Op.SETUP_WITH:
      return jump ? 1 : 0;
    case Op.PREP_RERAISE_STAR:
      return -1;
    case Op.RERAISE:
      return -1;
    case Op.PUSH_EXC_INFO:
      return 1;
    case Op.WITH_EXCEPT_START:
      return 1;
    case Op.LOAD_FAST:
      return 1;
    case Op.STORE_FAST:
      return -1;
    case Op.DELETE_FAST:
      return 0;
    case Op.RETURN_GENERATOR:
      return 0;
    case Op.RAISE_VARARGS:
      return -oparg;
    case Op.PRECALL:
      return -oparg;
    case Op.KW_NAMES:
      return 0;
    case Op.CALL:
      return -1;
    case Op.CALL_FUNCTION_EX:
      return -2 - ((oparg & 0x01) !== 0 ? 1 : 0);
    case Op.MAKE_FUNCTION:
      return 0 - ((oparg & 0x01) !== 0 ? 1 : 0) - ((oparg & 0x02) !== 0 ? 1 : 0) -
        ((oparg & 0x04) !== 0 ? 1 : 0) - ((oparg & 0x08) !== 0 ? 1 : 0);
    case Op.BUILD_SLICE:
      return oparg === 3 ? -2 : -1;
    case Op.MAKE_CELL:
    case Op.COPY_FREE_VARS:
      return 0;
    case Op.LOAD_CLOSURE:
      return 1;
    case Op.LOAD_DEREF:
    case Op.LOAD_CLASSDEREF:
      return 1;
    case Op.STORE_DEREF:
      return -1;
    case Op.DELETE_DEREF:
      return 0;
    case Op.GET_AWAITABLE:
      return 0;
    case Op.BEFORE_ASYNC_WITH:
    case Op.BEFORE_WITH:
      return 1;
    case Op.GET_AITER:
      return 0;
    case Op.GET_ANEXT:
      return 1;
    case Op.GET_YIELD_FROM_ITER:
      return 0;
    case Op.END_ASYNC_FOR:
      return -2;
    case Op.FORMAT_VALUE:
      // If there's a fmt_spec on the stack, we go from 2->1, else 1->1.
      return (oparg & FormatValue.FVS_MASK) === FormatValue.FVS_HAVE_SPEC ? -1 : 0;
    case Op.LOAD_METHOD:
      return 1;
    case Op.LOAD_ASSERTION_ERROR:
      return 1;
    case Op.LIST_TO_TUPLE:
      return 0;
    case Op.LIST_EXTEND:
    case Op.SET_UPDATE:
    case Op.DICT_MERGE:
    case Op.DICT_UPDATE:
      return -1;
    case Op.MATCH_CLASS:
      return -2;
    case Op.GET_LEN:
    case Op.MATCH_MAPPING:
    case Op.MATCH_SEQUENCE:
    case Op.MATCH_KEYS:
      return 1;
    case Op.COPY:
    case Op.PUSH_NULL:
      return 1;
    case Op.BINARY_OP:
      return -1;
    default:
      return null;
  }
}
