/**
 * CPython 3.11: Include/opcode.h and Lib/opcode.py — opcode numbers and their properties.
 *
 * The numbers are CPython 3.11's (`opcode.opmap`). The compiler also uses pseudo-instructions
 * (Python/compile.c: SETUP_FINALLY, JUMP, POP_JUMP_IF_FALSE, ...) that never reach a CodeUnit;
 * they are negative here, as in compile.c.
 */

/** CPython 3.11 opcode numbers (`opcode.opmap`), plus compile.c's pseudo-instructions. */
export const enum Op {
  CACHE = 0,
  POP_TOP = 1,
  PUSH_NULL = 2,
  NOP = 9,
  UNARY_POSITIVE = 10,
  UNARY_NEGATIVE = 11,
  UNARY_NOT = 12,
  UNARY_INVERT = 15,
  BINARY_SUBSCR = 25,
  GET_LEN = 30,
  MATCH_MAPPING = 31,
  MATCH_SEQUENCE = 32,
  MATCH_KEYS = 33,
  PUSH_EXC_INFO = 35,
  CHECK_EXC_MATCH = 36,
  CHECK_EG_MATCH = 37,
  WITH_EXCEPT_START = 49,
  GET_AITER = 50,
  GET_ANEXT = 51,
  BEFORE_ASYNC_WITH = 52,
  BEFORE_WITH = 53,
  END_ASYNC_FOR = 54,
  STORE_SUBSCR = 60,
  DELETE_SUBSCR = 61,
  GET_ITER = 68,
  GET_YIELD_FROM_ITER = 69,
  PRINT_EXPR = 70,
  LOAD_BUILD_CLASS = 71,
  LOAD_ASSERTION_ERROR = 74,
  RETURN_GENERATOR = 75,
  LIST_TO_TUPLE = 82,
  RETURN_VALUE = 83,
  IMPORT_STAR = 84,
  SETUP_ANNOTATIONS = 85,
  YIELD_VALUE = 86,
  ASYNC_GEN_WRAP = 87,
  PREP_RERAISE_STAR = 88,
  POP_EXCEPT = 89,
  STORE_NAME = 90,
  DELETE_NAME = 91,
  UNPACK_SEQUENCE = 92,
  FOR_ITER = 93,
  UNPACK_EX = 94,
  STORE_ATTR = 95,
  DELETE_ATTR = 96,
  STORE_GLOBAL = 97,
  DELETE_GLOBAL = 98,
  SWAP = 99,
  LOAD_CONST = 100,
  LOAD_NAME = 101,
  BUILD_TUPLE = 102,
  BUILD_LIST = 103,
  BUILD_SET = 104,
  BUILD_MAP = 105,
  LOAD_ATTR = 106,
  COMPARE_OP = 107,
  IMPORT_NAME = 108,
  IMPORT_FROM = 109,
  JUMP_FORWARD = 110,
  JUMP_IF_FALSE_OR_POP = 111,
  JUMP_IF_TRUE_OR_POP = 112,
  POP_JUMP_FORWARD_IF_FALSE = 114,
  POP_JUMP_FORWARD_IF_TRUE = 115,
  LOAD_GLOBAL = 116,
  IS_OP = 117,
  CONTAINS_OP = 118,
  RERAISE = 119,
  COPY = 120,
  BINARY_OP = 122,
  SEND = 123,
  LOAD_FAST = 124,
  STORE_FAST = 125,
  DELETE_FAST = 126,
  POP_JUMP_FORWARD_IF_NOT_NONE = 128,
  POP_JUMP_FORWARD_IF_NONE = 129,
  RAISE_VARARGS = 130,
  GET_AWAITABLE = 131,
  MAKE_FUNCTION = 132,
  BUILD_SLICE = 133,
  JUMP_BACKWARD_NO_INTERRUPT = 134,
  MAKE_CELL = 135,
  LOAD_CLOSURE = 136,
  LOAD_DEREF = 137,
  STORE_DEREF = 138,
  DELETE_DEREF = 139,
  JUMP_BACKWARD = 140,
  CALL_FUNCTION_EX = 142,
  EXTENDED_ARG = 144,
  LIST_APPEND = 145,
  SET_ADD = 146,
  MAP_ADD = 147,
  LOAD_CLASSDEREF = 148,
  COPY_FREE_VARS = 149,
  RESUME = 151,
  MATCH_CLASS = 152,
  FORMAT_VALUE = 155,
  BUILD_CONST_KEY_MAP = 156,
  BUILD_STRING = 157,
  LOAD_METHOD = 160,
  LIST_EXTEND = 162,
  SET_UPDATE = 163,
  DICT_MERGE = 164,
  DICT_UPDATE = 165,
  PRECALL = 166,
  CALL = 171,
  KW_NAMES = 172,
  POP_JUMP_BACKWARD_IF_NOT_NONE = 173,
  POP_JUMP_BACKWARD_IF_NONE = 174,
  POP_JUMP_BACKWARD_IF_FALSE = 175,
  POP_JUMP_BACKWARD_IF_TRUE = 176,

  // Pseudo-instructions of Python/compile.c, resolved by the assembler.
  SETUP_FINALLY = -1,
  SETUP_CLEANUP = -2,
  SETUP_WITH = -3,
  POP_BLOCK = -4,
  JUMP = -5,
  JUMP_NO_INTERRUPT = -6,
  POP_JUMP_IF_FALSE = -7,
  POP_JUMP_IF_TRUE = -8,
  POP_JUMP_IF_NONE = -9,
  POP_JUMP_IF_NOT_NONE = -10,
}

