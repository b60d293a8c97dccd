/**
 * CPython 3.11: Include/cpython/code.h — what the compiler hands to the VM.
 *
 * A CodeUnit is a PyCodeObject before it becomes a Python object: the same fields, with the
 * instruction stream kept as (opcode, full oparg) pairs. CACHE entries and EXTENDED_ARG are
 * left out, and a jump's oparg is the absolute index of its target instruction instead of
 * CPython's relative offset in code units; every other oparg means what it means in 3.11.
 */
import type { ConstValue } from './constants.ts';

/** One row of co_exceptiontable, in instruction indices (end exclusive). */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  /** Stack depth at the handler (the values below the pushed exception). */
  depth: number;
  /** Whether the handler also gets the offset of the raising instruction pushed. */
  lasti: boolean;
}

export interface CodeUnit {
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  /** CO_* flags as CPython 3.11. */
  flags: number;
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  /** As 3.11's co_localsplusnames: locals (arguments first), then cells that are not arguments, then free variables. */
  localsplusnames: string[];
  /** CO_FAST_LOCAL / CO_FAST_CELL / CO_FAST_FREE, bit-or'd, one per localsplusnames entry. */
  localspluskinds: number[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  nlocals: number;
  /** co_names */
  names: string[];
  /** co_consts, with constants merged across the whole compilation (see const_cache.ts). */
  consts: ConstValue[];
  /** code[2*i] = opcode, code[2*i+1] = full oparg. */
  code: Int32Array;
  /** 4 per instruction: lineno, end_lineno, col_offset, end_col_offset (-1 if none), as co_positions(). */
  positions: Int32Array;
  exceptiontable: ExceptionTableEntry[];
  stacksize: number;
}

/** CPython 3.11: Include/cpython/code.h CO_* flags of co_flags. */
export const enum CO {
  OPTIMIZED = 0x0001,
  NEWLOCALS = 0x0002,
  VARARGS = 0x0004,
  VARKEYWORDS = 0x0008,
  NESTED = 0x0010,
  GENERATOR = 0x0020,
  /** Defined but no longer set by the 3.11 compiler. */
  NOFREE = 0x0040,
  COROUTINE = 0x0080,
  ITERABLE_COROUTINE = 0x0100,
  ASYNC_GENERATOR = 0x0200,

  // __future__ features, inherited by every code object of the compilation (PyCF_MASK).
  FUTURE_DIVISION = 0x20000,
  FUTURE_ABSOLUTE_IMPORT = 0x40000,
  FUTURE_WITH_STATEMENT = 0x80000,
  FUTURE_PRINT_FUNCTION = 0x100000,
  FUTURE_UNICODE_LITERALS = 0x200000,
  FUTURE_BARRY_AS_BDFL = 0x400000,
  FUTURE_GENERATOR_STOP = 0x800000,
  FUTURE_ANNOTATIONS = 0x1000000,
}

/** CPython 3.11: Include/cpython/compile.h PyCF_MASK — the future flags a code object inherits. */
export const PyCF_MASK =
  CO.FUTURE_DIVISION | CO.FUTURE_ABSOLUTE_IMPORT | CO.FUTURE_WITH_STATEMENT |
  CO.FUTURE_PRINT_FUNCTION | CO.FUTURE_UNICODE_LITERALS | CO.FUTURE_BARRY_AS_BDFL |
  CO.FUTURE_GENERATOR_STOP | CO.FUTURE_ANNOTATIONS;

/** CPython 3.11: Include/internal/pycore_code.h _PyLocals_Kind bits of co_localspluskinds. */
export const enum CO_FAST {
  LOCAL = 0x20,
  CELL = 0x40,
  FREE = 0x80,
}
