import type { CodeUnit } from './code.ts';

/**
 * A constant as the parser, the AST optimizer and the compiler see it, before it becomes a
 * Python object. One box per literal occurrence: identity matters, because while a script runs
 * the parser's arena holds one reference to the object made for each literal
 * (CPython 3.11: Python/pythonrun.c pyrun_file keeps the arena alive during run_mod).
 */
export type ConstValue =
  | { t: 'None' }
  | { t: 'Ellipsis' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'complex'; real: number; imag: number }
  | { t: 'str'; v: string }
  | { t: 'bytes'; v: Uint8Array }
  | { t: 'tuple'; items: ConstValue[] }
  | { t: 'frozenset'; items: ConstValue[] }
  | { t: 'code'; v: CodeUnit };