/** Opcodes at or above this take an argument (Include/opcode.h HAVE_ARGUMENT). */
export const HAVE_ARGUMENT = 90;

/** Opcode names indexed by number (`opcode.opname`). */
export const OPNAME: readonly string[] = [
  'CACHE', 'POP_TOP', 'PUSH_NULL', '<3>', '<4>', '<5>', '<6>', '<7>',
  '<8>', 'NOP', 'UNARY_POSITIVE', 'UNARY_NEGATIVE', 'UNARY_NOT', '<13>', '<14>', 'UNARY_INVERT',
  '<16>', '<17>', '<18>', '<19>', '<20>', '<21>', '<22>', '<23>',
  '<24>', 'BINARY_SUBSCR', '<26>', '<27>', '<28>', '<29>', 'GET_LEN', 'MATCH_MAPPING',
  'MATCH_SEQUENCE', 'MATCH_KEYS', '<34>', 'PUSH_EXC_INFO', 'CHECK_EXC_MATCH', 'CHECK_EG_MATCH', '<38>', '<39>',
  '<40>', '<41>', '<42>', '<43>', '<44>', '<45>', '<46>', '<47>',
  '<48>', 'WITH_EXCEPT_START', 'GET_AITER', 'GET_ANEXT', 'BEFORE_ASYNC_WITH', 'BEFORE_WITH', 'END_ASYNC_FOR', '<55>',
  '<56>', '<57>', '<58>', '<59>', 'STORE_SUBSCR', 'DELETE_SUBSCR', '<62>', '<63>',
  '<64>', '<65>', '<66>', '<67>', 'GET_ITER', 'GET_YIELD_FROM_ITER', 'PRINT_EXPR', 'LOAD_BUILD_CLASS',
  '<72>', '<73>', 'LOAD_ASSERTION_ERROR', 'RETURN_GENERATOR', '<76>', '<77>', '<78>', '<79>',
  '<80>', '<81>', 'LIST_TO_TUPLE', 'RETURN_VALUE', 'IMPORT_STAR', 'SETUP_ANNOTATIONS', 'YIELD_VALUE', 'ASYNC_GEN_WRAP',
  'PREP_RERAISE_STAR', 'POP_EXCEPT', 'STORE_NAME', 'DELETE_NAME', 'UNPACK_SEQUENCE', 'FOR_ITER', 'UNPACK_EX', 'STORE_ATTR',
  'DELETE_ATTR', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'SWAP', 'LOAD_CONST', 'LOAD_NAME', 'BUILD_TUPLE', 'BUILD_LIST',
  'BUILD_SET', 'BUILD_MAP', 'LOAD_ATTR', 'COMPARE_OP', 'IMPORT_NAME', 'IMPORT_FROM', 'JUMP_FORWARD', 'JUMP_IF_FALSE_OR_POP',
  'JUMP_IF_TRUE_OR_POP', '<113>', 'POP_JUMP_FORWARD_IF_FALSE', 'POP_JUMP_FORWARD_IF_TRUE', 'LOAD_GLOBAL', 'IS_OP', 'CONTAINS_OP', 'RERAISE',
  'COPY', '<121>', 'BINARY_OP', 'SEND', 'LOAD_FAST', 'STORE_FAST', 'DELETE_FAST', '<127>',
  'POP_JUMP_FORWARD_IF_NOT_NONE', 'POP_JUMP_FORWARD_IF_NONE', 'RAISE_VARARGS', 'GET_AWAITABLE', 'MAKE_FUNCTION', 'BUILD_SLICE', 'JUMP_BACKWARD_NO_INTERRUPT', 'MAKE_CELL',
  'LOAD_CLOSURE', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'JUMP_BACKWARD', '<141>', 'CALL_FUNCTION_EX', '<143>',
  'EXTENDED_ARG', 'LIST_APPEND', 'SET_ADD', 'MAP_ADD', 'LOAD_CLASSDEREF', 'COPY_FREE_VARS', '<150>', 'RESUME',
  'MATCH_CLASS', '<153>', '<154>', 'FORMAT_VALUE', 'BUILD_CONST_KEY_MAP', 'BUILD_STRING', '<158>', '<159>',
  'LOAD_METHOD', '<161>', 'LIST_EXTEND', 'SET_UPDATE', 'DICT_MERGE', 'DICT_UPDATE', 'PRECALL', '<167>',
  '<168>', '<169>', '<170>', 'CALL', 'KW_NAMES', 'POP_JUMP_BACKWARD_IF_NOT_NONE', 'POP_JUMP_BACKWARD_IF_NONE', 'POP_JUMP_BACKWARD_IF_FALSE',
  'POP_JUMP_BACKWARD_IF_TRUE', '<177>', '<178>', '<179>', '<180>', '<181>', '<182>', '<183>',
  '<184>', '<185>', '<186>', '<187>', '<188>', '<189>', '<190>', '<191>',
  '<192>', '<193>', '<194>', '<195>', '<196>', '<197>', '<198>', '<199>',
  '<200>', '<201>', '<202>', '<203>', '<204>', '<205>', '<206>', '<207>',
  '<208>', '<209>', '<210>', '<211>', '<212>', '<213>', '<214>', '<215>',
  '<216>', '<217>', '<218>', '<219>', '<220>', '<221>', '<222>', '<223>',
  '<224>', '<225>', '<226>', '<227>', '<228>', '<229>', '<230>', '<231>',
  '<232>', '<233>', '<234>', '<235>', '<236>', '<237>', '<238>', '<239>',
  '<240>', '<241>', '<242>', '<243>', '<244>', '<245>', '<246>', '<247>',
  '<248>', '<249>', '<250>', '<251>', '<252>', '<253>', '<254>', '<255>',
];

const PSEUDO_NAMES: Record<number, string> = {
  [-1]: 'SETUP_FINALLY', [-2]: 'SETUP_CLEANUP', [-3]: 'SETUP_WITH', [-4]: 'POP_BLOCK',
  [-5]: 'JUMP', [-6]: 'JUMP_NO_INTERRUPT', [-7]: 'POP_JUMP_IF_FALSE', [-8]: 'POP_JUMP_IF_TRUE',
  [-9]: 'POP_JUMP_IF_NONE', [-10]: 'POP_JUMP_IF_NOT_NONE',
};

/** The name of a real opcode or of a compile.c pseudo-instruction. */
export function opName(op: number): string {
  return op < 0 ? PSEUDO_NAMES[op] ?? `<${op}>` : OPNAME[op];
}

/** Opcode -> number of inline CACHE entries that follow it (`opcode._inline_cache_entries`). */
export const INLINE_CACHE_ENTRIES: readonly number[] = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 4,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 2, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  10, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];

/** Relative jumps (`opcode.hasjrel`); 3.11 has no absolute jumps. */
export const HAS_JREL: ReadonlySet<number> = new Set([
  Op.FOR_ITER,
  Op.JUMP_FORWARD,
  Op.JUMP_IF_FALSE_OR_POP,
  Op.JUMP_IF_TRUE_OR_POP,
  Op.POP_JUMP_FORWARD_IF_FALSE,
  Op.POP_JUMP_FORWARD_IF_TRUE,
  Op.SEND,
  Op.POP_JUMP_FORWARD_IF_NOT_NONE,
  Op.POP_JUMP_FORWARD_IF_NONE,
  Op.JUMP_BACKWARD_NO_INTERRUPT,
  Op.JUMP_BACKWARD,
  Op.POP_JUMP_BACKWARD_IF_NOT_NONE,
  Op.POP_JUMP_BACKWARD_IF_NONE,
  Op.POP_JUMP_BACKWARD_IF_FALSE,
  Op.POP_JUMP_BACKWARD_IF_TRUE,
]);

/** Opcodes whose argument indexes co_consts (`opcode.hasconst`). */
export const HAS_CONST: ReadonlySet<number> = new Set([
  Op.LOAD_CONST,
  Op.KW_NAMES,
]);

/** Opcodes whose argument indexes co_names (`opcode.hasname`). */
export const HAS_NAME: ReadonlySet<number> = new Set([
  Op.STORE_NAME,
  Op.DELETE_NAME,
  Op.STORE_ATTR,
  Op.DELETE_ATTR,
  Op.STORE_GLOBAL,
  Op.DELETE_GLOBAL,
  Op.LOAD_NAME,
  Op.LOAD_ATTR,
  Op.IMPORT_NAME,
  Op.IMPORT_FROM,
  Op.LOAD_GLOBAL,
  Op.LOAD_METHOD,
]);

/** Opcodes whose argument indexes the fast locals (`opcode.haslocal`). */
export const HAS_LOCAL: ReadonlySet<number> = new Set([
  Op.LOAD_FAST,
  Op.STORE_FAST,
  Op.DELETE_FAST,
]);

/** Opcodes whose argument indexes cells and free variables (`opcode.hasfree`). */
export const HAS_FREE: ReadonlySet<number> = new Set([
  Op.MAKE_CELL,
  Op.LOAD_CLOSURE,
  Op.LOAD_DEREF,
  Op.STORE_DEREF,
  Op.DELETE_DEREF,
  Op.LOAD_CLASSDEREF,
]);

/** CPython 3.11: Include/opcode.h NB_* — BINARY_OP's argument. */
export const enum NB {
  ADD = 0, // +
  AND = 1, // &
  FLOOR_DIVIDE = 2, // //
  LSHIFT = 3, // <<
  MATRIX_MULTIPLY = 4, // @
  MULTIPLY = 5, // *
  REMAINDER = 6, // %
  OR = 7, // |
  POWER = 8, // **
  RSHIFT = 9, // >>
  SUBTRACT = 10, // -
  TRUE_DIVIDE = 11, // /
  XOR = 12, // ^
  INPLACE_ADD = 13, // +=
  INPLACE_AND = 14, // &=
  INPLACE_FLOOR_DIVIDE = 15, // //=
  INPLACE_LSHIFT = 16, // <<=
  INPLACE_MATRIX_MULTIPLY = 17, // @=
  INPLACE_MULTIPLY = 18, // *=
  INPLACE_REMAINDER = 19, // %=
  INPLACE_OR = 20, // |=
  INPLACE_POWER = 21, // **=
  INPLACE_RSHIFT = 22, // >>=
  INPLACE_SUBTRACT = 23, // -=
  INPLACE_TRUE_DIVIDE = 24, // /=
  INPLACE_XOR = 25, // ^=
}

/** The operator symbol of each NB_* value (`opcode._nb_ops`), for the disassembler. */
export const NB_SYMBOL: readonly string[] = ['+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^', '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^='];

/** CPython 3.11: Include/object.h Py_LT..Py_GE — COMPARE_OP's argument. */
export const enum Cmp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}

/** COMPARE_OP's argument as `dis` shows it (`opcode.cmp_op`). */
export const CMP_OP: readonly string[] = ['<', '<=', '==', '!=', '>', '>='];

/** CPython 3.11: Include/ceval.h FVC_* / FVS_* — FORMAT_VALUE's argument. */
export const enum FormatValue {
  FVC_MASK = 0x3,
  FVC_NONE = 0x0,
  FVC_STR = 0x1,
  FVC_REPR = 0x2,
  FVC_ASCII = 0x3,
  FVS_MASK = 0x4,
  FVS_HAVE_SPEC = 0x4,
}

/** CPython 3.11: MAKE_FUNCTION's argument bits (Python/ceval.c). */
export const enum MakeFunction {
  DEFAULTS = 0x01,
  KWDEFAULTS = 0x02,
  ANNOTATIONS = 0x04,
  CLOSURE = 0x08,
}

